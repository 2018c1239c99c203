// `ita-ready pack`: writes one PDF and says its size and page count (`--json`: { out, bytes, pages });
// for anything it cannot do, one line, exit 1, and no file written.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../../cli/io';
import { main } from '../../../cli/main';
import { pdfImages } from '../../support/pdf-images';
import { encryptedPdf, scanJpeg } from '../../support/scans';

const dir = mkdtempSync(join(tmpdir(), 'ita-ready-pack-'));
const path = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  for (const seed of [1, 2]) {
    writeFileSync(path(`scan-${seed}.jpg`), scanJpeg({ seed, width: 1300, height: 1838 }));
  }
  writeFileSync(path('locked.pdf'), await encryptedPdf());
  writeFileSync(path('notes.txt'), 'not a scan');
}, 60_000);

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`) };
  const code = await main(['pack', ...args], io);
  return { code, out, err };
}

describe('ita-ready pack', () => {
  it('--json: the file written, its bytes and pages', async () => {
    const out = path('passport.pdf');
    const result = await run([path('scan-1.jpg'), path('scan-2.jpg'), '--out', out, '--json']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const written = readFileSync(out);
    expect(JSON.parse(result.out)).toEqual({ out, bytes: written.length, pages: 2 });
    expect((await pdfImages(new Uint8Array(written))).pages).toBe(2);
  });

  it('in words: size, pages and how the images were written; --max-mb is honoured', async () => {
    const out = path('smaller.pdf');
    const result = await run([
      path('scan-1.jpg'),
      path('scan-2.jpg'),
      '--out',
      out,
      '--max-mb',
      '1.5',
    ]);
    expect(result.code).toBe(0);
    expect(readFileSync(out).length).toBeLessThanOrEqual(1_500_000);
    expect(result.out).toMatch(/^Wrote .*smaller\.pdf: \d\.\d\u00a0MB, 2 pages\.$/m);
    expect(result.out).toMatch(/Images re-encoded at \d+ dpi/);
  }, 120_000);
});

describe('nothing written, one line', () => {
  const out = path('never.pdf');
  const scans = [path('scan-1.jpg'), path('scan-2.jpg')];
  it.each([
    [
      'an encrypted PDF',
      [path('locked.pdf'), '--out', out],
      /locked\.pdf is protected by a password/,
    ],
    [
      'a file that is not a scan',
      [path('notes.txt'), '--out', out],
      /notes\.txt is not a JPG, PNG or PDF file/,
    ],
    ['a missing file', [path('nope.jpg'), '--out', out], /cannot read .*nope\.jpg.*no such file/],
    [
      'a set that cannot fit',
      [...scans, '--out', out, '--max-mb', '0.5'],
      /over the limit of 0\.5\u00a0MB\. Split them into 2 files: page 1 and page 2\. Or accept images below 150 dpi with --accept-low-resolution\./,
    ],
    ['no --out', scans, /--out: name the PDF to write/],
    [
      '--out over an input',
      [...scans, '--out', path('scan-1.jpg')],
      /is one of the files to combine/,
    ],
    [
      'a limit out of range',
      [...scans, '--out', out, '--max-mb', '0.1'],
      /--max-mb: expected a size in MB from 0\.5 to 100/,
    ],
    [
      'a limit that is not a number',
      [...scans, '--out', out, '--max-mb', 'four'],
      /--max-mb: expected a size/,
    ],
  ])(
    '%s',
    async (_, args, message) => {
      const result = await run(args);
      expect(result.code).toBe(1);
      expect(result.out).toBe('');
      expect(result.err.trimEnd().split('\n'), 'exactly one line').toHaveLength(1);
      expect(result.err).toMatch(message);
      expect(result.err).not.toMatch(/\n\s+at /);
      expect(existsSync(out), 'nothing written').toBe(false);
    },
    120_000,
  );
});
