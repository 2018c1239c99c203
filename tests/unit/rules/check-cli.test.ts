import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { Io } from '../../../cli/io';

const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`) };
  const code = await main(['check', ...args], io);
  return { code, out, err };
}

/** The CEC letter with facts that claim more Canadian work than was done, checked on 2026-11-20. */
const cecShortWork = [
  fixture('pages/cec-letter-2026.html'),
  '--facts',
  fixture('facts/cec-short-work.json'),
  '--today',
  '2026-11-20',
];

describe('ita-ready check', () => {
  it('CEC letter, 5 years claimed but fewer worked, cut-off 510: decline, verdict first', async () => {
    const { code, out, err } = await run([...cecShortWork, '--cutoff', '510']);
    expect(err).toBe('');
    expect(code, 'the verdict is data: exit 0').toBe(0);
    expect(out.split('\n')[0]).toMatch(/^Verdict: DECLINE/);
    expect(out).toContain('(work-experience-short)');
    expect(out).toContain('(score-below-cutoff)');
    // 5 years claimed (80) vs 4 counted (72); the facts also give transferEducation 50 where the
    // letter shows 25, so the corrected total is 484 - 8 + 25 = 501.
    expect(out).toContain('Corrected CRS: 501 (changed rows: canadianWork, transferEducation)');
    expect(out).toContain('(breakdown-mismatch)');
  });

  it('--json gives verdict, findings, correctedCrs, cutoff and the reading', async () => {
    const { code, out } = await run([...cecShortWork, '--cutoff', '500', '--json']);
    expect(code).toBe(0);
    const json: unknown = JSON.parse(out);
    expect(json).toMatchObject({
      verdict: 'review',
      correctedCrs: {
        total: 501,
        changed: ['canadianWork', 'transferEducation'],
        rows: { canadianWork: 72, transferEducation: 50 },
      },
      cutoff: { value: 500, source: 'user' },
      reading: { kind: 'ita-letter', invitation: { date: '2026-11-12', program: 'CEC' } },
    });
  });

  it('without facts: review, never ready, each missing fact named', async () => {
    const { code, out } = await run([
      fixture('pages/cec-letter-2026.html'),
      '--today',
      '2026-11-20',
    ]);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^Verdict: REVIEW/);
    expect(out).toContain('Fact: languageTests');
    expect(out).toContain('Fact: work');
  });

  it.each([
    [['pages/unrelated-page.html'], 2, /is not a page ITA Ready knows/],
    [
      ['pages/cec-letter-2026.html', '--facts', 'facts/typo.json'],
      1,
      /--facts: family: unknown key "sise"/,
    ],
    [['pages/cec-letter-2026.html', '--facts', 'facts/nope.json'], 1, /--facts: cannot read/],
    [['pages/cec-letter-2026.html', '--today', '2026-02-30'], 1, /--today: expected a date/],
    [['pages/cec-letter-2026.html', '--cutoff', 'high'], 1, /--cutoff: expected a CRS score/],
    [[], 1, /missing the page to check/],
  ])('%j → exit %i with one line', async (args, exitCode, message) => {
    const resolved = args.map((a) => (a.includes('/') ? fixture(a) : a));
    const { code, err } = await run(resolved);
    expect(code).toBe(exitCode);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(message);
  });
});
