// Gains: changes that raise the corrected score, each with the points, the new score and the
// earliest day it can happen. A change scores under the grid in force on that day (today when the
// day depends on the user). Raising a factor can lift a row from 0, so every row a change can move
// needs its facts.
import { gridFor, type CrsProfile } from '../crs';
import type { WorkPeriod } from '../facts';
import { languageOf, type ClbLevels } from '../language';
import type { CrsRowKey } from '../reader/types';
import { countsForCanadian, countsForForeign } from '../work';
import type { PlanContext } from './context';
import { lowestOf, NO_LEVELS, raiseTo, TOP_LEVEL } from './levels';
import { missingFor } from './needs';
import { rescore, withRows, type Rescored } from './rescore';
import {
  CHANGE_IDS,
  type ChangeId,
  type Gain,
  type GainReason,
  type OfficialLanguage,
  type PlainValue,
} from './types';
import { dayReaching } from './work-ahead';

const TRANSFER: readonly CrsRowKey[] = [
  'transferEducation',
  'transferForeignWork',
  'transferCertificate',
];

/** One way to make the change, the smallest first. */
interface Step {
  to: PlainValue;
  profile: CrsProfile;
  earliest: string | null;
  reason?: GainReason;
  language?: OfficialLanguage;
}

function gainOf(context: PlanContext, change: ChangeId, step: Step, result: Rescored): Gain | null {
  const gain = result.total - context.base.total;
  if (gain <= 0) return null;
  return {
    change,
    gain,
    score: result.total,
    earliest: step.earliest,
    ...(step.reason ? { reason: step.reason } : {}),
    to: step.to,
    ...(step.language ? { language: step.language } : {}),
  };
}

/** The first step that adds points, once the rows it can move have their facts. */
function firstGain(
  context: PlanContext,
  change: ChangeId,
  rows: readonly CrsRowKey[],
  steps: () => Step[],
): Gain | null {
  const missing = missingFor(context.facts, rows);
  if (missing.length > 0) {
    context.needs.add(missing, { kind: 'gain', id: change });
    return null;
  }
  for (const step of steps()) {
    const on = step.earliest ?? context.today;
    const gain = gainOf(
      context,
      change,
      step,
      rescore(context.base, context.profile, step.profile, on),
    );
    if (gain) return gain;
  }
  return null;
}

/**
 * The next whole years of work the CRS will count, up to `limit` more, each on the day the ongoing
 * jobs reach it at their current hours; a year no job is heading for is no gain.
 */
function workSteps(
  context: PlanContext,
  accept: (period: WorkPeriod) => boolean,
  years: number,
  limit: number,
  apply: (years: number) => CrsProfile,
): Step[] {
  const steps: Step[] = [];
  for (let to = years + 1; to <= years + limit; to++) {
    const earliest = dayReaching(context.facts.work ?? [], accept, to, context.today);
    if (earliest !== null) steps.push({ to, profile: apply(to), earliest });
  }
  return steps;
}

/** Every ability up to the next level that adds points, one level at a time up to CLB 10. */
function levelSteps(
  levels: ClbLevels,
  apply: (levels: ClbLevels) => CrsProfile,
  language: OfficialLanguage | undefined,
): Step[] {
  const steps: Step[] = [];
  for (let to = lowestOf(levels) + 1; to <= TOP_LEVEL; to++) {
    steps.push({
      to,
      profile: apply(raiseTo(levels, to)),
      earliest: null,
      reason: 'test',
      ...(language ? { language } : {}),
    });
  }
  return steps;
}

const languageRows = (first: boolean): readonly CrsRowKey[] =>
  first ? ['firstLanguage', ...TRANSFER, 'frenchBonus'] : ['secondLanguage', 'frenchBonus'];

