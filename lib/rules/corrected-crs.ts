// The corrected CRS: start from IRCC's own breakdown as read and replace
// only the rows the user's facts fully determine, re-scored by the CRS engine under the grid in
// force on the ITA date. Age is never replaced: it is fixed at the ITA (A25.2 public policy).
import { SECTION_ROWS, gridFor, score, sectionsFor, totalOf, type CrsProfile } from '../crs';
import { isEntered, type FactPath, type Facts } from '../facts';
import { CRS_ROW_KEYS, type CrsRowKey, type Reading } from '../reader/types';
import { crsYears } from '../work';
import { levelsOf, testsInForce } from './language-levels';
import type { PageField, RuleInput } from './types';

/** A spouse row: decided by whether a spouse comes along, and then by the spouse's own fact. */
const spouseFact =
  (fact: FactPath) =>
  (f: Facts): FactPath[] =>
    f.family?.spouse === 'accompanying' ? ['family.spouse', fact] : ['family.spouse'];

/** The facts each row needs before the facts may replace IRCC's number. */
const ROW_FACTS: Partial<Record<CrsRowKey, (facts: Facts) => FactPath[]>> = {
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
  provincialNomination: () => ['nomination'],
};

/** The facts that decide `row`, none for a row the facts never replace (age, arranged employment). */
export function rowFacts(row: CrsRowKey, facts: Facts): FactPath[] {
  return ROW_FACTS[row]?.(facts) ?? [];
}

/** Profile built from the facts; placeholders stand in for absent facts (their rows are not used). */
export function profileFromFacts(
  facts: Facts,
  itaDate: string,
  submission: string,
  firstLanguage: 'english' | 'french',
): CrsProfile | null {
  const inForce = testsInForce(facts.languageTests ?? [], itaDate);
  const english = levelsOf(inForce.english);
  const french = levelsOf(inForce.french);
  const zero = { reading: 0, writing: 0, listening: 0, speaking: 0 };
  const work = facts.work ?? [];
  // Claims must hold at the ITA and when the application is received (IRPA s.11.2): the lower.
  const atIta = crsYears(work, itaDate);
  const atSubmission = crsYears(work, submission);
  const spouseTest = levelsOf(facts.spouseLanguageTest ?? undefined);
  return {
    age: 30,
    education: facts.education?.level ?? 'secondary',
    firstOfficialLanguage: firstLanguage,
    english: english ?? (firstLanguage === 'english' ? zero : undefined),
    french: french ?? (firstLanguage === 'french' ? zero : undefined),
    canadianWorkYears: Math.min(atIta.canadian, atSubmission.canadian),
    foreignWorkYears: Math.min(atIta.foreign, atSubmission.foreign),
    certificateOfQualification: facts.certificateOfQualification ?? false,
    siblingInCanada: facts.siblingInCanada ?? false,
    canadianEducation: facts.education?.canadian ?? 'none',
    provincialNomination: facts.nomination === 'active',
    arrangedEmployment: 'none',
    spouse:
      facts.family?.spouse === 'accompanying'
        ? {
            education: facts.spouseEducation ?? 'secondary',
            ...(spouseTest ? { firstLanguage: spouseTest } : {}),
            canadianWorkYears: facts.spouseCanadianWorkYears ?? 0,
          }
        : null,
  };
}

/**
 * Rows the facts determine, scored at the ITA date. The first official language is the candidate's
 * declaration, which the facts do not hold: we take the order that scores higher (what a candidate
 * would declare), and breakdown-mismatch shows any difference from IRCC's rows.
 */
export function rowsFromFacts(
  facts: Facts,
  itaDate: string,
  submission: string,
): Partial<Record<CrsRowKey, number>> {
  let best: Record<CrsRowKey, number> | null = null;
  let bestTotal = -1;
  for (const first of ['english', 'french'] as const) {
    const profile = profileFromFacts(facts, itaDate, submission, first);
    if (!profile || profile[first] === undefined) continue;
    const result = score(profile, itaDate);
    if (result.total > bestTotal) [best, bestTotal] = [result.rows, result.total];
  }
  if (!best) return {};
  const rows: Partial<Record<CrsRowKey, number>> = {};
  for (const key of CRS_ROW_KEYS) {
    const needs = ROW_FACTS[key]?.(facts);
    if (needs && needs.every((path) => isEntered(facts, path))) rows[key] = best[key];
  }
  return rows;
}

export function correctCrs(
  reading: Reading,
  facts: Facts,
  itaDate: string | null,
  submission: string,
): RuleInput['corrected'] {
  const ircc = reading.crs.rows;
  let fromFacts: Partial<Record<CrsRowKey, number>> = {};
  let grid = null;
  if (itaDate) {
    try {
      grid = gridFor(itaDate);
      fromFacts = rowsFromFacts(facts, itaDate, submission);
    } catch {
      // A date before the oldest grid the engine knows: nothing is re-scored.
      grid = null;
      fromFacts = {};
    }
  }
  const rows: Partial<Record<CrsRowKey, number>> = { ...ircc };
  const changed: CrsRowKey[] = [];
  for (const key of CRS_ROW_KEYS) {
    const value = fromFacts[key];
    if (value === undefined) continue;
    if (ircc[key] !== value) changed.push(key);
    rows[key] = value;
  }
  const spouse = facts.family?.spouse;
  const irccSpouse = SECTION_ROWS.spouse.reduce((sum, key) => sum + (ircc[key] ?? 0), 0);
  const withSpouse =
    spouse !== undefined ? spouse === 'accompanying' : irccSpouse > 0 ? true : null;
  let total: number | null = reading.crs.total;
  const unknownFor: { facts: FactPath[]; page: PageField[] } = { facts: [], page: [] };
  if (total === null) unknownFor.page.push('crs.total');
  if (changed.length > 0) {
    const absent = CRS_ROW_KEYS.filter((k) => ircc[k] === undefined);
    if (!grid || total === null || absent.length > 0 || withSpouse === null) {
      total = null;
      unknownFor.page.push(...absent.map((k) => `crs.rows.${k}`));
      if (withSpouse === null) unknownFor.facts.push('family.spouse');
    } else {
      // IRCC's total plus the capped difference, so rows the facts do not touch keep IRCC's weight.
      const sumOf = (r: Partial<Record<CrsRowKey, number>>, spouseScored: boolean): number =>
        totalOf(sectionsFor(r, grid, spouseScored));
      total = total - sumOf(ircc, irccSpouse > 0) + sumOf(rows, withSpouse);
    }
  }
  return { total, rows, changed, fromFacts, withSpouse, unknownFor };
}
