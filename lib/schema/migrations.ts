// How each stored item's older shapes become its current one. An item's version is the highest
// step in its table (1 when it has none). WXT's storage runs the steps from the stored version up
// when the item is first used in a page or the worker (utils/storage.ts), and an imported export
// file runs them from the versions it records (export-file.ts); see docs/architecture.md, "Storage".
// A step takes the value as it was stored in the previous version and returns it in the next; it
// never throws on a value it does not recognise (it returns it unchanged, and the schema's parse
// then keeps what it can and sets the rest aside), and it leaves a value already in the new shape
// as it is (a value written without its version, by a test or an older page, is read as version 1). To change a shape: add the next step here, bump
// nothing else, and add a test in tests/unit/schema/migrations.test.ts.
import { FACT_YEARS } from '../facts';
import { upgradeReading } from './reading';

export type Migration = (previous: unknown) => unknown;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** readings v2: `lastPage.structure` is gone (the popup asks the page for it when needed). */
function dropPageStructure(old: unknown): unknown {
  if (!isRecord(old) || !isRecord(old.lastPage)) return old;
  const lastPage = Object.fromEntries(
    Object.entries(old.lastPage).filter(([key]) => key !== 'structure'),
  );
  return { ...old, lastPage };
}

const DATE = /^(\d{4})-\d{2}-\d{2}$/;
const outOfRange = (v: unknown): boolean => {
  if (typeof v !== 'string') return false;
  const year = Number(DATE.exec(v)?.[1]);
  return Number.isFinite(year) && (year < FACT_YEARS.min || year > FACT_YEARS.max);
};

/** The keys of `o` whose value is a date outside the facts' years, taken out. */
function withoutBadDates(
  o: Record<string, unknown>,
  keys: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(o).filter(([k, v]) => !(keys.includes(k) && outOfRange(v))),
  );
}

/** Rows whose own (required) date is outside the years cannot stand: they go; others lose the date. */
function rows(list: unknown, required: readonly string[], optional: readonly string[]): unknown {
  if (!Array.isArray(list)) return list;
  return list
    .filter((row) => !isRecord(row) || !required.some((k) => outOfRange(row[k])))
    .map((row) => (isRecord(row) ? withoutBadDates(row, optional) : row));
}

/**
 * facts v2: dates must fall in 1900–2100 (facts v1 kept a typo like 0202-05-10 or 9999-12-31, which
 * surfaced later as a nonsense verdict). Such a date is taken out, or its row when the row cannot
 * do without it; utils/storage keeps the whole old value aside. `family.children`,
 * `policeCertificates[].person` and `documents` are new and optional: nothing to do.
 */
function factDatesInRange(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const out = withoutBadDates(old, ['dateOfBirth', 'plannedSubmission']);
  if (isRecord(out.education)) out.education = withoutBadDates(out.education, ['ecaIssued']);
  if (isRecord(out.spouseLanguageTest) && outOfRange(out.spouseLanguageTest.resultDate))
    delete out.spouseLanguageTest;
  out.languageTests = rows(out.languageTests, ['resultDate'], []);
  out.work = rows(out.work, ['start'], []);
  // An end date out of range: the row's end is unknown, not "still ongoing" — the row goes.
  out.work = rows(out.work, ['end'], []);
  out.policeCertificates = rows(out.policeCertificates, [], ['requested']);
  if (isRecord(out.documents)) {
    out.documents = Object.fromEntries(
      Object.entries(out.documents).map(([k, v]) => [
        k,
        isRecord(v) ? withoutBadDates(v, ['requested']) : v,
      ]),
    );
  }
  for (const key of ['languageTests', 'work', 'policeCertificates'])
    if (out[key] === undefined) delete out[key];
  return out;
}

/**
 * facts-draft v2: police certificates say whose they are (asked when there is a spouse), and the
 * draft remembers which fields it filled in from the letter (and for which letter).
 */
function draftPersonAndLetter(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const police = Array.isArray(old.policeCertificates)
    ? old.policeCertificates.map((row) => (isRecord(row) ? { person: '', ...row } : row))
    : old.policeCertificates;
  return { fromLetter: [], letterSeen: '', ...old, policeCertificates: police };
}

/**
 * rounds v2: the last refresh's problem is a code with values (translated where it is shown)
 * instead of an English sentence. An old sentence cannot be translated: it is dropped (the next
 * refresh records its own); the downloaded rounds are kept.
 */
function roundsProblemAsCode(old: unknown): unknown {
  if (!isRecord(old) || !isRecord(old.lastError) || !('message' in old.lastError)) return old;
  return { ...old, lastError: null };
}

/**
 * readings v3: a reading's problems are codes with values, their words in the user's language
 * (lib/i18n/reader.ts), instead of an English sentence (lib/schema/reading.ts upgradeReading).
 */
function problemsAsCodes(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const out: Record<string, unknown> = { ...old };
  for (const key of ['itaLetter', 'accountHome', 'profile']) {
    const stored = out[key];
    if (isRecord(stored) && 'reading' in stored)
      out[key] = { ...stored, reading: upgradeReading(stored.reading) };
  }
  return out;
}

/** facts-draft v3: "no country to list" for police certificates is an answer of its own. */
function draftPoliceNone(old: unknown): unknown {
  if (!isRecord(old) || 'policeNone' in old) return old;
  return { ...old, policeNone: false };
}

/** Every item's steps, by the version each step produces. */
export const MIGRATIONS = {
  readings: { 2: dropPageStructure, 3: problemsAsCodes },
  facts: { 2: factDatesInRange },
  settings: {},
  // Worked out by the worker from the other items: an older shape is not migrated but dropped and
  // worked out again (utils/storage.ts, derived slots).
  assessment: {},
  rounds: { 2: roundsProblemAsCode },
  checkFailure: {},
  guardRelease: {},
  draft: { 2: draftPersonAndLetter, 3: draftPoliceNone },
  setAside: {},
} satisfies Record<string, Record<number, Migration>>;

export type MigratedItem = keyof typeof MIGRATIONS;

/** An item's steps, by the version each produces. */
export const stepsOf = (item: MigratedItem): Record<number, Migration> => MIGRATIONS[item];

/** An item's current version: the last step of its table. */
export function versionOf(item: MigratedItem): number {
  return Math.max(1, ...Object.keys(stepsOf(item)).map(Number));
}

/** A value stored (or exported) at version `from`, brought to the item's current version. */
export function migrate(item: MigratedItem, value: unknown, from: number): unknown {
  let out = value;
  for (let v = from + 1; v <= versionOf(item); v++) out = stepsOf(item)[v]?.(out) ?? out;
  return out;
}
