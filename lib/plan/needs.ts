// Which facts a row needs before the planner may re-score it, and the list of what waits on each
// missing fact. A row re-scored from a placeholder would be a made-up number, so a what-if whose
// rows lack a fact is left out and the fact is named instead.
import type { FactPath, Facts } from '../facts';
import type { CrsRowKey } from '../reader/types';
import { isEntered } from './engine';
import type { ChangeId, ClaimId, PlanNeed } from './types';

const spouseFact =
  (fact: FactPath) =>
  (f: Facts): FactPath[] =>
    f.family?.spouse === 'accompanying' ? ['family.spouse', fact] : ['family.spouse'];

/** The facts that fully determine each row (the same facts the corrected CRS asks for). */
const ROW_NEEDS: Record<CrsRowKey, (facts: Facts) => FactPath[]> = {
  age: () => ['dateOfBirth'],
  education: () => ['education.level', 'family.spouse'],
  firstLanguage: () => ['languageTests', 'family.spouse'],
  secondLanguage: () => ['languageTests', 'family.spouse'],
  canadianWork: () => ['work', 'family.spouse'],
  spouseEducation: spouseFact('spouseEducation'),
  spouseLanguage: spouseFact('spouseLanguageTest'),
  spouseCanadianWork: spouseFact('spouseCanadianWorkYears'),
  transferEducation: () => ['education.level', 'languageTests', 'work'],
  transferForeignWork: () => ['languageTests', 'work'],
  transferCertificate: () => ['certificateOfQualification', 'languageTests'],
  frenchBonus: () => ['languageTests'],
  sibling: () => ['siblingInCanada'],
  canadianEducation: () => ['education.canadian'],
  arrangedEmployment: () => [],
  provincialNomination: () => ['nomination'],
};

/** The facts `rows` need that `facts` does not have, each once, in the order first met. */
export function missingFor(facts: Facts, rows: readonly CrsRowKey[]): FactPath[] {
  const missing: FactPath[] = [];
  for (const row of rows) {
    for (const fact of ROW_NEEDS[row](facts)) {
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