function canadianWork(context: PlanContext): Gain | null {
  const p = context.profile;
  return firstGain(
    context,
    'canadian-work-next-year',
    ['canadianWork', 'transferEducation', 'transferForeignWork'],
    () =>
      workSteps(context, countsForCanadian, p.canadianWorkYears, 1, (y) => ({
        ...p,
        canadianWorkYears: y,
      })),
  );
}

// Foreign work scores in bands (1–2 years, 3 or more): the next year that adds points may be the
// second one up.
function foreignWork(context: PlanContext): Gain | null {
  const p = context.profile;
  return firstGain(context, 'foreign-work-next-year', ['transferForeignWork'], () =>
    workSteps(context, countsForForeign, p.foreignWorkYears, 3, (y) => ({
      ...p,
      foreignWorkYears: y,
    })),
  );
}

function retake(context: PlanContext): Gain | null {
  const p = context.profile;
  const language = p.firstOfficialLanguage;
  return firstGain(context, 'first-language-retake', languageRows(true), () =>
    levelSteps(p[language] ?? NO_LEVELS, (levels) => ({ ...p, [language]: levels }), language),
  );
}

function frenchTest(context: PlanContext): Gain | null {
  if (context.base.rows.frenchBonus > 0) return null;
  const p = context.profile;
  const { minNclc } = gridFor(context.today).additional.frenchBonus;
  return firstGain(
    context,
    'french-test',
    languageRows(p.firstOfficialLanguage === 'french'),
    () => [
      {
        to: minNclc,
        profile: { ...p, french: raiseTo(p.french ?? NO_LEVELS, minNclc) },
        earliest: null,
        reason: 'test',
        language: 'french',
      },
    ],
  );
}

function spouseTest(context: PlanContext): Gain | null {
  const status = context.facts.family?.spouse;
  if (status !== undefined && status !== 'accompanying') return null;
  const test = context.facts.spouseLanguageTest;
  const p = context.profile;
  return firstGain(context, 'spouse-language-test', ['spouseLanguage'], () => {
    const spouse = p.spouse;
    if (!spouse) return [];
    return levelSteps(
      spouse.firstLanguage ?? NO_LEVELS,
      (levels) => ({ ...p, spouse: { ...spouse, firstLanguage: levels } }),
      test ? languageOf(test.test) : undefined,
    );
  });
}

// "Two or more credentials, one of three years or more" is one step above a single three-year
// credential; from a shorter one a second credential does not reach it.
function secondCredential(context: PlanContext): Gain | null {
  const p = context.profile;
  return firstGain(context, 'second-credential', ['education', 'transferEducation'], () =>
    p.education === 'bachelorsOrThreeYear'
      ? [
          {
            to: 'twoOrMore',
            profile: { ...p, education: 'twoOrMore' },
            earliest: null,
            reason: 'eca',
          },
        ]
      : [],
  );
}

function nomination(context: PlanContext): Gain | null {
  if (context.base.rows.provincialNomination > 0) return null;
  const points = gridFor(context.today).additional.provincialNomination;
  const step: Step = { to: true, profile: context.profile, earliest: null, reason: 'nomination' };
  return gainOf(
    context,
    'nomination',
    step,
    withRows(context.base, { provincialNomination: points }, context.today),
  );
}

/** Every change that adds points: most points first, then the soonest. */
export function gainsOf(context: PlanContext): Gain[] {
  const gains = [
    canadianWork,
    foreignWork,
    retake,
    frenchTest,
    spouseTest,
    secondCredential,
    nomination,
  ]
    .map((make) => make(context))
    .filter((g): g is Gain => g !== null);
  // A dated gain before one that waits on the user, then the sooner date.
  const soonest = (a: Gain, b: Gain) =>
    a.earliest === null || b.earliest === null
      ? Number(a.earliest === null) - Number(b.earliest === null)
      : a.earliest.localeCompare(b.earliest);
  return gains.sort(
    (a, b) =>
      b.gain - a.gain ||
      soonest(a, b) ||
      CHANGE_IDS.indexOf(a.change) - CHANGE_IDS.indexOf(b.change),
  );
}
