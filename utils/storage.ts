// Versioned storage items. Each item has a schema, a default and its migrations
// (lib/schema/migrations.ts); every value is parsed when it is read. What cannot be read is kept
// aside whole (`set-aside`, the newest few), the rest of it is kept where it can be, and the worker
// never crashes on it. Who writes which key: docs/architecture.md, "Storage".
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { STORAGE_KEYS, type StorageKey } from './storage-keys';
import {
  EMPTY_READINGS,
  readingsStateSchema,
  SET_ASIDE_MAX,
  setAsideListSchema,
  type ReadingsState,
  type SetAside,
} from '@/lib/schema/state';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@/lib/schema/settings';
import { factsSchema, type Facts } from '@/lib/facts';
import { parseDraft, type FormDraft } from '@/lib/forms/draft';
import { storedAssessmentSchema, type StoredAssessment } from '@/lib/schema/assessment';
import { EMPTY_ROUNDS_CACHE, roundsCacheSchema, type RoundsCache } from '@/lib/rounds/schema';
import { checkFailureSchema, type CheckFailure } from '@/lib/schema/check-failure';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '@/lib/schema/export-file';
import { MIGRATIONS, versionOf } from '@/lib/schema/migrations';
import { salvage, type SchemaLike } from '@/lib/schema/salvage';

type Item = WxtStorageItem<unknown, Record<string, unknown>>;

/** One stored value: its item (with version and migrations), its schema and its default. */
interface Slot<T> {
  name: StorageKey;
  item: Item;
  schema: SchemaLike<T>;
  fallback: T;
  /**
   * Worked out by the worker from the other items (the assessment, a failed run): nothing the user
   * entered, so a value that no longer reads is dropped and worked out again, not set aside.
   */
  derived: boolean;
}

function defineItem(name: StorageKey, fallback: unknown): Item {
  return storage.defineItem<unknown>(`local:${STORAGE_KEYS[name]}`, {
    version: versionOf(name),
    // Always given (even empty): WXT then records the version of a value written for the first time.
    migrations: MIGRATIONS[name],
    fallback,
  });
}

function slot<T>(
  name: StorageKey,
  schema: SchemaLike<T>,
  fallback: T,
  kind: 'entered' | 'derived' = 'entered',
): Slot<T> {
  return { name, item: defineItem(name, fallback), schema, fallback, derived: kind === 'derived' };
}

export const readingsSlot = slot('readings', readingsStateSchema, EMPTY_READINGS);
export const factsSlot = slot<Facts>('facts', factsSchema, {});
export const settingsSlot = slot('settings', settingsSchema, DEFAULT_SETTINGS);
export const assessmentSlot = slot<StoredAssessment | null>(
  'assessment',
  z.nullable(storedAssessmentSchema),
  null,
  'derived',
);
export const roundsSlot = slot<RoundsCache>('rounds', roundsCacheSchema, EMPTY_ROUNDS_CACHE);
export const checkFailureSlot = slot<CheckFailure | null>(
  'checkFailure',
  z.nullable(checkFailureSchema),
  null,
  'derived',
);
export const setAsideSlot = slot<SetAside[]>('setAside', setAsideListSchema, []);

/**
 * The value and its version in one write, so a value is never stored without the version it is
 * in (WXT records the version only on an item's very first write; after "Delete all my data" the
 * next write would otherwise look like version 1 and be migrated again).
 */
function write(values: readonly { name: StorageKey; value: unknown }[]): Promise<void> {
  return storage.setItems(
    values.flatMap(({ name, value }) => [
      { key: `local:${STORAGE_KEYS[name]}` as const, value },
      { key: `local:${STORAGE_KEYS[name]}$` as const, value: { v: versionOf(name) } },
    ]),
  );
}
const save = <T>(slot: Slot<T>, value: T): Promise<void> => write([{ name: slot.name, value }]);

// ---- kept aside ----

/** Keys where an older version kept one unreadable value each (replaced at the next problem). */
const LEGACY_UNREADABLE = (['readings', 'facts', 'settings', 'assessment', 'rounds'] as const).map(
  (name) => `local:unreadable:${STORAGE_KEYS[name]}` as const,
);

async function readSetAside(): Promise<SetAside[]> {
  const raw = await setAsideSlot.item.getValue();
  const parsed = setAsideListSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // Its own problems are not set aside again (that would never end): keep the entries that parse.
  const kept = salvage(raw, setAsideListSchema, []);
  return kept.ok ? kept.value : [];
}

/** Keeps `entry` with the newest few, newest first. */
async function keepAside(entry: SetAside): Promise<void> {
  const list = [entry, ...(await readSetAside())].slice(0, SET_ASIDE_MAX);
  await save(setAsideSlot, list);
}

