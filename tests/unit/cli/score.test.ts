// `ita-ready score`, in process through cli/main.ts with a capturing Io.
import { localDate } from '../../../lib/dates';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { CRS_ROW_KEYS } from '../../../lib/reader/types';

const PROFILES = 'tests/fixtures/profiles';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['score', ...argv], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('ita-ready score --json', () => {
  it('prints exactly grid, total, sections and rows for a confirmed date', async () => {
    const { code, out, err } = await run(
      `${PROFILES}/letter-2019.json`,
      '--on',
      '2019-07-10',
      '--json',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const json: unknown = JSON.parse(out);
    expect(json).toEqual({
      grid: 'crs-2017-06-06',
      total: 475,
      sections: { core: 375, spouse: 0, transfer: 100, additional: 0 },
      rows: expect.any(Object),
    });
    expect(Object.keys(JSON.parse(out))).toEqual(['grid', 'total', 'sections', 'rows']);
    expect(Object.keys(JSON.parse(out).rows)).toEqual([...CRS_ROW_KEYS]);
  });

  it.each([
    [
      'couple-bilingual.json',
      '2025-06-01',
      497,
      { core: 351, spouse: 20, transfer: 76, additional: 50 },
    ],
    [
      'french-first-nominee.json',
      '2025-06-01',
      978,
      { core: 340, spouse: 0, transfer: 38, additional: 600 },
    ],
  ])('%s on %s: %d', async (file, on, total, sections) => {
    const { code, out } = await run(`${PROFILES}/${file}`, `--on=${on}`, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ grid: 'crs-2025-03-25', total, sections });
  });

  // docs/formats.md's example profile: with spouse 100 + 126 + (29+22+29+22) + 12 + 35 = 375 core,
  // spouse 8 + 12 + 0 = 20, transfer 50 + 50, French bonus 50 (NCLC 7 and CLB 5+ on all four).
  it('scores the example profile of docs/formats.md: 545', async () => {
    const { code, out } = await run(
      `${PROFILES}/profile-md-example.json`,
      '--on',
      '2025-06-01',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      total: 545,
      sections: { core: 375, spouse: 20, transfer: 100, additional: 50 },
    });
  });

  it('reads a file saved with a byte-order mark', async () => {
    const { code, out } = await run(`${PROFILES}/with-bom.json`, '--on', '2019-07-10', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ total: 475 });
  });

  it('after 2026-11-02 adds rulesMayHaveChanged and a warning after the documented keys', async () => {
    const { code, out } = await run(`${PROFILES}/letter-2019.json`, '--on', '2026-11-03', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual([
      'grid',
      'total',
      'sections',
      'rows',
      'rulesMayHaveChanged',
      'warning',
    ]);
    expect(json.rulesMayHaveChanged).toBe(true);
    expect(json.grid).toBe('crs-2025-03-25');
    expect(json.warning).toContain('2026-11-02');
    expect(json.warning).toContain('2026-11-03');
  });
});

describe('ita-ready score (readable breakdown)', () => {
  it('shows sections with caps, every row and the total', async () => {
    const { code, out } = await run(`${PROFILES}/couple-bilingual.json`, '--on', '2025-06-01');
    expect(code).toBe(0);
    for (const text of [
      'crs-2025-03-25',
      'Core / human capital',
      '351 / 460',
      'Spouse or common-law partner',
      '20 / 40',
      '76 / 100',
      '50 / 600',
      'French proficiency or bilingualism',
      '497 / 1200',
    ]) {
      expect(out).toContain(text);
    }
    expect(out).not.toContain('WARNING');
  });

  it('says when a section cap binds, and which language is first', async () => {
    const { out } = await run(`${PROFILES}/french-first-nominee.json`, '--on', '2025-06-01');
    expect(out).toContain('rows add up to 650; the section counts 600');
    expect(out).toMatch(/First official language \(French\) +108/);
    expect(out).toMatch(/Second official language \(English\) +4/);
  });

  it('warns in plain words after the last confirmed date', async () => {
    const { code, out } = await run(`${PROFILES}/letter-2019.json`, '--on', '2027-01-15');
    expect(code).toBe(0);
    const warning = out.split('\n')[0] ?? '';
    expect(warning).toMatch(
      /^WARNING: 2027-01-15 is after 2026-11-02, the last date the CRS grid is confirmed/,
    );
    expect(warning).toContain('revision reported for 2026-11-03 is not published in any source');
    expect(warning).toContain('crs-2025-03-25');
  });

  it('defaults --on to today in local time', async () => {
    const { code, out } = await run(`${PROFILES}/letter-2019.json`);
    expect(code).toBe(0);
    expect(out).toContain(
      `CRS on ${localDate(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone)} under grid`,
    );
  });
});

describe('ita-ready score --help', () => {
  it.each([['--help'], ['-h']])('%s prints the usage and exits 0', async (flag) => {
    const { code, out, err } = await run(flag);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('usage: ita-ready score <profile.json> [--on YYYY-MM-DD] [--json]');
  });
});

describe('ita-ready score refuses bad input with one line and exit 1', () => {
  it.each([
    ['unknown key', [`${PROFILES}/invalid-unknown-key.json`], 'unknown key "spuse"'],
    [
      'CLB 13',
      [`${PROFILES}/invalid-clb-13.json`],
      'english.reading: must be a CLB level from 0 to 12 (got 13)',
    ],
    ['age -1', [`${PROFILES}/invalid-age-negative.json`], 'age: must be 0 or more (got -1)'],
    [
      'missing file',
      [`${PROFILES}/no-such-profile.json`],
      "cannot read 'tests/fixtures/profiles/no-such-profile.json': no such file",
    ],
    ['a directory', [PROFILES], 'it is a directory'],
    ['malformed JSON', [`${PROFILES}/malformed.json`], "malformed.json' is not valid JSON"],
    [
      'bad --on',
      [`${PROFILES}/letter-2019.json`, '--on', '2019-02-30'],
      "--on: expected a date written YYYY-MM-DD (got '2019-02-30')",
    ],
    ['--on without a date', [`${PROFILES}/letter-2019.json`, '--on'], '--on needs a value'],
    [
      '--on before the oldest grid',
      [`${PROFILES}/letter-2019.json`, '--on', '2016-11-18'],
      'no CRS grid known before 2016-11-19',
    ],
    ['no file', [], 'missing the profile file'],
    ['unknown option', [`${PROFILES}/letter-2019.json`, '--verbose'], "unknown option '--verbose'"],
    [
      'two files',
      [`${PROFILES}/letter-2019.json`, 'extra.json'],
      'one profile file at a time; got',
    ],
  ])('%s', async (_case, argv, expected) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trim().split('\n'), 'exactly one line on stderr').toHaveLength(1);
    expect(err).toMatch(/^ita-ready score: /);
    expect(err).toContain(expected);
  });
});
