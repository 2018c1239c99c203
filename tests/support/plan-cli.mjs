// `ita-ready plan --json` for a letter and facts, so both browser suites can compare what an
// extension page shows with what the command line says: the letter and facts they compare on, the
// built command line's answer (checked), and the day the background planned on, read from what it
// stored (the command line is given that day as --today). Plain JavaScript so that the Firefox
// suite runs it as is; plan-cli.d.mts gives its types to the TypeScript suite.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod';
import { READER_FIXTURES_DIR, ROOT } from './browser-suites.mjs';

const CLI = join(ROOT, 'dist/cli/ita-ready.mjs');

/** The letter the extension's pages and the command line are compared on (CEC, 2026). */
export const PLAN_LETTER = join(READER_FIXTURES_DIR, 'cec-letter-2026.html');
/** The documented facts file, with a cut-off typed so that the margin is known. */
export const PLAN_FACTS = {
  ...JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/facts/cec-short-work.json'), 'utf8')),
  round: { cutoff: 490 },
};

const cliPlanSchema = z.object({
  score: z.number().nullable(),
  cutoff: z.number().nullable(),
  margin: z.number().nullable(),
  stakes: z.array(z.object({ claim: z.string(), scoreIfLower: z.number() })),
  gains: z.array(z.object({ change: z.string(), gain: z.number(), score: z.number() })),
  ifDeclined: z.object({ score: z.number().nullable(), on: z.string() }),
});

/** What `ita-ready plan <letter> --facts <file> --today <today> --json` prints, checked. */
export function planFromCli(letter, facts, today) {
  if (!existsSync(CLI))
    throw new Error('No command line at dist/cli: run `npm run build:cli` first.');
  const dir = mkdtempSync(join(tmpdir(), 'ita-ready-plan-'));
  try {
    const file = join(dir, 'facts.json');
    writeFileSync(file, JSON.stringify(facts));
    const out = execFileSync(
      process.execPath,
      [
        join(ROOT, 'bin/ita-ready.mjs'),
        'plan',
        letter,
        '--facts',
        file,
        '--today',
        today,
        '--json',
      ],
      { encoding: 'utf8' },
    );
    return cliPlanSchema.parse(JSON.parse(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const storedPlanSchema = z.object({
  assessment: z.object({ plan: z.object({ ifDeclined: z.object({ on: z.string() }) }) }),
});

/** The day the background made the stored plan on (`ifDeclined.on`), from all of storage.local. */
export function planDayOf(stored) {
  const parsed = storedPlanSchema.safeParse(stored);
  if (!parsed.success)
    throw new Error(`no stored plan says its day: ${JSON.stringify(stored).slice(0, 300)}`);
  return parsed.data.assessment.plan.ifDeclined.on;
}
