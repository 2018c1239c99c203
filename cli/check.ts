// `ita-ready check <page.html|letter.pdf> [--facts facts.json] [--today YYYY-MM-DD] [--cutoff N]
// [--json]`: the findings and the verdict. Exit 0 whatever the verdict
// (the verdict is data); 2 when the page is not recognised; 1 for bad arguments or facts.
// `--today D` evaluates as of 12:00 UTC on D in the UTC zone, so a saved scenario gives the same
// answer on every machine; without it, the clock and this machine's time zone are used.
import { BUNDLED_ROUNDS, ROUNDS_SNAPSHOT_DATE } from '../lib/rounds';
import { evaluate, type Assessment, type Finding } from '../lib/rules';
import { dateOption, HELP, numberOption, parseCommand } from './args';
import type { Io } from './io';
import { evaluationTime, loadFacts, loadKnownReading } from './load';
import { orderedReading } from './read';

const USAGE =
  'usage: ita-ready check <page.html|letter.pdf> [--facts facts.json] [--today YYYY-MM-DD] [--cutoff N] [--json]';

const COMMAND = {
  usage: USAGE,
  options: {
    ...HELP,
    facts: { type: 'string' },
    today: { type: 'string' },
    cutoff: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1, name: 'page to check' },
} as const;

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
  const { values, positionals, help } = parseCommand(args, COMMAND);
  const [page] = positionals;
  if (help || page === undefined) {
    io.out(USAGE);
    return 0;
  }
  const today = dateOption('--today', values.today);
  const cutoff = numberOption('--cutoff', values.cutoff, {
    min: 0,
    max: 1200,
    what: 'a CRS score',
  });
  const facts = values.facts === undefined ? {} : await loadFacts(values.facts);
  const reading = await loadKnownReading(page);
  const { now, timeZone } = evaluationTime(today);
  const assessment = evaluate({
    reading,
    facts,
    rounds: BUNDLED_ROUNDS,
    now,
    timeZone,
    ...(cutoff !== undefined ? { cutoff } : {}),
  });
  if (values.json) {
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
