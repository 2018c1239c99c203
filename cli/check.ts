// `ita-ready check <page.html|letter.pdf> [--facts facts.json] [--today YYYY-MM-DD] [--cutoff N]
// [--json]` (SPEC.md "Command line"): the findings and the verdict. Exit 0 whatever the verdict
// (the verdict is data); 2 when the page is not recognised; 1 for bad arguments or facts.
// `--today D` evaluates as of 12:00 UTC on D in the UTC zone, so a saved scenario gives the same
// answer on every machine; without it, the clock and this machine's time zone are used.
import { readFile } from 'node:fs/promises';
import { isIsoDate } from '../lib/dates';
import { parseFacts, type Facts } from '../lib/facts';
import { BUNDLED_ROUNDS, ROUNDS_SNAPSHOT_DATE } from '../lib/rounds';
import { evaluate, type Assessment, type Finding } from '../lib/rules';
import { UsageError, type Io } from './io';
import { loadReading } from './load';
import { orderedReading } from './read';

const USAGE =
  'usage: check <page.html|letter.pdf> [--facts facts.json] [--today YYYY-MM-DD] [--cutoff N] [--json]';

interface CheckArgs {
  page: string;
  facts: string | null;
  today: string | null;
  cutoff: number | undefined;
  json: boolean;
}

function parseArgs(args: string[]): CheckArgs {
  const out: CheckArgs = { page: '', facts: null, today: null, cutoff: undefined, json: false };
  const pages: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = (): string => {
      const next = args[++i];
      if (next === undefined || next.startsWith('--'))
        throw new UsageError(`${arg} needs a value (${USAGE})`, 1);
      return next;
    };
    if (arg === '--json') out.json = true;
    else if (arg === '--facts') out.facts = value();
    else if (arg === '--today') {
      const day = value();
      if (!isIsoDate(day))
        throw new UsageError(`--today: expected a date YYYY-MM-DD (got '${day}')`, 1);
      out.today = day;
    } else if (arg === '--cutoff') {
      const text = value();
      if (!/^\d{1,4}$/.test(text) || Number(text) > 1200) {
        throw new UsageError(`--cutoff: expected a CRS score from 0 to 1200 (got '${text}')`, 1);
      }
      out.cutoff = Number(text);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option '${arg}' (${USAGE})`, 1);
    else pages.push(arg);
  }
  const [page, extra] = pages;
  if (page === undefined) throw new UsageError(`missing the page to check (${USAGE})`, 1);
  if (extra !== undefined)
    throw new UsageError(`one page at a time; got '${page}' and '${extra}'`, 1);
  out.page = page;
  return out;
}

async function loadFacts(path: string): Promise<Facts> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`--facts: cannot read '${path}'`, 1);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'invalid JSON';
    throw new UsageError(`--facts: '${path}' is not valid JSON (${reason})`, 1);
  }
  const parsed = parseFacts(json);
  if (!parsed.ok) {
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : '';
    throw new UsageError(`--facts: ${parsed.errors[0] ?? 'invalid'}${more}`, 1);
  }
  return parsed.facts;
}

const HEADINGS = { decline: 'DECLINE', warning: 'REVIEW', info: 'INFO' } as const;
const VERDICT = {
  decline: 'DECLINE — do not accept this invitation as it stands',
  review: 'REVIEW — check the points below before you accept',
  ready: 'READY — nothing found that stops you',
} as const;

function report(assessment: Assessment): string {
  const { correctedCrs: crs, cutoff } = assessment;
  const out = [`Verdict: ${VERDICT[assessment.verdict]}`];
  out.push(
    `Corrected CRS: ${crs.total ?? 'unknown'}${crs.changed.length > 0 ? ` (changed rows: ${crs.changed.join(', ')})` : ''}`,
  );
  const from =
    cutoff.source === 'user'
      ? 'you'
      : cutoff.round
        ? `round ${cutoff.round.number}, ${cutoff.round.date}, ${cutoff.round.name}`
        : '';
  out.push(`Cut-off: ${cutoff.value ?? 'unknown'}${from ? ` (from ${from})` : ''}`);
  out.push(`Rounds data: bundled snapshot up to ${ROUNDS_SNAPSHOT_DATE}`);
  const line = (f: Finding): string[] => [
    `- [${HEADINGS[f.severity]}] ${f.title.en} (${f.id})`,
    `    ${f.detail.en}`,
    ...(f.fact ? [`    Fact: ${f.fact}`] : []),
    `    Source: ${f.source}`,
  ];
  out.push('', 'Findings:');
  for (const f of assessment.findings) out.push(...line(f));
  return out.join('\n');
}

export async function runCheck(args: string[], io: Io): Promise<number> {
  const options = parseArgs(args);
  const facts = options.facts === null ? {} : await loadFacts(options.facts);
  const reading = await loadReading(options.page);
  if (reading.kind === 'unknown') {
    throw new UsageError(
      `'${options.page}' is not a page ITA Ready knows (no score table, invitation wording or "Days left to submit" column found)`,
      2,
    );
  }
  const now = options.today === null ? Date.now() : Date.parse(`${options.today}T12:00:00Z`);
  const timeZone =
    options.today === null ? Intl.DateTimeFormat().resolvedOptions().timeZone : 'UTC';
  const assessment = evaluate({
    reading,
    facts,
    rounds: BUNDLED_ROUNDS,
    now,
    timeZone,
    ...(options.cutoff !== undefined ? { cutoff: options.cutoff } : {}),
  });
  if (options.json) {
    const { verdict, findings, correctedCrs, cutoff } = assessment;
    io.out(
      JSON.stringify(
        { verdict, findings, correctedCrs, cutoff, reading: orderedReading(reading) },
        null,
        2,
      ),
    );
  } else {
    io.out(report(assessment));
  }
  return 0;
}
