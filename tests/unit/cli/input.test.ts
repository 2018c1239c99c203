// Bad input at the command line: every case gets one line on stderr and a non-zero exit, never a
// stack trace, never unbounded memory; text files in UTF-8 or UTF-16, with or without a byte-order
// mark, read alike by every command.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../cli/input';
import type { Io } from '../../../cli/io';
import { main } from '../../../cli/main';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t) };
}

const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));
const LETTER = fixture('pages/table-letter.html');
const FACTS = fixture('facts/cec-short-work.json');
const tmp = mkdtempSync(join(tmpdir(), 'ita-ready-cli-input-'));

function write(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const utf16le = (text: string, bom: boolean) =>
  Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string, bom: boolean) => {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), be]);
};

describe('text in UTF-8 or UTF-16, with or without a byte-order mark', () => {
  const letter = readFileSync(LETTER, 'utf8');
  it.each([
    ['UTF-8', Buffer.from(letter, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(letter)])],
    ['UTF-16 LE with BOM', utf16le(letter, true)],
    ['UTF-16 LE without BOM', utf16le(letter, false)],
    ['UTF-16 BE with BOM', utf16be(letter, true)],
    ['UTF-16 BE without BOM', utf16be(letter, false)],
  ])('%s decodes to the same text', (_name, bytes) => {
    expect(decodeText(new Uint8Array(bytes))).toBe(letter);
  });

  it.each([
    ['UTF-16 LE', utf16le(letter, true)],
    ['UTF-16 BE', utf16be(letter, false)],
  ])('read: a page saved as %s reads like the UTF-8 page', async (name, bytes) => {
    const plain = capture();
    await main(['read', LETTER, '--json'], plain);
    const io = capture();
    const code = await main(['read', write(`letter-${name}.html`, bytes), '--json'], io);
    expect(io.stderr, `${name} must be read, not refused`).toEqual([]);
    expect(code).toBe(0);
    expect(io.stdout).toEqual(plain.stdout);
  });

  const facts = readFileSync(FACTS, 'utf8');
  it.each([
    ['with a UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(facts)])],
    ['in UTF-16 LE', utf16le(facts, true)],
  ])('check and score take a JSON file %s alike', async (name, bytes) => {
    const io = capture();
    const path = write(`facts ${name}.json`, bytes);
    expect(await main(['check', LETTER, '--facts', path, '--today', '2019-08-01'], io)).toBe(0);
    expect(io.stderr).toEqual([]);
  });
});

describe('bad input: one line on stderr, a non-zero exit, bounded memory', () => {
  const deep = write('deep.html', `<html><body>${'<div>'.repeat(100_000)}x</body></html>`);
  const notJson = write('facts.json', '{"dateOfBirth": ');
  const future = write(
    'future.json',
    JSON.stringify({ languageTests: [], dateOfBirth: '9999-12-31' }),
  );
  it.each([
    ['a device that never ends', ['read', '/dev/zero'], 1, /not a regular file/],
    ['a page nested 100,000 levels deep', ['read', deep], 2, /nested more than 1,024 levels/],
    ['no such page', ['read', join(tmp, 'nope.html')], 1, /no such file/],
    ['facts that are not JSON', ['check', LETTER, '--facts', notJson], 1, /not valid JSON/],
    [
      'a facts date far in the future',
      ['check', LETTER, '--facts', future],
      1,
      /dateOfBirth: expected a year from 1900 to 2100/,
    ],
    [
      '--today that is not a date',
      ['check', LETTER, '--today', '2019-02-30'],
      1,
      /--today: expected a date/,
    ],
    [
      '--cutoff out of range',
      ['check', LETTER, '--cutoff', '5000'],
      1,
      /--cutoff: expected a CRS score from 0 to 1200/,
    ],
    // A value starting with a dash is the option's value, and the message says what is wrong with it.
    [
      'a negative --cutoff (check)',
      ['check', LETTER, '--cutoff', '-5'],
      1,
      /: --cutoff: expected a CRS score from 0 to 1200 \(got '-5'\)/,
    ],
    [
      'a negative --cutoff (plan)',
      ['plan', LETTER, '--facts', FACTS, '--cutoff', '-5'],
      1,
      /: --cutoff: expected a CRS score from 0 to 1200 \(got '-5'\)/,
    ],
    [
      'a negative --max-mb (pack)',
      ['pack', LETTER, '--out', join(tmp, 'out.pdf'), '--max-mb', '-1.5'],
      1,
      /: --max-mb: expected a size in MB from 0.5 to 100 \(got '-1.5'\)/,
    ],
    [
      'a --today starting with a dash',
      ['check', LETTER, '--today', '-2019-08-01'],
      1,
      /: --today: expected a date written YYYY-MM-DD \(got '-2019-08-01'\)/,
    ],
    [
      'a --on starting with a dash (score)',
      ['score', FACTS, '--on', '-1'],
      1,
      /: --on: expected a date written YYYY-MM-DD \(got '-1'\)/,
    ],
    [
      '--cutoff followed by another option',
      ['check', LETTER, '--cutoff', '--json'],
      1,
      /: --cutoff needs a value/,
    ],
    ['an unknown option', ['check', LETTER, '--cutof', '5'], 1, /: unknown option '--cutof'/],
    ['an unknown command', ['frobnicate'], 1, /unknown command 'frobnicate'/],
  ])('%s', async (_name, argv, code, message) => {
    const io = capture();
    expect(await main(argv, io)).toBe(code);
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(message);
    expect(io.stderr[0]).not.toMatch(/\n\s+at /);
  });

  it('no command: the usage goes to stderr with exit 1; --help to stdout with exit 0', async () => {
    const none = capture();
    expect(await main([], none)).toBe(1);
    expect(none.stdout).toEqual([]);
    expect(none.stderr.join('')).toMatch(/^usage:/);
    const help = capture();
    expect(await main(['--help'], help)).toBe(0);
    expect(help.stderr).toEqual([]);
    expect(help.stdout.join('')).toMatch(/^usage:/);
  });
});
