// @vitest-environment happy-dom
// A saved page imported on the options page reads exactly as the reader's fixtures say it should:
// the page has no layout there, so hidden parts are found from the saved markup instead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '@/entrypoints/options/letter-file';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
// Pages over 300 KB (big-page, 1.5 MB, a speed fixture) take happy-dom's parser tens of seconds on
// a loaded machine; what they test is the reader's speed, covered by the reader's own tests.
const MAX_BYTES = 300_000;
const fixtures = readdirSync(PAGES)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => name.replace(/\.expected\.json$/, ''))
  .filter((name) => statSync(join(PAGES, `${name}.html`)).size <= MAX_BYTES);

const file = (name: string, content: string | Uint8Array<ArrayBuffer>, type = '') =>
  new File([content], name, { type });

describe('a saved page dropped on the options page', () => {
  it.each(fixtures)('%s reads as its .expected.json says', async (name) => {
    const html = readFileSync(join(PAGES, `${name}.html`), 'utf8');
    const expected: unknown = JSON.parse(
      readFileSync(join(PAGES, `${name}.expected.json`), 'utf8'),
    );
    const result = await readLetterFile(file(`${name}.html`, html, 'text/html'));
    if (result.ok) {
      expect(result.reading, `tests/fixtures/pages/${name}.html read differently`).toEqual(
        expected,
      );
    } else {
      expect(result.reason, `${name}: only a page of unknown kind may be refused`).toBe(
        'not-letter',
      );
      expect(expected).toMatchObject({ kind: 'unknown' });
    }
  });

  it.each([
    ['notes.txt', 'just some notes', 'text/plain'],
    ['photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image/png'],
  ])('%s is refused as the wrong kind of file', async (name, content, type) => {
    expect(await readLetterFile(file(name, content, type))).toEqual({
      ok: false,
      reason: 'wrong-type',
    });
  });

  it('a broken PDF is refused with the reason, not a crash', async () => {
    const result = await readLetterFile(file('letter.pdf', '%PDF-1.7 garbage', 'application/pdf'));
    expect(result.ok).toBe(false);
  });
});
