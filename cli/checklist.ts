// `ita-ready checklist <page.html|letter.pdf> [--facts facts.json] [--today YYYY-MM-DD] [--json]`:
// every document the e-APR will need, per person, with its state and why. Exit 0 whatever the
// state of the list; 2 when the page is not recognised; 1 for bad arguments or facts.
import {
  buildChecklist,
  byPerson,
  progressOf,
  timingMatters,
  type Checklist,
  type ChecklistItem,
} from '../lib/checklist';
import { FACT_NAMES } from '../lib/facts';
import { BUNDLED_ROUNDS } from '../lib/rounds';
import { documentsEn as t } from '../lib/i18n/documents-en';
import { PAGE_OPTIONS, parseCommand } from './args';
import type { Io } from './io';
import { loadJudged } from './load';

const USAGE =
  'usage: ita-ready checklist <page.html|letter.pdf> [--facts facts.json] [--today YYYY-MM-DD] [--json]';

const COMMAND = {
  usage: USAGE,
  options: PAGE_OPTIONS,
  positionals: { min: 1, max: 1, name: 'page to read' },
} as const;

/** The JSON contract (docs/formats.md "Checklist"): `why` in English words. */
function jsonItem(item: ChecklistItem) {
  return {
    id: item.id,
    for: item.for,
    ...(item.country !== undefined ? { country: item.country } : {}),
    status: item.status,
    why: t.why(item),
    ...(item.due !== undefined ? { due: item.due } : {}),
    ...(item.daysLeft !== undefined ? { daysLeft: item.daysLeft } : {}),
    ...(item.requested !== undefined ? { requested: item.requested } : {}),
    key: item.key,
    source: item.source,
  };
}

const STATUS_WORDS: Record<ChecklistItem['status'], string> = {
  have: 'HAVE',
  'to-get': 'TO GET',
  expiring: 'EXPIRING',
  'not-needed': 'NOT NEEDED',
};
const WIDTH = Math.max(...Object.values(STATUS_WORDS).map((w) => w.length)) + 2;

function report(checklist: Checklist): string {
  const out: string[] = [];
  const progress = progressOf(checklist);
  out.push(`Documents: ${t.progress(progress)}`);
  out.push(checklist.deadline ? t.deadline(checklist.deadline) : t.noDeadline);
  for (const group of byPerson(checklist)) {
    out.push('', t.person(group.person));
    for (const item of group.items) {
      const status = `[${STATUS_WORDS[item.status]}]`.padEnd(WIDTH + 1);
      out.push(`  ${status} ${t.itemName(item)}`);
      const timing = timingMatters(item) ? t.timing(item) : null;
      if (timing) out.push(`  ${' '.repeat(WIDTH + 1)} ${timing}.`);
      out.push(`  ${' '.repeat(WIDTH + 1)} ${t.why(item)}`);
      out.push(`  ${' '.repeat(WIDTH + 1)} Source: ${item.source}`);
    }
  }
  if (checklist.missingFacts.length > 0) {
    const names = checklist.missingFacts.map((fact) => FACT_NAMES[fact].en.label);
    out.push('', `${t.missingFacts} ${names.join(', ')}.`);
  }
  return out.join('\n');
}

export async function runChecklist(args: string[], io: Io): Promise<number> {
  const { values, positionals, help } = parseCommand(args, COMMAND);
  const [page] = positionals;
  if (help || page === undefined) {
    io.out(USAGE);
    return 0;
  }
  const checklist = buildChecklist({ ...(await loadJudged(page, values)), rounds: BUNDLED_ROUNDS });
  if (values.json) {
    const missingFacts = checklist.missingFacts;
    io.out(
      JSON.stringify(
        {
          documents: checklist.items.map(jsonItem),
          ...(missingFacts.length > 0 ? { missingFacts } : {}),
        },
        null,
        2,
      ),
    );
  } else {
    io.out(report(checklist));
  }
  return 0;
}
