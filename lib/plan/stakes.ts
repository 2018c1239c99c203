// Stakes: for each claim the corrected score rests on, the score with that claim one level lower.
// Lowering a claim never raises a row, so a claim whose rows hold no points is not at stake, and
// only the rows that hold points need their facts.
import { EDUCATION_LEVELS, gridFor, type CrsProfile } from '../crs';
import type { Facts } from '../facts';
import { languageOf } from '../language';
import type { CrsRowKey } from '../reader/types';
import type { PlanContext } from './context';
import { lowerLowest, lowestOf } from './levels';
import { missingFor } from './needs';
import { rescore, withRows } from './rescore';
import {
  CLAIM_IDS,
  type ClaimId,
  type OfficialLanguage,
  type PlainValue,
  type Stake,
} from './types';

interface Lowered {
  now: PlainValue;
  lower: PlainValue;
  profile: CrsProfile;
  language?: OfficialLanguage;
}

/** A claim re-scored through the profile: its rows interact (skill transferability). */
interface ProfileClaim {
  claim: ClaimId;
  rows: readonly CrsRowKey[];
  /** The profile with the claim one level lower; null when the claim is not held. */
  lower(profile: CrsProfile, facts: Facts): Lowered | null;
}

const fewerYears = (years: number, apply: (lower: number) => CrsProfile) =>
  years > 0 ? { now: years, lower: years - 1, profile: apply(years - 1) } : null;

const levelBelow = (level: (typeof EDUCATION_LEVELS)[number]) => {
  const index = EDUCATION_LEVELS.indexOf(level);
  return index > 0 ? (EDUCATION_LEVELS[index - 1] ?? null) : null;
};

const other = (language: OfficialLanguage): OfficialLanguage =>
  language === 'english' ? 'french' : 'english';

function lowerLanguage(p: CrsProfile, language: OfficialLanguage): Lowered | null {
  const levels = p[language];
  if (levels === undefined || lowestOf(levels) <= 0) return null;
  const lowest = lowestOf(levels);
  return {
    now: lowest,
    lower: lowest - 1,
    profile: { ...p, [language]: lowerLowest(levels) },
    language,
  };
}

const TRANSFER: readonly CrsRowKey[] = [
  'transferEducation',
  'transferForeignWork',
  'transferCertificate',
];

const PROFILE_CLAIMS: readonly ProfileClaim[] = [
  {
    claim: 'canadian-work',
    rows: ['canadianWork', 'transferEducation', 'transferForeignWork'],
    lower: (p) => fewerYears(p.canadianWorkYears, (y) => ({ ...p, canadianWorkYears: y })),
  },
  {
    claim: 'foreign-work',
    rows: ['transferForeignWork'],
    lower: (p) => fewerYears(p.foreignWorkYears, (y) => ({ ...p, foreignWorkYears: y })),
  },
  {
    claim: 'education',
    rows: ['education', 'transferEducation'],
    lower: (p) => {
      const below = levelBelow(p.education);
      return below && { now: p.education, lower: below, profile: { ...p, education: below } };
    },
  },
  {
    claim: 'first-language',
    rows: ['firstLanguage', ...TRANSFER, 'frenchBonus'],
    lower: (p) => lowerLanguage(p, p.firstOfficialLanguage),
  },
  {
    claim: 'second-language',
    rows: ['secondLanguage', 'frenchBonus'],
    lower: (p) => lowerLanguage(p, other(p.firstOfficialLanguage)),
  },
  {
    claim: 'spouse-education',
    rows: ['spouseEducation'],
    lower: (p) => {
      const spouse = p.spouse;
      const below = spouse && levelBelow(spouse.education);
      return spouse && below
        ? {
            now: spouse.education,
            lower: below,
            profile: { ...p, spouse: { ...spouse, education: below } },
          }
        : null;
    },
  },
  {
    claim: 'spouse-language',
    rows: ['spouseLanguage'],
    lower: (p, facts) => {
      const spouse = p.spouse;
      const levels = spouse?.firstLanguage;
      const test = facts.spouseLanguageTest;
      if (!spouse || !levels || !test || lowestOf(levels) <= 0) return null;
      return {
        now: lowestOf(levels),
        lower: lowestOf(levels) - 1,
        profile: { ...p, spouse: { ...spouse, firstLanguage: lowerLowest(levels) } },
        language: languageOf(test.test),
      };
    },
  },
  {
    claim: 'spouse-canadian-work',
    rows: ['spouseCanadianWork'],
    lower: (p) => {
      const spouse = p.spouse;
      return spouse
        ? fewerYears(spouse.canadianWorkYears, (y) => ({
            ...p,
            spouse: { ...spouse, canadianWorkYears: y },
          }))
        : null;
    },
  },
];

