// What the options page imports: the file "Export all my data" writes (everything the user entered
// and everything the extension read), or a facts file in the format docs/formats.md documents (what
// `ita-ready check --facts` takes). A file that does not parse is refused whole, with the place and
// the value that is wrong, as codes the page words in English or French.
import * as z from 'zod/mini';
import { factsSchema, parseFacts, type Facts } from '../facts';
import { migrate, versionOf } from './migrations';
import { pathText } from './salvage';
import { readingsStateSchema, setAsideListSchema } from './state';
import { settingsSchema } from './settings';

export const EXPORT_FORMAT = 'ita-ready-export';
/** 2: the values set aside and each item's version were added. */
export const EXPORT_VERSION = 2;

const version = z.number().check(z.int(), z.gte(1), z.lte(1000));

export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().check(z.maxLength(40)),
  /** The version of each item as exported, so an import brings it up to date (migrations.ts). */
  versions: z.strictObject({
    facts: version,
    settings: version,
    readings: version,
    setAside: version,
  }),
  facts: factsSchema,
  settings: settingsSchema,
  readings: readingsStateSchema,
  setAside: setAsideListSchema,
});
export type ExportFile = z.infer<typeof exportFileSchema>;

/** What is wrong with one value of the file, for the page to say in words. */
export type ImportProblem =
  | { kind: 'unknown-key' }
  | { kind: 'missing' }
  | { kind: 'type'; expected: string }
  | { kind: 'one-of'; values: string[] }
  | { kind: 'too-small'; min: number }
  | { kind: 'too-big'; max: number }
  /** A value the field does not take (a date that does not exist, a code of the wrong form). */
  | { kind: 'invalid' }
  /** Valid alone, but not with the rest (a job ending before it starts, a score off the scale). */
  | { kind: 'conflict' };

export type ImportRefusal =
  | { code: 'not-object' }
  | { code: 'other-format'; format: string }
  | { code: 'version'; found: string; newest: number }
  /** `path` as in the file (`facts.work[0].end`); `value` as written there, shortened; null if absent. */
  | { code: 'field'; path: string; value: string | null; problem: ImportProblem };

export type ImportResult =
  | { ok: true; kind: 'export'; file: ExportFile }
  | { ok: true; kind: 'facts'; facts: Facts }
  | { ok: false; refusal: ImportRefusal };

interface Issue {
  code: string;
  path: PropertyKey[];
  expected?: string;
  keys?: string[];
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  input?: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

/** How a value reads in a message: JSON, at most 40 characters. */
function shown(value: unknown): string | null {
  if (value === undefined) return null;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function problemOf(issue: Issue, value: unknown): ImportProblem {
  switch (issue.code) {
    case 'unrecognized_keys':
      return { kind: 'unknown-key' };
    case 'invalid_type':
      return value === undefined
        ? { kind: 'missing' }
        : { kind: 'type', expected: issue.expected ?? 'value' };
    case 'invalid_value':
      return { kind: 'one-of', values: (issue.values ?? []).map(String) };
    case 'too_small':
      return { kind: 'too-small', min: Number(issue.minimum ?? 0) };
    case 'too_big':
      return { kind: 'too-big', max: Number(issue.maximum ?? 0) };
    default:
      return { kind: 'invalid' };
  }
}

function refusalOf(issues: readonly Issue[], root: unknown, prefix: PropertyKey[]): ImportRefusal {
  const issue = issues[0];
  if (issue === undefined)
    return { code: 'field', path: '', value: null, problem: { kind: 'invalid' } };
  // An unknown key is named itself (`facts.nomination2`), with its value.
  const path =
    issue.code === 'unrecognized_keys' && issue.keys?.[0] !== undefined
      ? [...issue.path, issue.keys[0]]
      : issue.path;
  const value = valueAt(root, path);
  return {
    code: 'field',
    path: pathText([...prefix, ...path]),
    value: shown(value),
    problem: problemOf(issue, value),
  };
}

/** `work[0].end` → `['work', 0, 'end']`. */
function pathParts(text: string): PropertyKey[] {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? (m[1] ?? '') : Number(m[2]),
  );
}

/** The facts, or the first thing wrong with them (`prefix`: where they sit in the file). */
function factsOf(
  input: unknown,
  prefix: PropertyKey[],
): { ok: true; facts: Facts } | { ok: false; refusal: ImportRefusal } {
  const shape = factsSchema.safeParse(input);
  if (!shape.success) return { ok: false, refusal: refusalOf(shape.error.issues, input, prefix) };
  const checked = parseFacts(shape.data);
  if (checked.ok) return { ok: true, facts: checked.facts };
  // Cross-field checks say `path: words`: keep the place and the value, word the problem here.
  const first = checked.errors[0] ?? '';
  const parts = pathParts(first.slice(0, Math.max(0, first.indexOf(': '))));
  return {
    ok: false,
    refusal: {
      code: 'field',
      path: pathText([...prefix, ...parts]),
      value: shown(valueAt(input, parts)),
      problem: { kind: 'conflict' },
    },
  };
}

/** Brings an export file of any version this one knows to the current shape, or says why not. */
function exportOf(input: Record<string, unknown>): ImportResult {
  const fileVersion = input.version;
  if (fileVersion !== 1 && fileVersion !== EXPORT_VERSION)
    return {
      ok: false,
      refusal: { code: 'version', found: shown(fileVersion) ?? '', newest: EXPORT_VERSION },
    };
  // Version 1 files have no `versions` (every item at its first version) and no values set aside.
  const recorded = isRecord(input.versions) ? input.versions : {};
  const from = (item: 'facts' | 'settings' | 'readings' | 'setAside'): number => {
    const v = recorded[item];
    return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
  };
  const newer = (['facts', 'settings', 'readings', 'setAside'] as const).find(
    (item) => from(item) > versionOf(item),
  );
  if (newer !== undefined)
    return {
      ok: false,
      refusal: { code: 'version', found: `${newer} ${from(newer)}`, newest: versionOf(newer) },
    };
  // Past the item's own upgrades the facts are not repaired: a wrong fact is refused and named.
  const facts = factsOf(migrate('facts', input.facts, from('facts')), ['facts']);
  if (!facts.ok) return facts;
  const upgraded = {
    ...input,
    version: EXPORT_VERSION,
    versions: {
      facts: versionOf('facts'),
      settings: versionOf('settings'),
      readings: versionOf('readings'),
      setAside: versionOf('setAside'),
    },
    facts: facts.facts,
    settings: migrate('settings', input.settings, from('settings')),
    readings: migrate('readings', input.readings, from('readings')),
    setAside: fileVersion === 1 ? [] : migrate('setAside', input.setAside, from('setAside')),
  };
  const parsed = exportFileSchema.safeParse(upgraded);
  if (parsed.success) return { ok: true, kind: 'export', file: parsed.data };
  return { ok: false, refusal: refusalOf(parsed.error.issues, upgraded, []) };
}

/** An export file (all the data) or a facts file (the facts alone); all or nothing. */
export function parseImportFile(input: unknown): ImportResult {
  if (!isRecord(input)) return { ok: false, refusal: { code: 'not-object' } };
  if ('format' in input) {
    if (input.format !== EXPORT_FORMAT)
      return { ok: false, refusal: { code: 'other-format', format: shown(input.format) ?? '' } };
    return exportOf(input);
  }
  const facts = factsOf(input, []);
  return facts.ok ? { ok: true, kind: 'facts', facts: facts.facts } : facts;
}
