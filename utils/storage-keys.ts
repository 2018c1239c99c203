// The storage.local keys, in one place: utils/storage.ts defines its items with them, and the
// in-page guard reads some of them with the plain API (no zod or WXT storage there). Which part of
// the extension writes each one: docs/architecture.md, "Storage".
export const STORAGE_KEYS = {
  readings: 'readings',
  facts: 'facts',
  settings: 'settings',
  assessment: 'assessment',
  rounds: 'rounds',
  /** A failed rules run, shown instead of the verdict until the next good run (lib/schema/check-failure.ts). */
  checkFailure: 'checkFailure',
  /** The letter the user chose "Go on anyway" for in the in-page guard (lib/view/guard-state.ts). */
  guardRelease: 'guardRelease',
  draft: 'facts-draft',
  setAside: 'set-aside',
} as const;

export type StorageKey = keyof typeof STORAGE_KEYS;
