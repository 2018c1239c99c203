// If declined: the profile goes back to the pool, where it is scored again on each day. Age is fixed
// only for an open invitation ("If you've been invited to apply, enter your age on the date you
// were invited": https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score.html),
// so a birthday since the invitation counts; work counts to that day; a language result two or more
// years old counts nothing (Ministerial Instructions 2017-1, s.3(4):
// https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/amending-express-entry-system-2017.html);
// job offer points follow the grid of that day. Beside the score, the cut-offs of the last rounds
// the profile could be invited in again.
import { gridFor, rowsFor, type CrsProfile } from '../crs';
import { wholeYearsBetween } from '../dates';
import type { Facts } from '../facts';
import { languageOf } from '../language';
import { CRS_ROW_KEYS, type CrsRowKey, type Program } from '../reader/types';
import { categoryOf, roundInvites, type Round } from '../rounds';
import type { PlanContext } from './context';
import { languageExpiry, scoredProfile, testsInForce, validOn } from './engine';
import { missingFor } from './needs';
import { touched, withRows, type Rows } from './rescore';
import type { ExpiredResult, IfDeclined, RecentCutoff } from './types';

/** How many past rounds are shown beside the score. */
export const RECENT_ROUNDS = 6;

/** The rows that can move while the profile waits in the pool. */
const MOVING: readonly CrsRowKey[] = [
  'age',
  'firstLanguage',
  'secondLanguage',
  'canadianWork',
  'transferEducation',
  'transferForeignWork',
  'transferCertificate',
  'frenchBonus',
  'spouseLanguage',
];

/** The round the candidate was invited in, or what the facts say of it. */
export interface RoundKind {
  round: Pick<Round, 'name'> | null;
  category: string | null | undefined;
  program: Program | null;
}

/** The last rounds of the same category (or, for a program round, that invite the same program). */
export function recentCutoffs(
  rounds: readonly Round[],
  kind: RoundKind,
  on: string,
): RecentCutoff[] {
  const category = kind.round ? categoryOf(kind.round.name) : (kind.category ?? null);
  const program = kind.program;
  const same = (r: Round) =>
    category !== null
      ? r.category === category
      : program !== null && r.category === null && roundInvites(r, program);
  return rounds
    .filter((r) => r.date <= on && same(r))
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, RECENT_ROUNDS)
    .map(({ date, name, cutoff }) => ({ date, name, cutoff }));
}

function expiredResults(facts: Facts, itaDate: string, on: string): ExpiredResult[] {
  const atIta = testsInForce(facts.languageTests ?? [], itaDate);
  const later = testsInForce(facts.languageTests ?? [], on);
  const out: ExpiredResult[] = [];
  for (const language of ['english', 'french'] as const) {
    const test = atIta[language];
    if (test && !later[language])
      out.push({ person: 'candidate', language, from: languageExpiry(test) });
  }
  const spouse = facts.spouseLanguageTest;
  if (spouse && validOn(spouse, itaDate) && !validOn(spouse, on))
    out.push({ person: 'spouse', language: languageOf(spouse.test), from: languageExpiry(spouse) });
  return out;
}

/** The profile on `on`: its age that day, work counted to that day, results valid that day. */
function profileOn(context: PlanContext, birth: string, on: string): CrsProfile {
  const { facts, profile } = context;
  const spouseTest = facts.spouseLanguageTest;
  const later = scoredProfile(facts, on, on);
  const first = profile.firstOfficialLanguage;
  const zeros = { reading: 0, writing: 0, listening: 0, speaking: 0 };
  const tests = testsInForce(facts.languageTests ?? [], on);
  const spouse = profile.spouse;
  const spouseLevels = spouseTest && validOn(spouseTest, on) ? spouse?.firstLanguage : undefined;
  return {
    ...profile,
    age: wholeYearsBetween(birth, on),
    // The declared first language stays; with no result that counts, it scores nothing.
    english: tests.english ? later.english : first === 'english' ? zeros : undefined,
    french: tests.french ? later.french : first === 'french' ? zeros : undefined,
    canadianWorkYears: later.canadianWorkYears,
    foreignWorkYears: later.foreignWorkYears,
    spouse:
      spouse === null
        ? null
        : {
            education: spouse.education,
            canadianWorkYears: spouse.canadianWorkYears,
            ...(spouseLevels ? { firstLanguage: spouseLevels } : {}),
          },
  };
}

export function ifDeclinedOf(
  context: PlanContext,
  rounds: readonly Round[],
  kind: RoundKind,
): IfDeclined {
  const { facts, today, itaDate, base, profile, needs } = context;
  const empty: IfDeclined = {
    score: null,
    on: today,
    recentCutoffs: recentCutoffs(rounds, kind, today),
    changed: [],
    expired: [],
  };
  const moving = MOVING.filter((row) => row !== 'spouseLanguage' || profile.spouse !== null);
  const missing = missingFor(facts, moving);
  const birth = facts.dateOfBirth;
  if (missing.length > 0 || birth === undefined) {
    needs.add(missing, { kind: 'ifDeclined' });
    return empty;
  }
  const before = rowsFor({ ...profile, age: wholeYearsBetween(birth, itaDate) }, gridFor(itaDate));
  const grid = gridFor(today);
  const after = rowsFor(profileOn(context, birth, today), grid);
  const next: Partial<Rows> = touched(before, after);
  // Job offers are not among the facts: their row keeps IRCC's number unless the grid of that day
  // no longer gives as much for any offer (no points since March 25, 2025).
  const offerMost = Math.max(...Object.values(grid.additional.arrangedEmployment));
  if (base.rows.arrangedEmployment > offerMost) next.arrangedEmployment = offerMost;
  const result = withRows(base, next, today);
  return {
    ...empty,
    score: result.total,
    changed: CRS_ROW_KEYS.flatMap((row) => {
      const to = next[row];
      return to === undefined || to === base.rows[row] ? [] : [{ row, from: base.rows[row], to }];
    }),
    expired: expiredResults(facts, itaDate, today),
  };
}
