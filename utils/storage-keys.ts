// The storage.local keys, in one place: utils/storage.ts defines its items with them, and the
// in-page guard reads two of them with the plain API (no zod or WXT storage there). Which part of
// the extension writes each one: docs/architecture.md, "Storage".
export const STORAGE_KEYS = {
  readings: 'readings',
  facts: 'facts',
  settings: 'settings',
  assessment: 'assessment',
  rounds: 'rounds',
  draft: 'facts-draft',
  setAside: 'set-aside',
} as const;

export type StorageKey = keyof typeof STORAGE_KEYS;
