// Versioned storage items. Every value is parsed when read: unreadable data is reported and replaced
// by the defaults, it never crashes the worker.
import { storage } from 'wxt/utils/storage';
import { EMPTY_READINGS, readingsStateSchema, type ReadingsState } from '@/lib/schema/state';

export const readingsItem = storage.defineItem<unknown>('local:readings', {
  version: 1,
  fallback: EMPTY_READINGS,
});

export async function loadReadings(): Promise<ReadingsState> {
  const raw = await readingsItem.getValue();
  const parsed = readingsStateSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn(
    'ITA Ready: stored readings were unreadable and were reset.',
    parsed.error.issues[0],
  );
  await readingsItem.setValue(EMPTY_READINGS);
  return EMPTY_READINGS;
}

export async function saveReadings(state: ReadingsState): Promise<void> {
  await readingsItem.setValue(state);
}
