// `ita-ready plan <page.html|letter.pdf> --facts facts.json [--today YYYY-MM-DD] [--cutoff N]
// [--json]`: what the corrected score rests on, what would raise it, what declining today would
// mean (the JSON is in docs/formats.md "Plan"). Exit 0 whatever the plan says; 2 when the page is
// not recognised; 1 for bad arguments or facts. `--today D` plans as of 12:00 UTC on D, as `check`.
import { factLabel } from '../lib/facts';
import { formatDate } from '../lib/dates';
import { planEn as t } from '../lib/i18n/plan-en';
import { against, birthdayCosts, planFor, recentSummary, type Plan } from '../lib/plan';
import { BUNDLED_ROUNDS } from '../lib/rounds';
import { CUTOFF_OPTION, cutoffOption, PAGE_OPTIONS, parseCommand } from './args';
import { UsageError, type Io } from './io';
import { loadJudged } from './load';

const USAGE =
  'usage: ita-ready plan <page.html|letter.pdf> --facts facts.json [--today YYYY-MM-DD] [--cutoff N] [--json]';

const COMMAND = {
  usage: USAGE,
  options: { ...PAGE_OPTIONS, ...CUTOFF_OPTION },
  positionals: { min: 1, max: 1, name: 'page to plan from' },
} as const;

const number = new Intl.NumberFormat('en-CA');
const n = (value: number) => number.format(value);
const day = (iso: string) => formatDate(iso, 'en');
const join = (parts: readonly string[]) => parts.join('');

function headline(plan: Plan): string[] {
  const out: string[] = [];
  if (plan.margin !== null)
    out.push(`${join(t.margin({ margin: plan.margin, shown: n(Math.abs(plan.margin)) }))}.`);
  else out.push(plan.cutoff === null ? t.marginUnknown : t.blocked['score-unknown']);
  if (plan.score !== null && plan.cutoff !== null)
    out.push(join(t.scoreAgainst({ score: n(plan.score), cutoff: n(plan.cutoff) })));
  if (plan.blocked !== null && plan.blocked !== 'score-unknown') out.push(t.blocked[plan.blocked]);
  return out;
}

function stakes(plan: Plan): string[] {
  if (plan.blocked !== null) return [];
  const lines = plan.stakes.map(
    (s) =>
      `- ${join(
        t.stake({
          claim: s.claim,
          ...(s.language ? { language: s.language } : {}),
          score: n(s.scoreIfLower),
          cutoff: plan.cutoff === null ? '' : n(plan.cutoff),
          against: against(s.scoreIfLower, plan.cutoff),
        }),
      )}`,
  );
  return ['', `${t.stakesHeading}:`, ...(lines.length > 0 ? lines : [`  ${t.stakesNone}`])];
}

function gains(plan: Plan): string[] {
  if (plan.blocked !== null) return [];
  const lines = plan.gains.map(
    (g) =>
      `- ${join(
        t.gain({
          change: t.change({ ...g, level: typeof g.to === 'number' ? n(g.to) : '' }),
          gain: n(g.gain),
          points: g.gain,
          score: n(g.score),
          earliest: g.earliest === null ? null : day(g.earliest),
          ...(g.reason ? { reason: g.reason } : {}),
        }),
      )}`,
  );
  return ['', `${t.gainsHeading}:`, ...(lines.length > 0 ? lines : [`  ${t.gainsNone}`])];
}

function declined(plan: Plan): string[] {
  const d = plan.ifDeclined;
  const out = ['', `${t.declinedHeading}:`];
  if (d.score !== null) {
    out.push(`  ${join(t.declinedScore({ score: n(d.score), date: day(d.on) }))}`);
    if (d.changed.length > 0) out.push(`  ${t.declinedChanges}`);
    for (const c of d.changed)
      out.push(`    ${join(t.declinedRow({ row: t.row[c.row], from: n(c.from), to: n(c.to) }))}`);
    if (birthdayCosts(d)) out.push(`  ${t.declinedBirthday}`);
    for (const e of d.expired) out.push(`  ${join(t.expired({ ...e, date: day(e.from) }))}`);
  } else if (plan.blocked === null) {
    out.push(`  ${t.declinedUnknown}`);
  }
  const recent = recentSummary(d);
  if (recent === null) return [...out, `  ${t.recentNone}`];
  const count = n(recent.count);
  out.push(
    `  ${join(t.recentRange({ count, n: recent.count, lowest: n(recent.lowest), highest: n(recent.highest) }))}`,
  );
  if (recent.met !== null)
    out.push(`  ${join(t.recentMet({ met: n(recent.met), count, n: recent.count }))}`);
  for (const r of d.recentCutoffs) out.push(`    ${day(r.date)}, ${r.name}: ${n(r.cutoff)}`);
  return out;
}

function needs(plan: Plan): string[] {
  if (plan.needs.length === 0) return [];
  return [
    '',
    t.needsIntro,
    ...plan.needs.map(
      (need) =>
        `- ${join(
          t.need({
            fact: factLabel(need.fact, 'en'),
            items: [
              ...need.stakes.map((id) => t.claimName[id]),
              ...need.gains.map((id) => t.changeName[id]),
              ...(need.ifDeclined ? [t.declinedName] : []),
            ],
          }),
        )}`,
    ),
  ];
}

export function report(plan: Plan): string {
  return [
    ...headline(plan),
    ...stakes(plan),
    ...gains(plan),
    ...declined(plan),
    ...needs(plan),
  ].join('\n');
}

export async function runPlan(args: string[], io: Io): Promise<number> {
  const { values, positionals, help } = parseCommand(args, COMMAND);
  const [page] = positionals;
  if (help || page === undefined) {
    io.out(USAGE);
    return 0;
  }
  if (values.facts === undefined) {
    throw new UsageError(`--facts is needed: the plan works from your facts. ${USAGE}`);
  }
  const cutoff = cutoffOption(values.cutoff);
  const { plan } = planFor({
    ...(await loadJudged(page, values)),
    rounds: BUNDLED_ROUNDS,
    ...(cutoff !== undefined ? { cutoff } : {}),
  });
  io.out(values.json ? JSON.stringify(plan, null, 2) : report(plan));
  return 0;
}
