// What can still be read of a stored value the schema refuses: the smallest parts that do not parse
// are put back to their default (where the default has one) or taken out (a key, a row), until the
// rest parses. Used where stored data is read (utils/storage.ts), so one bad date does not cost the
// user every other fact; the whole original is kept aside there.

interface Issue {
  code: string;
  path: PropertyKey[];
  keys?: string[];
}

export interface SchemaLike<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}

export type Salvaged<T> =
  /** `dropped`: where something was put back to its default or taken out (`work[1]`, `facts`). */
  { ok: true; value: T; dropped: string[] } | { ok: false };

const isRecord = (v: unknown): v is Record<PropertyKey, unknown> =>
  typeof v === 'object' && v !== null;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (!isRecord(value)) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

/** `['work', 1, 'start']` → `work[1].start`, as the facts' messages write paths. */
export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** Sets (or, with `undefined`, takes out) the value at a non-empty path; false if unreachable. */
function put(root: unknown, path: readonly PropertyKey[], value: unknown): boolean {
  const parent = valueAt(root, path.slice(0, -1));
  const last = path.at(-1);
  if (!isRecord(parent) || last === undefined) return false;
  if (value !== undefined) return Reflect.set(parent, last, value);
  if (Array.isArray(parent) && typeof last === 'number') {
    if (last >= parent.length) return false;
    parent.splice(last, 1);
    return true;
  }
  if (!Object.prototype.hasOwnProperty.call(parent, last)) return false;
  return Reflect.deleteProperty(parent, last);
}

const MAX_REPAIRS = 60;

/**
 * `value` with the parts `schema` refuses repaired from `fallback` or taken out; `ok: false` when
 * nothing of it can be kept (its top level itself is wrong, or too much is broken to trust).
 */
export function salvage<T>(value: unknown, schema: SchemaLike<T>, fallback: T): Salvaged<T> {
  let current: unknown;
  try {
    current = structuredClone(value);
  } catch {
    return { ok: false };
  }
  const dropped: string[] = [];
  for (let round = 0; round <= MAX_REPAIRS; round++) {
    const parsed = schema.safeParse(current);
    if (parsed.success) return { ok: true, value: parsed.data, dropped };
    const issue = parsed.error.issues[0];
    if (issue === undefined || round === MAX_REPAIRS) return { ok: false };
    if (issue.code === 'unrecognized_keys' && issue.keys && issue.keys.length > 0) {
      for (const key of issue.keys) {
        put(current, [...issue.path, key], undefined);
        dropped.push(pathText([...issue.path, key]));
      }
      continue;
    }
    // Up from the issue's place to the first part that can be put back or taken out.
    let path = [...issue.path];
    let repaired = false;
    while (path.length > 0 && !repaired) {
      const backup = valueAt(fallback, path);
      const here = valueAt(current, path);
      if (backup !== undefined && JSON.stringify(backup) !== JSON.stringify(here)) {
        repaired = put(current, path, structuredClone(backup));
      } else if (here !== undefined) {
        repaired = put(current, path, undefined);
      }
      if (repaired) dropped.push(pathText(path));
      else path = path.slice(0, -1);
    }
    if (!repaired) return { ok: false };
  }
  return { ok: false };
}
