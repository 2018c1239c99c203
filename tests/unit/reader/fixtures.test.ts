// Every saved page under tests/fixtures/pages/ read with linkedom AND happy-dom must give exactly
// its `<name>.expected.json`. To add a page: save `<name>.html`, run the reader, check every field
// by hand against the page, and write the expected JSON next to it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { read } from '../../../lib/reader';
import { closeHappyWindows, fixtureHtml, happyDocument, linkedomDocument, PAGES_DIR } from './dom';

const names = readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  .sort();

// READER_WRITE_EXPECTED=1 writes the expected file of a NEW fixture (never overwrites one); the
// result must then be checked by hand against the page before it is committed.
function expected(name: string, actual: unknown): unknown {
  const file = new URL(`${name}.expected.json`, PAGES_DIR);
  if (!existsSync(file) && process.env.READER_WRITE_EXPECTED === '1') {
    writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
  }
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return parsed;
}

afterAll(closeHappyWindows);

describe('fixtures', () => {
  it('has at least 12 saved pages, each with an expected reading', () => {
    expect(names.length, 'add fixtures under tests/fixtures/pages/').toBeGreaterThanOrEqual(12);
  });

  it.each(names.flatMap((name) => [[name, 'linkedom'] as const, [name, 'happy-dom'] as const]))(
    '%s read with %s matches its expected reading',
    // happy-dom takes tens of seconds to parse the 1.5 MB page on a busy machine.
    { timeout: 180_000 },
    (name, dom) => {
      const html = fixtureHtml(name);
      const doc = dom === 'linkedom' ? linkedomDocument(html) : happyDocument(html);
      const reading = read(doc);
      expect(
        reading,
        `${name}.html (${dom}) no longer reads as ${name}.expected.json: fix the reader, or if the fixture changed, re-check the expected file by hand`,
      ).toEqual(expected(name, reading));
    },
  );
});