/** A claim that is one row of its own: not holding it scores that row 0 in every grid. */
interface RowClaim {
  claim: ClaimId;
  row: CrsRowKey;
  now(context: PlanContext): PlainValue;
  lower: PlainValue;
}

/**
 * The Canadian education level the row's points stand for in the invitation's grid (15 or 30
 * points name one level each); the facts' level if the page's number is none of the grid's.
 */
function canadianEducationNow({ base, itaDate, facts }: PlanContext): PlainValue {
  const table = gridFor(itaDate).additional.canadianEducation;
  const level = Object.entries(table).find(([, points]) => points === base.rows.canadianEducation);
  return level?.[0] ?? facts.education?.canadian ?? true;
}

const ROW_CLAIMS: readonly RowClaim[] = [
  { claim: 'certificate', row: 'transferCertificate', now: () => true, lower: false },
  { claim: 'french', row: 'frenchBonus', now: () => true, lower: false },
  { claim: 'sibling', row: 'sibling', now: () => true, lower: false },
  {
    claim: 'canadian-education',
    row: 'canadianEducation',
    now: canadianEducationNow,
    lower: 'none',
  },
  { claim: 'nomination', row: 'provincialNomination', now: () => true, lower: false },
];

function stake(
  context: PlanContext,
  claim: ClaimId,
  scoreIfLower: number,
  lowered: Omit<Lowered, 'profile'>,
): Stake {
  const { cutoff } = context;
  return {
    claim,
    now: lowered.now,
    lower: lowered.lower,
    scoreIfLower,
    belowCutoff: cutoff === null ? null : scoreIfLower < cutoff,
    ...(lowered.language ? { language: lowered.language } : {}),
  };
}

function profileStake(context: PlanContext, entry: ProfileClaim): Stake | null {
  const { base, facts, profile, itaDate, needs } = context;
  const withPoints = entry.rows.filter((row) => base.rows[row] > 0);
  if (withPoints.length === 0) return null;
  const missing = missingFor(facts, withPoints);
  if (missing.length > 0) {
    needs.add(missing, { kind: 'stake', id: entry.claim });
    return null;
  }
  const lowered = entry.lower(profile, facts);
  if (!lowered) return null;
  const { total } = rescore(base, profile, lowered.profile, itaDate);
  return stake(context, entry.claim, total, lowered);
}

function rowStake(context: PlanContext, entry: RowClaim): Stake | null {
  if (context.base.rows[entry.row] <= 0) return null;
  const { total } = withRows(context.base, { [entry.row]: 0 }, context.itaDate);
  return stake(context, entry.claim, total, { now: entry.now(context), lower: entry.lower });
}

/** Every claim at stake: those whose loss sinks the invitation first, then by points lost. */
export function stakesOf(context: PlanContext): Stake[] {
  const stakes = [
    ...PROFILE_CLAIMS.map((entry) => profileStake(context, entry)),
    ...ROW_CLAIMS.map((entry) => rowStake(context, entry)),
  ].filter((s): s is Stake => s !== null);
  const order = (s: Stake) => CLAIM_IDS.indexOf(s.claim);
  return stakes.sort(
    (a, b) =>
      Number(b.belowCutoff === true) - Number(a.belowCutoff === true) ||
      a.scoreIfLower - b.scoreIfLower ||
      order(a) - order(b),
  );
}
