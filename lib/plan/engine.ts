// What the planner takes from the rules engine, in one place: the profile the corrected CRS scores,
// which language results count on a day, and the planned submission day. Every what-if starts
// from the very profile the corrected rows came from, so a change re-scores like for like.
import { score, type CrsProfile } from '../crs';
import { isEntered, type Facts } from '../facts';
import { profileFromFacts } from '../rules/corrected-crs';
import { languageExpiry, testsInForce, validOn } from '../rules/language-levels';

export { isEntered, languageExpiry, testsInForce, validOn };

/** The day the application goes in: the planned day when it is still ahead, else today. */
export function submissionDay(facts: Facts, today: string): string {
  const planned = facts.plannedSubmission;
  return planned !== undefined && planned > today ? planned : today;
}

/**
 * The profile the corrected CRS scored: facts at the invitation (work counted to the lower of the
 * invitation and the submission), with the first official language the one that scores higher,
 * English on a tie, as the corrected CRS chooses it. Age and job offer are placeholders: no plan
 * changes them except `ifDeclined`, which sets the age from the date of birth.
 */
export function scoredProfile(facts: Facts, itaDate: string, submission: string): CrsProfile {
  let best: { profile: CrsProfile; total: number } | null = null;
  for (const first of ['english', 'french'] as const) {
    const profile = profileFromFacts(facts, itaDate, submission, first);
    if (!profile || profile[first] === undefined) continue;
    const total = score(profile, itaDate).total;
    if (best === null || total > best.total) best = { profile, total };
  }
  // profileFromFacts gives the first language zeros when no result counts: never absent.
  if (best === null) throw new RangeError('no profile could be built from the facts');
  return best.profile;
}
