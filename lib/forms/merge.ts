// Three-way merge of the raw form, so two pages of the extension can edit the same facts in turn
// without one page's save undoing the other's typing. `base` is the draft both started from (what
// storage held when this page last looked), `mine` is this page's form, `theirs` what storage holds
// now. Field by field: a field only one side changed takes that side's value; a field both changed
// takes this page's (it is being typed here now). Rows of a list are matched by their `key`, so a
// row added or removed in one page is added or removed in the other.
import { parseDraft, type FormDraft } from './draft';

/** Equal as JSON (drafts are plain JSON: strings, booleans, arrays, objects). */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const keyOf = (row: unknown): string | null =>
  isRecord(row) && typeof row.key === 'string' ? row.key : null;

const keyed = (rows: readonly unknown[]): boolean => rows.every((row) => keyOf(row) !== null);

function byKey(rows: readonly unknown[]): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) map.set(key, row);
  }
  return map;
}

function mergeRows(base: unknown[], mine: unknown[], theirs: unknown[]): unknown[] {
  const [b, m, t] = [byKey(base), byKey(mine), byKey(theirs)];
  const out: unknown[] = [];
  // Their order first (rows they kept or added), then the rows this page added.
  for (const [key, row] of t) {
    if (m.has(key)) out.push(mergeValue(b.get(key), m.get(key), row));
    else if (!b.has(key)) out.push(row); // added there
    // else: removed here; gone
  }
  for (const [key, row] of m) {
    if (t.has(key)) continue;
    const before = b.get(key);
    // Added here, or removed there while this page was changing it: keep what was typed here.
    if (before === undefined || !sameJson(before, row)) out.push(row);
  }
  return out;
}

function mergeValue(base: unknown, mine: unknown, theirs: unknown): unknown {
  if (sameJson(mine, base)) return theirs;
  if (sameJson(theirs, base) || sameJson(mine, theirs)) return mine;
  if (isRecord(mine) && isRecord(theirs)) {
    const baseRecord = isRecord(base) ? base : {};
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      out[key] = mergeValue(baseRecord[key], mine[key], theirs[key]);
    }
    return out;
  }
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const baseRows = Array.isArray(base) ? base : [];
    if (keyed(mine) && keyed(theirs) && keyed(baseRows)) return mergeRows(baseRows, mine, theirs);
    // Rows without keys (language tests) merge by position while both pages have as many.
    if (mine.length === theirs.length && baseRows.length === mine.length) {
      return mine.map((row, i) => mergeValue(baseRows[i], row, theirs[i]));
    }
  }
  return mine;
}

/** The draft with this page's changes since `base` laid over `theirs`. */
export function mergeDrafts(base: FormDraft, mine: FormDraft, theirs: FormDraft): FormDraft {
  // Re-parsed so the result is a FormDraft by construction; a merge of two drafts is always one.
  return parseDraft(mergeValue(base, mine, theirs)) ?? mine;
}
