import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { main } from '../../../cli/main';
import type { Io } from '../../../cli/io';
import { checkSchema, findingSchema } from '../../../lib/schema/assessment';

const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`) };
  const code = await main(['check', ...args], io);
  return { code, out, err };
}

/** `check --json` as docs/formats.md describes it (the reading is the reader's own contract). */
const checkJsonSchema = z.object({
  verdict: z.enum(['decline', 'review', 'ready']),
  findings: z.array(findingSchema),
  checks: z.array(checkSchema),
  claims: z.record(z.string(), z.array(z.unknown())),
  correctedCrs: z.object({ total: z.nullable(z.number()) }),
  cutoff: z.object({ value: z.nullable(z.number()) }),
  reading: z.object({ kind: z.string() }),
});

async function runJson(args: string[]) {
  const { code, out, err } = await run([...args, '--json']);
  expect(err, 'nothing on stderr').toBe('');
  expect(code, 'the verdict is data: exit 0').toBe(0);
  const raw: unknown = JSON.parse(out);
  const parsed = checkJsonSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`check --json has the wrong shape: ${parsed.error.message}`);
  return { json: parsed.data, raw };
}

/** The CEC letter with facts that claim more Canadian work than was done, checked on 2026-11-20. */
const cecShortWork = [
  fixture('pages/cec-letter-2026.html'),
  '--facts',
  fixture('facts/cec-short-work.json'),
  '--today',
  '2026-11-20',
];

const TABLE_LETTER = fixture('pages/table-letter.html');
const READY_FACTS = fixture('facts/fsw-2019-ready.json');
const scratch = mkdtempSync(join(tmpdir(), 'ita-ready-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The 2019 FSW candidate's facts with some changed, written to a file for `--facts`. */
function factsWith(name: string, over: Record<string, unknown>): string {
  const base = z
    .record(z.string(), z.unknown())
    .parse(JSON.parse(readFileSync(READY_FACTS, 'utf8')));
  const path = join(scratch, `${name}.json`);
  writeFileSync(path, JSON.stringify({ ...base, ...over }));
  return path;
}

/** The 2019 letter with its "Date:" line deleted. */
function letterWithoutDate(): string {
  const html = readFileSync(TABLE_LETTER, 'utf8').replace('<p>Date: July 10, 2019</p>', '');
  const path = join(scratch, 'no-date-letter.html');
  writeFileSync(path, html);
  return path;
}

describe('ita-ready check', () => {
  it('the 2019 FSW letter with consistent facts, on July 20, 2019: ready', async () => {
    const { out } = await run([TABLE_LETTER, '--facts', READY_FACTS, '--today', '2019-07-20']);
    expect(out.split('\n')[0]).toBe('Verdict: READY — every check passed with the facts given');
  });

  it('CEC letter, 5 years claimed but fewer worked, cut-off 510: decline, plain words', async () => {
    const { code, out, err } = await run([...cecShortWork, '--cutoff', '510']);
    expect(err).toBe('');
    expect(code, 'the verdict is data: exit 0').toBe(0);
    expect(out.split('\n')[0]).toBe('Verdict: DECLINE — Your corrected score is below the cut-off');
    // 5 years claimed (80) vs 4 counted (72); the facts also give transferEducation 50 where the
    // letter shows 25, so the corrected total is 484 - 8 + 25 = 501.
    expect(out).toContain(
      'Corrected CRS: 501 (your facts change “Canadian work experience”, “Skill transferability – education”)',
    );
    expect(out).toContain('The work experience claimed is not reached in hours');
    expect(out, 'no rule id or fact key in the text report').not.toMatch(
      /\((work-experience-short|score-below-cutoff)\)|Fact: /,
    );
  });

  it('--json: verdict, findings, checks, claims, correctedCrs, cutoff and the reading, in that order', async () => {
    const { json, raw } = await runJson([...cecShortWork, '--cutoff', '500']);
    expect(Object.keys(z.record(z.string(), z.unknown()).parse(raw))).toEqual([
      'verdict',
      'findings',
      'checks',
      'claims',
      'correctedCrs',
      'cutoff',
      'reading',
    ]);
    expect(raw).toMatchObject({
      verdict: 'review',
      correctedCrs: {
        total: 501,
        changed: ['canadianWork', 'transferEducation'],
        rows: { canadianWork: 72, transferEducation: 50 },
      },
      cutoff: { value: 500, source: 'user' },
      reading: { kind: 'ita-letter', invitation: { date: '2026-11-12', program: 'CEC' } },
    });
    const ids = json.findings.map((f) => f.id);
    expect(ids, 'a score above the cut-off is no finding').not.toContain('score-below-cutoff');
    expect(json.checks.find((c) => c.id === 'score-below-cutoff')?.status).toBe('pass');
  });

  it('without facts: review, never ready, each missing fact named once in facts-missing', async () => {
    const { json } = await runJson([
      fixture('pages/cec-letter-2026.html'),
      '--today',
      '2026-11-20',
    ]);
    expect(json.verdict).toBe('review');
    const missing = json.findings.find((f) => f.id === 'facts-missing')?.missing ?? [];
    const facts = missing.map((m) => m.fact);
    expect(facts).toEqual(expect.arrayContaining(['languageTests', 'work', 'dateOfBirth']));
    expect(new Set(facts).size, 'each fact once').toBe(facts.length);
    expect(json.findings.filter((f) => f.id === 'facts-missing')).toHaveLength(1);
    const waiting = json.checks.filter((c) => c.status === 'needs-facts').map((c) => c.id);
    expect(missing.find((m) => m.fact === 'work')?.checks).toEqual(
      expect.arrayContaining(['program-requirements-not-met', 'work-experience-short']),
    );
    expect(waiting).toContain('program-requirements-not-met');
  });

  it('deadline passed: decline, and the first thing said is that the invitation can no longer be used', async () => {
    const args = [TABLE_LETTER, '--facts', READY_FACTS, '--today', '2019-09-10'];
    const { out } = await run(args);
    expect(out.split('\n')[0]).toBe('Verdict: DECLINE — This invitation can no longer be used');
    expect(out).toContain('Its deadline was September 9, 2019 at 12:00 a.m. UTC');
    const { json } = await runJson(args);
    expect(json.findings[0]).toMatchObject({ id: 'deadline', severity: 'decline' });
  });

  it('planned submission after the deadline: not ready, a warning naming both dates', async () => {
    const facts = factsWith('late-plan', { plannedSubmission: '2019-09-20' });
    const { json } = await runJson([TABLE_LETTER, '--facts', facts, '--today', '2019-07-20']);
    expect(json.verdict).not.toBe('ready');
    const late = json.findings.find((f) => f.title.en === 'You plan to submit after the deadline');
    expect(late?.severity).toBe('warning');
    expect(late?.detail.en).toContain('September 20, 2019');
    expect(late?.detail.en).toContain('September 8, 2019');
  });

  it('no "Date:" line on the letter: the date is assumed from the deadline and the work checks judge with it', async () => {
    const page = letterWithoutDate();
    const { json } = await runJson([
      page,
      '--facts',
      READY_FACTS,
      '--today',
      '2019-07-20',
      '--cutoff',
      '460',
    ]);
    expect(json.verdict).not.toBe('ready');
    const assumed = json.findings.find((f) => f.id === 'invitation-date-assumed');
    expect(assumed?.severity).toBe('warning');
    expect(assumed?.detail.en).toContain('July 10, 2019');
    for (const id of [
      'program-requirements-not-met',
      'work-experience-short',
      'category-experience-short',
    ])
      expect(json.checks.find((c) => c.id === id)?.status, `${id} judged`).toMatch(
        /^(pass|fired|not-applicable)$/,
      );
  });

  it('the same letter with its date and the same cut-off: ready', async () => {
    const { json: withDate } = await runJson([
      TABLE_LETTER,
      '--facts',
      READY_FACTS,
      '--today',
      '2019-07-20',
      '--cutoff',
      '460',
    ]);
    expect(withDate.verdict).toBe('ready');
  });

  it('an ECA issued after the invitation: the facts contradict the letter, named with the row', async () => {
    const facts = factsWith('late-eca', {
      education: { level: 'mastersOrProfessional', ecaIssued: '2019-07-15', canadian: 'none' },
    });
    const { json } = await runJson([TABLE_LETTER, '--facts', facts, '--today', '2019-07-20']);
    expect(json.verdict).not.toBe('ready');
    const contradiction = json.findings.find((f) => f.id === 'facts-contradict');
    expect(contradiction?.detail.en).toContain('July 15, 2019');
    expect(contradiction?.detail.en).toContain('“Level of education” (135 points)');
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
