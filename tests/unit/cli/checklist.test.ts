// `ita-ready checklist`: the JSON contract, plain words grouped by person with the state first, and
// one line with exit 1 (or 2 for a page it does not know) for bad input.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Io } from '../../../cli/io';
import { main } from '../../../cli/main';
import { DOCUMENT_STATUSES } from '@/lib/checklist';
import { BASE } from '../../support/readings';

const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));
const CEC_LETTER = fixture('pages/cec-letter-2026.html');
const dir = mkdtempSync(join(tmpdir(), 'ita-ready-checklist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function factsFile(name: string, facts: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(facts));
  return path;
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`) };
  const code = await main(['checklist', ...args], io);
  return { code, out, err };
}

const TRAVELLED = {
  ...BASE,
  family: { spouse: 'accompanying', children: 1 },
  policeCertificates: [
    { country: 'IN', received: false, requested: '2026-11-10' },
    { country: 'AE', person: 'spouse', received: true },
  ],
};

describe('ita-ready checklist --json', () => {
  it('lists every document with id, for, status, why and source; police certificates with their country', async () => {
    const facts = factsFile('travelled.json', TRAVELLED);
    const { code, out, err } = await run([
      CEC_LETTER,
      '--facts',
      facts,
      '--today',
      '2026-11-20',
      '--json',
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json: { documents: Record<string, unknown>[] } = JSON.parse(out);
    for (const doc of json.documents) {
      expect(Object.keys(doc), 'the contract’s keys').toEqual(
        expect.arrayContaining(['id', 'for', 'status', 'why', 'source', 'key']),
      );
      expect(DOCUMENT_STATUSES).toContain(doc.status);
      expect(doc.why, 'why in words').toMatch(/^[A-Z].+\.$/);
      expect(doc.source).toMatch(/^https:\/\/www\.(canada\.ca|cic\.gc\.ca)\//);
    }
    const police = json.documents.filter((d) => d.id === 'police-certificate');
    expect(police.map((d) => [d.for, d.country, d.status, d.requested])).toEqual([
      ['candidate', 'IN', 'to-get', '2026-11-10'],
      ['spouse', 'AE', 'have', undefined],
    ]);
    // The CEC letter's deadline is 2027-01-12 00:00 UTC: the last day is 2027-01-11 in UTC.
    expect(police[0]).toMatchObject({ due: '2027-01-11', daysLeft: 52 });
    expect(json.documents.find((d) => d.id === 'proof-of-funds')).toMatchObject({
      status: 'not-needed',
      why: 'Canadian Experience Class candidates do not need proof of funds.',
    });
    expect(json.documents.map((d) => d.for)).toContain('child-1');
  });

  it('names the facts the list still needs', async () => {
    const { code, out } = await run([CEC_LETTER, '--today', '2026-11-20', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).missingFacts).toEqual(
      expect.arrayContaining(['policeCertificates', 'work', 'family.spouse', 'family.children']),
    );
  });
});

describe('ita-ready checklist (words)', () => {
  it('groups by person, the state first', async () => {
    const facts = factsFile('words.json', TRAVELLED);
    const { code, out } = await run([CEC_LETTER, '--facts', facts, '--today', '2026-11-20']);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Documents: \d+ of \d+ ready$/);
    expect(lines[1]).toBe('Last day to submit: January 11, 2027 (52 days left).');
    const headings = lines.filter((l) => /^\S/.test(l)).slice(2);
    expect(headings).toEqual(['You', 'Your spouse or partner', 'Child 1']);
    expect(out).toMatch(/^ {2}\[TO GET\] +Police certificate \(India\)$/m);
    expect(out).toContain('Requested November 10, 2026, 52 days left before the deadline.');
    expect(out).toMatch(/^ {2}\[NOT NEEDED\] +Proof of funds$/m);
    expect(out, 'dates in words only').not.toMatch(/\b\d{4}-\d{2}-\d{2}\b(?![^\n]*https)/);
  });
});

describe('bad input: one line, no stack trace', () => {
  it.each([
    [['pages/unrelated-page.html'], 2, /is not a page ITA Ready knows/],
    [['pages/cec-letter-2026.html', '--today', '2026-13-01'], 1, /--today: expected a date/],
    [
      ['pages/cec-letter-2026.html', '--facts', 'facts/typo.json'],
      1,
      /--facts: family: unknown key/,
    ],
    [['pages/nope.html'], 1, /cannot read .*no such file/],
    [['pages/cec-letter-2026.html', '--cutoff', '500'], 1, /unknown option '--cutoff'/],
    [[], 1, /missing the page to read/],
  ])('%j → exit %i', async (args, exitCode, message) => {
    const resolved = args.map((a) => (a.includes('/') ? fixture(a) : a));
    const { code, out, err } = await run(resolved);
    expect(code).toBe(exitCode);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n'), 'exactly one line').toHaveLength(1);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });
});
