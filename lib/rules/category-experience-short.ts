// Category-based rounds: the category's own requirement, checked against the bundled 2026 list of
// its NOC 2021 codes (lib/categories): for ITAs from 2026-02-18, 12 months (1,560 h) in ONE of the
// category's occupations within the 3 years before the ITA, not necessarily continuous (in Canada
// for physicians, senior managers and researchers); before, 6 continuous months in one occupation
// (that year's lists are not bundled: only the hours are checked). French: NCLC 7 in all four.
import {
  CATEGORIES_2026_FROM,
  CATEGORY_EXPERIENCE,
  CATEGORY_SOURCE,
  FRENCH_CATEGORY_NCLC,
  category2026,
  inCategory,
  type Category,
} from '../categories';
import type { WorkPeriod } from '../facts';
import {
  countHours,
  countsForFederal,
  reaches,
  wholeHours,
  windowBefore,
  type Window,
} from '../work';
import { levelsOf, testsInForce } from './language-levels';
import { fired, needs, needsInvitationDate, notApplicable, pass } from './result';
import { count, day, finding, join, list, num, text } from './text';
import type { Rule, RuleInput, RuleResult, Text } from './types';
import { categoryWords, nocWords, periodWords, roundWords } from './words';

/** The work-requirement finding's title, for the 2026 lists and the rounds before them alike. */
const TITLE = text(
  'The category’s work requirement is not met',
  'L’exigence d’expérience de la catégorie n’est pas remplie',
);

/** Why a work period does not count toward a category's experience. */
export type PeriodReason =
  | 'no-noc'
  | 'noc-not-in-category'
  | 'unpaid'
  | 'not-in-canada'
  | 'self-employed'
  | 'outside-window';

export type PeriodVerdict =
  { counts: true; hours: number } | { counts: false; reason: PeriodReason };

/** Whether one period counts toward the category's 12 months, and why not. */
export function periodVerdict(
  period: WorkPeriod,
  category: Category,
  window: Window,
): PeriodVerdict {
  if (period.noc === undefined) return { counts: false, reason: 'no-noc' };
  if (!inCategory(category, period.noc)) return { counts: false, reason: 'noc-not-in-category' };
  if (!period.paid) return { counts: false, reason: 'unpaid' };
  if (category.inCanadaOnly && period.country !== 'CA')
    return { counts: false, reason: 'not-in-canada' };
  if (category.inCanadaOnly && period.selfEmployed)
    return { counts: false, reason: 'self-employed' };
  const hours = countHours([period], window, () => true).hours;
  return hours > 0 ? { counts: true, hours } : { counts: false, reason: 'outside-window' };
}

function reasonWords(reason: PeriodReason, period: WorkPeriod, window: Window): Text {
  const noc = period.noc === undefined ? text('', '') : nocWords(period.noc);
  switch (reason) {
    case 'no-noc':
      return text('no NOC code entered', 'aucun code CNP saisi');
    case 'noc-not-in-category':
      return text(
        `${noc.en} is not one of the category’s occupations`,
        `le code ${noc.fr} ne fait pas partie des professions de la catégorie`,
      );
    case 'unpaid':
      return text('not paid', 'non rémunéré');
    case 'not-in-canada':
      return text('not in Canada', 'pas au Canada');
    case 'self-employed':
      return text('self-employed', 'travail autonome');
    case 'outside-window':
      return text(
        `outside the 3 years before the invitation (from ${day(window.from).en})`,
        `hors des 3 années avant l’invitation (depuis le ${day(window.from).fr})`,
      );
  }
}