/** The values set aside, newest first (values an older version kept apart are taken in once). */
export async function loadSetAside(): Promise<SetAside[]> {
  const legacy = await storage.getItems([...LEGACY_UNREADABLE]);
  const found = legacy.filter(({ value }) => value !== null && value !== undefined);
  if (found.length > 0) {
    const at = new Date().toISOString();
    const adopted = found.map(({ key, value }) => ({
      key: key.replace(/^local:unreadable:/, ''),
      at,
      value,
      dropped: null,
    }));
    await save(setAsideSlot, [...adopted, ...(await readSetAside())].slice(0, SET_ASIDE_MAX));
    await storage.removeItems(found.map(({ key }) => key));
  }
  return readSetAside();
}

/** Forgets the values set aside (after the user downloaded them, or decided not to). */
export const dismissSetAside = (): Promise<void> => save(setAsideSlot, []);

// ---- reading and writing ----

async function load<T>(slot: Slot<T>): Promise<T> {
  const raw = await slot.item.getValue();
  const parsed = slot.schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  if (slot.derived) {
    await save(slot, slot.fallback);
    return slot.fallback;
  }
  // Keep the whole value aside (nothing is thrown away), then keep what can still be read.
  const kept = salvage(raw, slot.schema, slot.fallback);
  const value = kept.ok ? kept.value : slot.fallback;
  console.warn(`ITA Ready: stored ${slot.name} was partly unreadable; kept aside and repaired.`);
  await keepAside({
    key: STORAGE_KEYS[slot.name],
    at: new Date().toISOString(),
    value: raw,
    dropped: kept.ok ? kept.dropped : null,
  });
  await save(slot, value);
  return value;
}

export const loadReadings = (): Promise<ReadingsState> => load(readingsSlot);
export const saveReadings = (state: ReadingsState): Promise<void> => save(readingsSlot, state);
export const loadFacts = (): Promise<Facts> => load(factsSlot);
export const saveFacts = (facts: Facts): Promise<void> => save(factsSlot, facts);
export const loadAssessment = (): Promise<StoredAssessment | null> => load(assessmentSlot);
export const saveAssessment = (value: StoredAssessment | null): Promise<void> =>
  save(assessmentSlot, value);
export const loadRoundsCache = (): Promise<RoundsCache> => load(roundsSlot);
export const saveRoundsCache = (value: RoundsCache): Promise<void> => save(roundsSlot, value);
export const loadCheckFailure = (): Promise<CheckFailure | null> => load(checkFailureSlot);
export const saveCheckFailure = (value: CheckFailure | null): Promise<void> =>
  save(checkFailureSlot, value);
export const loadSettings = (): Promise<Settings> => load(settingsSlot);
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await save(settingsSlot, next);
  return next;
}

/**
 * The options form as typed (lib/forms FormDraft), so text that does not parse yet survives a
 * reload and shows in every options page. An unreadable draft is not set aside: the form is then
 * built again from the facts, which are the saved truth.
 */
export const draftItem = defineItem('draft', null);

/** The stored draft, or null when there is none or it is unreadable (then the facts are shown). */
export async function loadDraft(): Promise<FormDraft | null> {
  return parseDraft(await draftItem.getValue());
}
export const saveDraft = (draft: FormDraft): Promise<void> =>
  write([{ name: 'draft', value: draft }]);
/**
 * The options form's save: the facts and the draft they came from in one storage write, so no
 * other page's write (the popup's cut-off, a document mark) can land between them, and storage
 * never holds a draft ahead of its facts (docs/architecture.md "Two options pages at once").
 */
export const saveFactsAndDraft = (facts: Facts, draft: FormDraft): Promise<void> =>
  write([
    { name: 'facts', value: facts },
    { name: 'draft', value: draft },
  ]);
/** Calls back with the stored draft each time a page writes it (null: deleted or unreadable). */
export function watchDraft(callback: (draft: FormDraft | null) => void): () => void {
  return draftItem.watch((value) => callback(parseDraft(value)));
}

/**
 * Calls back whenever the readings, facts, settings, assessment (or a failed run), rounds or
 * set-aside values change (any page or the worker).
 */
export function watchAll(callback: () => void): () => void {
  const slots = [
    readingsSlot,
    factsSlot,
    settingsSlot,
    assessmentSlot,
    checkFailureSlot,
    roundsSlot,
    setAsideSlot,
  ];
  const stops = slots.map((s) => s.item.watch(() => callback()));
  return () => stops.forEach((stop) => stop());
}

// ---- all my data ----

export async function exportAll(now: Date): Promise<ExportFile> {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    versions: {
      facts: versionOf('facts'),
      settings: versionOf('settings'),
      readings: versionOf('readings'),
      setAside: versionOf('setAside'),
    },
    facts: await loadFacts(),
    settings: await loadSettings(),
    readings: await loadReadings(),
    setAside: await loadSetAside(),
  };
}

/** An export file already parsed (lib/schema/export-file parseImportFile) replaces everything. */
export function importAll(file: ExportFile): Promise<void> {
  return write([
    { name: 'facts', value: file.facts },
    { name: 'settings', value: file.settings },
    { name: 'readings', value: file.readings },
    { name: 'setAside', value: file.setAside },
  ]);
}

/** "Delete all my data": everything ITA Ready keeps, gone. */
export async function deleteAll(): Promise<void> {
  await storage.clear('local');
}
