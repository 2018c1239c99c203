// `ita-ready read` as README's "Command line" says: in-process through main(), and the PDF
// front door through loadReading with a PDF the test writes itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { Io } from '../../../cli/io';
import { loadReading } from '../../../cli/load';
import { PDF_ROWS, letterPdf } from '../reader/pdf-letter';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t) };
}

const page = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/pages/${name}.html`, import.meta.url));
const expectedOf = (name: string): unknown =>
  JSON.parse(readFileSync(page(name).replace(/\.html$/, '.expected.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'ita-ready-read-'));

describe('ita-ready read', () => {
  it.each([
    'table-letter',
    'french-letter',
    'account-home',
    'profile-page',
    'pnp-letter',
    'pre-letter',
    'profile-breakdown-fr',
    'unknown-row-letter',
  ])('%s --json prints the expected reading, exit 0', async (name) => {
    const io = capture();
    expect(await main(['read', page(name), '--json'], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(JSON.parse(io.stdout.join(''))).toEqual(expectedOf(name));
  });

  it('--json keeps the contract key order', async () => {
    const io = capture();
    await main(['read', page('table-letter'), '--json'], io);
    expect(Object.keys(JSON.parse(io.stdout.join('')))).toEqual([
      'kind',
      'language',
      'invitation',
      'crs',
      'daysLeftToSubmit',
      'profileNumber',
      'missing',
      'problems',
    ]);
  });

  it('prints a short human summary without --json', async () => {
    const io = capture();
    expect(await main(['read', page('rows-mismatch-letter')], io)).toBe(0);
    const text = io.stdout.join('\n');
    for (const part of [
      'ITA letter (en)',
      '2022-06-22',
      'CEC',
      '2022-08-22T00:00:00Z',
      'CRS total:  475',
      'transferForeignWork',
      'rows-do-not-add-up: The 16 rows add up to 470',
    ]) {
      expect(text, `summary should show ${part}`).toContain(part);
    }
  });

  it('shows missing fields and still exits 0 for a cut letter', async () => {
    const io = capture();
    expect(await main(['read', page('cut-letter')], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('crs.total');
  });

  it.each([
    [['read', page('unrelated-page')], 2, /is not a page ITA Ready knows/],
    [['read', join(tmp, 'nope.html')], 1, /no such file/],
    [['read', tmp], 1, /directory/],
    [['read'], 1, /missing the page/],
    [['read', page('table-letter'), '--yaml'], 1, /unknown option '--yaml'/],
    [['read', page('table-letter'), page('cut-letter')], 1, /one page to read at a time/],
  ])('%j → exit %i with one line on stderr', async (argv, code, message) => {
    const io = capture();
    expect(await main(argv, io)).toBe(code);
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(message);
    expect(io.stderr[0]).not.toContain('\n    at ');
  });
});

describe('the ITA letter as a PDF', () => {
  it('reads a PDF letter written by the test (two-column table rebuilt from positions)', async () => {
    const file = join(tmp, 'letter.pdf');
    writeFileSync(file, await letterPdf());
    const reading = await loadReading(file);
    expect(reading).toMatchObject({
      kind: 'ita-letter',
      language: 'en',
      invitation: { date: '2026-11-12', program: 'CEC', deadline: '2027-01-12T00:00:00Z' },
      crs: { total: 484 },
      profileNumber: 'E009990001',
      missing: [],
      problems: [],
    });
    expect(Object.values(reading.crs.rows)).toEqual(PDF_ROWS.map(([, v]) => v));
  });

  it.each([
    ['garbage.pdf', '%PDF-1.7\nthis is not really a PDF\n%%EOF', /cannot be read/],
    ['text.pdf', 'just some text', /not a PDF/],
    ['empty.pdf', '', /not a PDF/],
  ])('%s → exit 1 with one clear line', async (name, content, message) => {
    const file = join(tmp, name);
    writeFileSync(file, content);
    const io = capture();
    expect(await main(['read', file], io)).toBe(1);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(message);
  });
});

// The real `npx ita-ready` path: the bundle built by `npm run build:cli`.
const bin = fileURLToPath(new URL('../../../bin/ita-ready.mjs', import.meta.url));
const built = fileURLToPath(new URL('../../../dist/cli/ita-ready.mjs', import.meta.url));
describe.skipIf(!existsSync(built))('the built bin (run `npm run build:cli` first)', () => {
  it.each([
    [[page('table-letter'), '--json'], 0],
    [[page('unrelated-page')], 2],
    [[join(tmp, 'missing.pdf')], 1],
  ])('read %j exits %i', (args, code) => {
    const run = spawnSync(process.execPath, [bin, 'read', ...args], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(code);
    if (code === 0) expect(JSON.parse(run.stdout)).toEqual(expectedOf('table-letter'));
    else expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
