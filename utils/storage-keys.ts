// The storage.local keys, in one place: utils/storage.ts defines its items with them, and the
// content script's guard reads two of them with the plain API (no zod or WXT storage there).
export const STORAGE_KEYS = {
  readings: 'readings',
  facts: 'facts',
  settings: 'settings',
  assessment: 'assessment',
  rounds: 'rounds',
  draft: 'facts-draft',
} as const;
