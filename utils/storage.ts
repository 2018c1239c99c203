// Versioned storage items. Every value is parsed when it is read: unreadable data is reported and
// replaced by the defaults, it never crashes the worker (STYLE.md "Boundaries").
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { STORAGE_KEYS } from './storage-keys';
import { EMPTY_READINGS, readingsStateSchema, type ReadingsState } from '@/lib/schema/state';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@/lib/schema/settings';
import { factsSchema, type Facts } from '@/lib/facts';
import { parseDraft, type FormDraft } from '@/lib/forms/draft';
import {
  roundsCacheSchema,
  storedAssessmentSchema,
  type RoundsCache,
  type StoredAssessment,
} from '@/lib/schema/assessment';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  parseExportFile,
  type ExportFile,
} from '@/lib/schema/export-file';

type Schema<T> = {
  safeParse(input: unknown): { success: true; data: T } | { success: false };
};

/** One stored value: its item (with version and migrations), its schema and its default. */
interface Slot<T> {
  item: WxtStorageItem<unknown, Record<string, unknown>>;
  schema: Schema<T>;
  fallback: T;
}

function slot<T>(key: `local:${string}`, schema: Schema<T>, fallback: T): Slot<T> {
  return { item: storage.defineItem<unknown>(key, { version: 1, fallback }), schema, fallback };
}

export const readingsSlot = slot(
  `local:${STORAGE_KEYS.readings}`,
  readingsStateSchema,
  EMPTY_READINGS,
);
export const factsSlot = slot<Facts>(`local:${STORAGE_KEYS.facts}`, factsSchema, {});
export const settingsSlot = slot(
  `local:${STORAGE_KEYS.settings}`,
  settingsSchema,
  DEFAULT_SETTINGS,
);
export const assessmentSlot = slot<StoredAssessment | null>(
  `local:${STORAGE_KEYS.assessment}`,
  z.nullable(storedAssessmentSchema),
  null,
);
export const roundsSlot = slot<RoundsCache>(`local:${STORAGE_KEYS.rounds}`, roundsCacheSchema, {
  rounds: [],
  fetchedAt: null,
  lastError: null,
});

async function load<T>(slot: Slot<T>): Promise<T> {
  const raw = await slot.item.getValue();
  const parsed = slot.schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // Keep what could not be read aside (nothing the user entered is thrown away), then start clean.
  console.warn(`ITA Ready: stored ${slot.item.key} was unreadable; kept aside and reset.`);
  await storage.setItem(`local:unreadable:${slot.item.key.replace(/^local:/, '')}`, raw);
  await slot.item.setValue(slot.fallback);
  return slot.fallback;
}

/**
 * The options form as typed (lib/forms FormDraft), so text that does not parse yet survives a
 * reload and shows in every options page. Not a Slot: an unreadable draft is not set aside but
 * replaced by the form built from the facts (utils/storage's facts are the saved truth).
 */
export const draftItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.draft}`, {
  version: 1,
  fallback: null,
});

/** The stored draft, or null when there is none or it is unreadable (then the facts are shown). */
export async function loadDraft(): Promise<FormDraft | null> {
  return parseDraft(await draftItem.getValue());
}
export const saveDraft = (draft: FormDraft): Promise<void> => draftItem.setValue(draft);
/** Calls back with the stored draft each time a page writes it (null: deleted or unreadable). */
export function watchDraft(callback: (draft: FormDraft | null) => void): () => void {
  return draftItem.watch((value) => callback(parseDraft(value)));
}

export const loadReadings = (): Promise<ReadingsState> => load(readingsSlot);
export const saveReadings = (state: ReadingsState): Promise<void> =>
  readingsSlot.item.setValue(state);
export const loadFacts = (): Promise<Facts> => load(factsSlot);
export const saveFacts = (facts: Facts): Promise<void> => factsSlot.item.setValue(facts);
export const loadAssessment = (): Promise<StoredAssessment | null> => load(assessmentSlot);
export const saveAssessment = (value: StoredAssessment | null): Promise<void> =>
  assessmentSlot.item.setValue(value);
export const loadRoundsCache = (): Promise<RoundsCache> => load(roundsSlot);
export const saveRoundsCache = (value: RoundsCache): Promise<void> =>
  roundsSlot.item.setValue(value);
export const loadSettings = (): Promise<Settings> => load(settingsSlot);
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await settingsSlot.item.setValue(next);
  return next;
}

/** Calls back whenever the readings, facts, settings or assessment change (any page or the worker). */
export function watchAll(callback: () => void): () => void {
  const slots = [readingsSlot, factsSlot, settingsSlot, assessmentSlot, roundsSlot];
  const stops = slots.map((s) => s.item.watch(() => callback()));
  return () => stops.forEach((stop) => stop());
}

export async function exportAll(now: Date): Promise<ExportFile> {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    facts: await loadFacts(),
    settings: await loadSettings(),
    readings: await loadReadings(),
  };
}

/** All or nothing: a file that does not parse changes nothing and says why. */
export async function importAll(
  json: unknown,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const parsed = parseExportFile(json);
  if (!parsed.ok) return parsed;
  await storage.setItems([
    { item: factsSlot.item, value: parsed.file.facts },
    { item: settingsSlot.item, value: parsed.file.settings },
    { item: readingsSlot.item, value: parsed.file.readings },
  ]);
  return { ok: true };
}

/** "Delete all my data": everything ITA Ready keeps, gone. */
export async function deleteAll(): Promise<void> {
  await storage.clear('local');
}
