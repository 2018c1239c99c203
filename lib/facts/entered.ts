// Whether the user entered a fact: every answer counts, an empty list included (no police certificate
// needed, no language test) and `null` included (no spouse test, a Canadian credential without an
// ECA). Only a field never answered is missing.
import type { FactPath, Facts } from './schema';

export function isEntered(facts: Facts, path: FactPath): boolean {
  let value: unknown = facts;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return false;
    value = Reflect.get(value, key);
  }
  return value !== undefined;
}
