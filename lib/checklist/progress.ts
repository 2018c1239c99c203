// What the views make of a checklist: how much is ready, the items per person, and the one item
// most at risk of making the application late or incomplete.
import type { Checklist, ChecklistItem, PersonRef } from './types';

export interface Progress {
  /** Documents in hand (alternatives of one kind count once). */
  ready: number;
  /** Documents the application needs. */
  total: number;
}

export function progressOf(checklist: Checklist): Progress {
  const needed = new Map<string, boolean>();
  for (const item of checklist.items) {
    if (item.status === 'not-needed') continue;
    const unit = item.either ?? item.key;
    needed.set(unit, (needed.get(unit) ?? false) || item.status === 'have');
  }
  const values = [...needed.values()];
  return { ready: values.filter(Boolean).length, total: values.length };
}

export interface PersonGroup {
  person: PersonRef;
  items: ChecklistItem[];
}

/** The items per person, in the list's own order (candidate, spouse, children). */
export function byPerson(checklist: Checklist): PersonGroup[] {
  const groups: PersonGroup[] = [];
  for (const item of checklist.items) {
    const last = groups.at(-1);
    if (last && last.person === item.for) last.items.push(item);
    else groups.push({ person: item.for, items: [item] });
  }
  return groups;
}

/**
 * Whether an item's timing is worth a line of its own: a document that stops holding, a police
 * certificate (the slowest to arrive), or anything the user dated a request for. For the rest, the
 * deadline shown once says it all.
 */
export function timingMatters(item: ChecklistItem): boolean {
  if (item.status === 'expiring') return true;
  if (item.status !== 'to-get') return false;
  return item.id === 'police-certificate' || item.requested !== undefined;
}

/** Items still to get or that stop holding before the deadline. */
export const pendingItems = (checklist: Checklist): ChecklistItem[] =>
  checklist.items.filter((item) => item.status === 'to-get' || item.status === 'expiring');

/**
 * How urgent an item is, lower first: a document that stops holding, then a police certificate
 * (the slowest to arrive; one not yet asked for before one asked for), then what the application
 * cannot go without, then the rest.
 */
function rank(item: ChecklistItem): number {
  if (item.status === 'expiring') return 0;
  if (item.id === 'police-certificate') return item.requested ? 2 : 1;
  return item.required ? 3 : 4;
}

/** The item most at risk, or null when nothing is pending. */
export function nextAtRisk(checklist: Checklist): ChecklistItem | null {
  const order = (item: ChecklistItem) => checklist.items.indexOf(item);
  const [first] = pendingItems(checklist).sort(
    (a, b) =>
      rank(a) - rank(b) || (a.due ?? '9999').localeCompare(b.due ?? '9999') || order(a) - order(b),
  );
  return first ?? null;
}
