// `ita-ready plan` in process, through main(): the report, the JSON contract and bad input.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { Io } from '../../../cli/io';
import { report } from '../../../cli/plan';
import { ROWS, letter, run as plan } from '../plan/scenarios';

const shared = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`) };
  const code = await main(['plan', ...args], io);
  return { code, out, err };
}

/**
 * The 2026 CEC letter (IRCC 484) with facts that give 4 years of Canadian work at the ITA
 * (canadianWork 80 → 72) and CLB 9 with a bachelor's (transferEducation 25 → 50): corrected
 * 484 − 8 + 25 = 501 (the check command's own case), planned on 2026-11-20 against 490.
 */
const cec = [
  shared('pages/cec-letter-2026.html'),
  '--facts',
  shared('facts/cec-short-work.json'),
  '--today',
  '2026-11-20',
  '--cutoff',
  '490',
];

describe('ita-ready plan', () => {
  it('report: the margin first, then the stakes in sentences', async () => {
    const { code, out, err } = await run(cec);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0], 'the margin comes first').toBe('11 points above the cut-off.');
    // Canadian study 3+ years 30 → 0: 501 − 30 = 471.
    expect(out).toContain(
      '- If your Canadian education does not count, your score is 471, below 490.',
    );
    // 4 → 3 years: 72 → 64 (−8), transfer column still "2 years or more": 493.
    expect(out).toContain(
      '- If one year of your Canadian work does not count, your score is 493, still above 490.',
    );
    expect(out).toContain('Back in the pool on November 20, 2026, your score would be 509.');
    expect(out, 'dates are written in words, not as ISO dates').not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('--json: exactly the contract’s names', async () => {
    const { code, out } = await run([...cec, '--json']);
    expect(code).toBe(0);
    const json: unknown = JSON.parse(out);
    expect(Object.keys(typeof json === 'object' && json !== null ? json : {})).toEqual([
      'score',
      'cutoff',
      'margin',
      'stakes',
      'gains',
      'ifDeclined',
      'needs',
      'blocked',
    ]);
    expect(json).toMatchObject({ score: 501, cutoff: 490, margin: 11, needs: [], blocked: null });
    expect(json).toMatchObject({
      stakes: expect.arrayContaining([
        {
          claim: 'canadian-education',
          now: 'threeYearsOrMore',
          lower: 'none',
          scoreIfLower: 471,
          belowCutoff: true,
        },
      ]),
      ifDeclined: {
        score: 509,
        on: '2026-11-20',
        recentCutoffs: expect.arrayContaining([
          { date: '2026-08-18', name: 'Canadian Experience Class', cutoff: 523 },
        ]),
      },
    });
    // The fifth year of Canadian work: the job started 2021-11-20, 5 × 1,560 h at 30/7 h a day
    // is 1,820 days, reached 2026-11-18: already there on 2026-11-20. 72 → 80: +8.
    expect(json).toMatchObject({
      gains: expect.arrayContaining([
        { change: 'canadian-work-next-year', gain: 8, score: 509, earliest: '2026-11-20', to: 5 },
      ]),
    });
  });

  it('a withdrawn nomination on the PNP letter: below the cut-off, what is missing named', async () => {
    // IRCC states 1,071 (scored with a spouse: age 100): core 406 + transfer 50 + additional
    // 15 + 600 = 615, over the 600 cap, so its rows capped add up to 1,056. Withdrawn, the
    // additional rows are 15: capped sum 471. The corrected CRS moves IRCC's total by the capped
    // difference: 1,071 − 1,056 + 471 = 486; against 736, 250 below. A new nomination: back to
    // 1,071 (+585). The other facts are not entered: their what-ifs wait on them.
    const { code, out } = await run([
      shared('pages/pnp-letter.html'),
      '--facts',
      shared('facts/nomination-withdrawn.json'),
      '--today',
      '2025-03-20',
      '--cutoff',
      '736',
      '--json',
    ]);
    expect(code).toBe(0);
    const json: unknown = JSON.parse(out);
    expect(json).toMatchObject({
      score: 486,
      margin: -250,
      gains: [{ change: 'nomination', gain: 585, score: 1071, earliest: null }],
      ifDeclined: { score: null },
      needs: expect.arrayContaining([
        expect.objectContaining({ fact: 'dateOfBirth', ifDeclined: true }),
        expect.objectContaining({
          fact: 'work',
          stakes: expect.arrayContaining(['canadian-work']),
        }),
      ]),
    });
  });

  it.each([
    [['pages/cec-letter-2026.html'], 1, /--facts is needed/],
    [
      ['pages/unrelated-page.html', '--facts', 'facts/cec-short-work.json'],
      2,
      /is not a page ITA Ready knows/,
    ],
    [
      ['pages/cec-letter-2026.html', '--facts', 'facts/typo.json'],
      1,
      /--facts: family: unknown key "sise"/,
    ],
    [['pages/cec-letter-2026.html', '--facts', 'facts/nope.json'], 1, /--facts: cannot read/],
    [
      [
        'pages/cec-letter-2026.html',
        '--facts',
        'facts/cec-short-work.json',
        '--today',
        '2026-13-01',
      ],
      1,
      /--today: expected a date/,
    ],
    [
      ['pages/cec-letter-2026.html', '--facts', 'facts/cec-short-work.json', '--cutoff', '1300'],
      1,
      /--cutoff: expected a CRS score/,
    ],
    [
      ['pages/cec-letter-2026.html', '--facts', 'facts/cec-short-work.json', '--on', '2026-01-01'],
      1,
      /unknown option '--on'/,
    ],
    [[], 1, /missing the page to plan from/],
  ])('%j → exit %i with one line', async (args, exitCode, message) => {
    const resolved = args.map((a) => (a.includes('/') ? shared(a) : a));
    const { code, out, err } = await run(resolved);
    expect(code).toBe(exitCode);
    expect(out, 'nothing on stdout when the input is bad').toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(message);
  });

  it('a --today before any CRS grid: a plan that says why, not a crash', async () => {
    const { code, out, err } = await run([...cec.slice(0, 3), '--today', '2015-06-01', '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ blocked: 'no-grid', stakes: [], gains: [] });
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^usage: ita-ready plan/);
  });

  it('report: a birthday since the invitation and an expired result are said in words', () => {
    // Born 1996-01-10: 110 at 29, 105 at 30 on 2026-03-01. The IELTS of 2024-02-01 stops
    // counting on 2026-02-01 (see plan.test.ts: 314 back in the pool).
    const languageTests = [
      {
        test: 'ielts-general' as const,
        resultDate: '2024-02-01',
        scores: { listening: 8, reading: 7, writing: 7, speaking: 7 },
      },
    ];
    const text = report(plan(letter(ROWS), { languageTests }, '2026-03-01', 460).plan);
    expect(text).toContain('Back in the pool on March 1, 2026, your score would be 314.');
    expect(text).toContain('    Age: 110 → 105');
    expect(text).toContain('A birthday since your invitation lowers your age points');
    expect(text).toContain(
      'Your English test result counts nothing from February 1, 2026: a new test gets those points back.',
    );
  });
});
