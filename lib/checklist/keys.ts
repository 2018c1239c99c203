// Checklist item keys: what the user's marks are stored under (`facts.documents`) and what a
// documents reminder carries in its alarm name. Lower-case letters, digits, `:` and `-` only, as the
// facts schema requires: `passport:candidate`, `police-certificate:spouse:in`,
// `employment-proof:candidate:2024-03-04:ca`.
import { CHECKLIST_IDS, type ChecklistId, type PersonRef } from './types';

export interface KeyParts {
  id: ChecklistId;
  for: PersonRef;
  /** ISO 3166 alpha-2, upper case. */
  country?: string;
  /** A work period's first day. */
  start?: string;
  /** A second work period starting the same day in the same country is `2`, and so on. */
  counter?: number;
}

export function itemKey(parts: KeyParts): string {
  const segments: string[] = [parts.id, parts.for];
  if (parts.start !== undefined) segments.push(parts.start);
  if (parts.country !== undefined) segments.push(parts.country.toLowerCase());
  if (parts.counter !== undefined && parts.counter > 1) segments.push(String(parts.counter));
  return segments.join(':');
}

const isId = (value: string): value is ChecklistId => CHECKLIST_IDS.some((id) => id === value);

function personOf(value: string): PersonRef | null {
  if (value === 'candidate' || value === 'spouse') return value;
  const child = /^child-([1-9]\d?)$/.exec(value);
  return child ? `child-${Number(child[1])}` : null;
}

/** The parts of a key, or null for a string that is not one (a stale or hand-edited mark). */
export function parseItemKey(key: string): KeyParts | null {
  const [id, person, ...rest] = key.split(':');
  if (id === undefined || person === undefined || !isId(id)) return null;
  const who = personOf(person);
  if (who === null) return null;
  const country = (value: string | undefined) =>
    value !== undefined && /^[a-z]{2}$/.test(value) ? value.toUpperCase() : null;
  if (id === 'police-certificate') {
    const cc = country(rest[0]);
    return rest.length === 1 && cc ? { id, for: who, country: cc } : null;
  }
  if (id === 'employment-proof' && rest.length > 0) {
    // A second period starting the same day in the same country carries a counter (`:2`).
    const [start, cc, counter] = rest;
    const code = country(cc);
    const ok =
      start !== undefined &&
      /^\d{4}-\d{2}-\d{2}$/.test(start) &&
      code !== null &&
      (counter === undefined || /^([2-9]|[1-9]\d)$/.test(counter)) &&
      rest.length <= 3;
    if (!ok) return null;
    return { id, for: who, start, country: code, ...(counter ? { counter: Number(counter) } : {}) };
  }
  return rest.length === 0 ? { id, for: who } : null;
}
