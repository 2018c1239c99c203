// Public face of the e-APR document checklist.
export { buildChecklist, type ChecklistInput } from './build';
export { itemKey, parseItemKey, type KeyParts } from './keys';
export {
  byPerson,
  nextAtRisk,
  pendingItems,
  progressOf,
  timingMatters,
  type PersonGroup,
  type Progress,
} from './progress';
export { CHECKLIST_SOURCES } from './sources';
export { NO_UPFRONT_MEDICAL_FROM } from './family';
export * from './types';
