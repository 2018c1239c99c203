// `ita-ready check <page.html|letter.pdf> [--facts facts.json] [--today YYYY-MM-DD] [--cutoff N]
// [--json]`: the verdict, the findings and how every check ended. Exit 0 whatever the verdict
// (the verdict is data); 2 when the page is not recognised; 1 for bad arguments or facts.
// `--today D` evaluates as of 12:00 UTC on D in the UTC zone, so a saved scenario gives the same
// answer on every machine; without it, the clock and this machine's time zone are used.
import { formatDate } from '../lib/dates';
import type { Reading } from '../lib/reader/types';
import { BUNDLED_ROUNDS, ROUNDS_SNAPSHOT_DATE } from '../lib/rounds';
import {
  checkName,
  evaluate,
  type Assessment,
  type Check,
  type Finding,
  type Severity,
} from '../lib/rules';
import { CRS_ROW_NAMES } from '../lib/crs';
import { cutoffSource } from '../lib/rules/words';
import { CUTOFF_OPTION, cutoffOption, PAGE_OPTIONS, parseCommand } from './args';
import { decodeClaims } from '../lib/claims';
import type { Io } from './io';
import { loadJudged } from './load';
import { orderedReading } from './read';

const USAGE =
  'usage: ita-ready check <page.html|letter.pdf> [--facts facts.json] [--today YYYY-MM-DD] [--cutoff N] [--json]';

const COMMAND = {
  usage: USAGE,
  options: { ...PAGE_OPTIONS, ...CUTOFF_OPTION },
  positionals: { min: 1, max: 1, name: 'page to check' },
} as const;

const VERDICT = { decline: 'DECLINE', review: 'REVIEW', ready: 'READY' } as const;
const HEADINGS: Record<Severity, string> = {
  decline: 'Reasons to decline',
  warning: 'To check before you accept',
  info: 'Good to know',
};

/**
 * What `check --json` prints, in this order (docs/formats.md "Findings, checks and the verdict"):
 * `claims` is what IRCC's breakdown says the profile claimed (docs/formats.md "Claims").
 */
export function checkJson(assessment: Assessment, reading: Reading) {
  const { verdict, findings, checks, correctedCrs, cutoff } = assessment;
  const claims = decodeClaims(reading);
  return {
    verdict,
    findings,
    checks,
    claims,
    correctedCrs,
    cutoff,
    reading: orderedReading(reading),
  };
}

const plain = (value: number): string => new Intl.NumberFormat('en-CA').format(value);

/** The verdict and its one-line reason: the most serious finding, or that every check passed. */
function verdictLine(assessment: Assessment): string {
  const first = assessment.findings[0];
  const reason =
    assessment.verdict === 'ready' || first === undefined
      ? 'every check passed with the facts given'
      : first.title.en;
  return `Verdict: ${VERDICT[assessment.verdict]} — ${reason}`;
}

function scoreLines(assessment: Assessment): string[] {
  const { correctedCrs: crs, cutoff } = assessment;
  const rows = crs.changed.map((k) => `“${CRS_ROW_NAMES[k].en}”`).join(', ');
  return [
    `Corrected CRS: ${crs.total === null ? 'not known' : plain(crs.total)}${rows ? ` (your facts change ${rows})` : ''}`,
    `Cut-off: ${cutoff.value === null ? 'not known' : `${plain(cutoff.value)}${cutoffSource(cutoff).en}`}`,
    `Rounds data: the snapshot bundled with ITA Ready, up to ${formatDate(ROUNDS_SNAPSHOT_DATE, 'en')}`,
  ];
}

function findingLines(f: Finding): string[] {
  return [`- ${f.title.en}`, `    ${f.detail.en}`, `    Source: ${f.source}`];
}

function checksLine(checks: readonly Check[]): string[] {
  const passed = checks.filter((c) => c.status === 'pass').map((c) => checkName(c.id).en);
  return passed.length > 0 ? [`Passed: ${passed.join('; ')}.`] : [];
}

function report(assessment: Assessment): string {
  const out = [verdictLine(assessment), ...scoreLines(assessment)];
  for (const severity of ['decline', 'warning', 'info'] as const) {
    const group = assessment.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push('', `${HEADINGS[severity]}:`, ...group.flatMap(findingLines));
  }
  out.push('', ...checksLine(assessment.checks));
  return out.join('\n');
}

export async function runCheck(args: string[], io: Io): Promise<number> {
  const { values, positionals, help } = parseCommand(args, COMMAND);
  const [page] = positionals;
  if (help || page === undefined) {
    io.out(USAGE);
    return 0;
  }
  const cutoff = cutoffOption(values.cutoff);
  const judged = await loadJudged(page, values);
  const { reading } = judged;
  const assessment = evaluate({
    ...judged,
    rounds: BUNDLED_ROUNDS,
    ...(cutoff !== undefined ? { cutoff } : {}),
  });
  io.out(
    values.json ? JSON.stringify(checkJson(assessment, reading), null, 2) : report(assessment),
  );
  return 0;
}