/** The most hours in one occupation (one NOC code; a period without a code stands alone). */
export function bestOccupationHours(
  work: readonly WorkPeriod[],
  ref: string,
  accept: (p: WorkPeriod) => boolean,
  continuous: boolean,
): number {
  const window = windowBefore(ref, CATEGORY_EXPERIENCE.current.windowYears);
  const groups = new Map<string, WorkPeriod[]>();
  work.filter(accept).forEach((p, i) => {
    const key = p.noc ?? `#${i}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  });
  let best = 0;
  for (const group of groups.values()) {
    if (!continuous) best = Math.max(best, countHours(group, window, () => true).hours);
    else for (const p of group) best = Math.max(best, countHours([p], window, () => true).hours);
  }
  return best;
}

function roundName(input: RuleInput, slug: string): Text {
  const round = input.cutoff.round;
  if (round) {
    const words = roundWords(round);
    return text(words.en, `la ${words.fr}`);
  }
  const name = categoryWords(slug);
  return text(`your round (${name.en})`, `votre ronde (${name.fr})`);
}

function frenchLevel(input: RuleInput, itaDate: string, slug: string): RuleResult {
  const tests = input.facts.languageTests;
  if (!tests) return needs(['languageTests']);
  const french = levelsOf(testsInForce(tests, itaDate).french);
  const lowest = french
    ? Math.min(french.reading, french.writing, french.listening, french.speaking)
    : null;
  if (lowest !== null && lowest >= FRENCH_CATEGORY_NCLC) return pass();
  const round = roundName(input, slug);
  const yours =
    lowest === null
      ? text(
          'you have no French result valid on the invitation date',
          'vous n’avez aucun résultat en français valide à la date de l’invitation',
        )
      : text(
          `your lowest French ability on the invitation date is NCLC ${lowest}`,
          `votre plus faible compétence en français à la date de l’invitation est NCLC ${lowest}`,
        );
  return fired(
    finding(
      'category-experience-short',
      'decline',
      text(
        'The French-language category’s level is not met',
        'Le niveau exigé par la catégorie francophone n’est pas atteint',
      ),
      text(
        `You were invited in ${round.en}, which asks for NCLC ${FRENCH_CATEGORY_NCLC} or more in all four abilities; ${yours.en}.`,
        `Vous avez été invité dans ${round.fr}, qui exige NCLC ${FRENCH_CATEGORY_NCLC} ou plus dans les quatre compétences ; ${yours.fr}.`,
      ),
      CATEGORY_SOURCE,
      { fact: 'languageTests' },
    ),
  );
}

function occupations(input: RuleInput, itaDate: string, slug: string): RuleResult {
  const work = input.facts.work;
  if (!work) return needs(['work']);
  const listed = category2026(slug, itaDate);
  const current = itaDate >= CATEGORIES_2026_FROM;
  const rule = current ? CATEGORY_EXPERIENCE.current : CATEGORY_EXPERIENCE.before2026;
  const window = windowBefore(itaDate, rule.windowYears);
  const round = roundName(input, slug);
  if (listed === null) {
    // A round before the 2026 lists, or a category they do not hold: hours in one occupation only.
    const best = bestOccupationHours(work, itaDate, countsForFederal, rule.continuous);
    if (reaches(best, rule.hours)) return pass();
    return fired(
      finding(
        'category-experience-short',
        'decline',
        TITLE,
        text(
          `You were invited in ${round.en}, which asks for ${rule.continuous ? '6 continuous months' : '12 months'} (${count(rule.hours, 'hour').en}) of work in one of its occupations in the 3 years before the invitation. Your most in one occupation is ${count(wholeHours(best), 'hour').en} since ${day(window.from).en}.`,
          `Vous avez été invité dans ${round.fr}, qui exige ${rule.continuous ? '6 mois continus' : '12 mois'} (${count(rule.hours, 'hour').fr}) de travail dans une de ses professions dans les 3 années avant l’invitation. Votre maximum dans une même profession est de ${count(wholeHours(best), 'hour').fr} depuis le ${day(window.from).fr}.`,
        ),
        CATEGORY_SOURCE,
        { fact: 'work' },
      ),
    );
  }
  const verdicts = work.map((period) => ({
    period,
    verdict: periodVerdict(period, listed, window),
  }));
  const byNoc = new Map<string, WorkPeriod[]>();
  for (const { period, verdict } of verdicts) {
    if (!verdict.counts || period.noc === undefined) continue;
    byNoc.set(period.noc, [...(byNoc.get(period.noc) ?? []), period]);
  }
  let best: { noc: string; hours: number } | null = null;
  for (const [noc, periods] of byNoc) {
    const hours = countHours(periods, window, () => true).hours;
    if (best === null || hours > best.hours) best = { noc, hours };
  }
  if (best !== null && reaches(best.hours, rule.hours)) return pass();
  const inCanada = listed.inCanadaOnly ? text(' in Canada', ' au Canada') : text('', '');
  const counted = verdicts.flatMap(({ period, verdict }) =>
    verdict.counts
      ? [
          text(
            `${periodWords(period).en}: ${count(wholeHours(verdict.hours), 'hour').en}`,
            `${periodWords(period).fr} : ${count(wholeHours(verdict.hours), 'hour').fr}`,
          ),
        ]
      : [],
  );
  const notCounted = verdicts.flatMap(({ period, verdict }) =>
    verdict.counts
      ? []
      : [
          text(
            `${periodWords(period).en}: ${reasonWords(verdict.reason, period, window).en}`,
            `${periodWords(period).fr} : ${reasonWords(verdict.reason, period, window).fr}`,
          ),
        ],
  );
  const bestText =
    best === null
      ? text('None of your work counts.', 'Aucune de vos périodes de travail ne compte.')
      : text(
          `Your most in one occupation is ${count(wholeHours(best.hours), 'hour').en} as ${nocWords(best.noc).en}.`,
          `Votre maximum dans une même profession est de ${count(wholeHours(best.hours), 'hour').fr} en ${nocWords(best.noc).fr}.`,
        );
  const sep = text('; ', ' ; ');
  const countedText =
    counted.length > 0
      ? text(` Counted: ${join(counted, sep).en}.`, ` Comptées : ${join(counted, sep).fr}.`)
      : text('', '');
  const notCountedText =
    notCounted.length > 0
      ? text(
          ` Not counted: ${join(notCounted, sep).en}.`,
          ` Non comptées : ${join(notCounted, sep).fr}.`,
        )
      : text('', '');
  const codes = list((listed.noc ?? []).map(nocWords));
  return fired(
    finding(
      'category-experience-short',
      'decline',
      TITLE,
      text(
        `You were invited in ${round.en}, which asks for 12 months (${num(rule.hours).en} hours) of work${inCanada.en} in one of its occupations (${codes.en}) in the 3 years before the invitation, since ${day(window.from).en}. ${bestText.en}${countedText.en}${notCountedText.en}`,
        `Vous avez été invité dans ${round.fr}, qui exige 12 mois (${num(rule.hours).fr} heures) de travail${inCanada.fr} dans une de ses professions (${codes.fr}) dans les 3 années avant l’invitation, depuis le ${day(window.from).fr}. ${bestText.fr}${countedText.fr}${notCountedText.fr}`,
      ),
      CATEGORY_SOURCE,
      { fact: 'work' },
    ),
  );
}

export const rule: Rule = {
  id: 'category-experience-short',
  name: text('Category requirement', 'Exigence de la catégorie'),
  needs: ['work', 'round'],
  evaluate(input) {
    const { cutoff, facts, itaDate } = input;
    // The matched round says whether it was category-based; else the round the user entered does.
    let slug: string | null;
    if (cutoff.round) slug = cutoff.round.category;
    else if (facts.round) slug = facts.round.category ?? null;
    else return itaDate === null ? needsInvitationDate(input) : needs(['round']);
    if (slug === null) return notApplicable();
    // Skilled military recruits: the Canadian Armed Forces establish the service and the offer.
    if (slug === 'military') return notApplicable();
    if (itaDate === null) return needsInvitationDate(input);
    return slug === 'french'
      ? frenchLevel(input, itaDate, slug)
      : occupations(input, itaDate, slug);
  },
};
