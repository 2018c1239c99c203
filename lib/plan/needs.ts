// Which facts a row needs before the planner may re-score it, and the list of what waits on each
// missing fact. A row re-scored from a placeholder would be a made-up number, so a what-if whose
// rows lack a fact is left out and the fact is named instead.
import type { FactPath, Facts } from '../facts';
import type { CrsRowKey } from '../reader/types';
import { rowFacts } from '../rules/corrected-crs';
import { isEntered } from './engine';
import type { ChangeId, ClaimId, PlanNeed } from './types';

/**
 * The facts that fully determine a row: those the corrected CRS asks for before it replaces IRCC's
 * number, and the date of birth for age, which the planner re-scores on later days (the corrected
 * CRS keeps the age of the invitation).
 */
function rowNeeds(row: CrsRowKey, facts: Facts): FactPath[] {
  return row === 'age' ? ['dateOfBirth'] : rowFacts(row, facts);
}

/** The facts `rows` need that `facts` does not have, each once, in the order first met. */
export function missingFor(facts: Facts, rows: readonly CrsRowKey[]): FactPath[] {
  const missing: FactPath[] = [];
  for (const row of rows) {
    for (const fact of rowNeeds(row, facts)) {
      if (!isEntered(facts, fact) && !missing.includes(fact)) missing.push(fact);
    }
  }
  return missing;
}

export type Waiting =
  { kind: 'stake'; id: ClaimId } | { kind: 'gain'; id: ChangeId } | { kind: 'ifDeclined' };

/** Collects each missing fact once with everything that waits on it. */
export class Needs {
  private readonly byFact = new Map<FactPath, PlanNeed>();

  add(facts: readonly FactPath[], waiting: Waiting): void {
    for (const fact of facts) {
      const need = this.byFact.get(fact) ?? { fact, stakes: [], gains: [], ifDeclined: false };
      if (waiting.kind === 'stake' && !need.stakes.includes(waiting.id))
        need.stakes.push(waiting.id);
      if (waiting.kind === 'gain' && !need.gains.includes(waiting.id)) need.gains.push(waiting.id);
      if (waiting.kind === 'ifDeclined') need.ifDeclined = true;
      this.byFact.set(fact, need);
    }
  }

  list(): PlanNeed[] {
    return [...this.byFact.values()];
  }
}
