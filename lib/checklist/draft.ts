// An item before the user's marks are applied: what the facts alone say of it. `finish` turns a
// draft into the item the user sees, with its state, its due day and the days left.
import { daysFromToday, type Context } from './context';
import { itemKey, type KeyParts } from './keys';
import type { ChecklistItem, Reason } from './types';

export interface Draft extends KeyParts {
  why: Reason;
  needed: boolean;
  /** The facts already prove the user has it (a certificate received, a result still valid). */
  proven?: boolean;
  /** The facts show it stops holding before the deadline: the last day it still does. */
  lastValidDay?: string;
  /** A request date the facts hold (police certificates). */
  requested?: string | null;
  required: boolean;
  either?: string;
  source: string;
}

export function finish(draft: Draft, ctx: Context): ChecklistItem {
  const key = itemKey(draft);
  const mark = ctx.facts.documents?.[key];
  const requested = typeof mark?.requested === 'string' ? mark.requested : draft.requested;
  const base = {
    key,
    id: draft.id,
    for: draft.for,
    ...(draft.country !== undefined ? { country: draft.country } : {}),
    ...(draft.start !== undefined ? { start: draft.start } : {}),
    why: draft.why,
    required: draft.required,
    ...(draft.either !== undefined ? { either: draft.either } : {}),
    source: draft.source,
  };
  if (!draft.needed) return { ...base, status: 'not-needed' };
  const asked = requested ? { requested } : {};
  if (draft.lastValidDay !== undefined) {
    // A mark cannot make a document last longer than it does.
    const due = draft.lastValidDay;
    return { ...base, status: 'expiring', ...asked, due, daysLeft: daysFromToday(ctx, due) };
  }
  if (draft.proven) return { ...base, status: 'have', basis: 'facts', ...asked };
  if (mark?.have === true) return { ...base, status: 'have', basis: 'mark', ...asked };
  const due = ctx.deadline?.lastDay;
  return {
    ...base,
    status: 'to-get',
    ...asked,
    ...(due !== undefined ? { due, daysLeft: daysFromToday(ctx, due) } : {}),
  };
}
