// The experience IRCC scored in whole years must be reached when counted in hours (1,560 h a year,
// 30 h/week cap, exact days). The Express Entry system counts months, so a candidate can be invited
// a few days short of a full year.
// https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
import { isEntered } from '../facts';
import type { CrsRowKey } from '../reader/types';
import { crsYears, wholeHours, HOURS_PER_YEAR } from '../work';
import { rowFacts } from './corrected-crs';
import { programShortfall } from './program-requirements-not-met';
import { fired, needs, needsInvitationDate, notApplicable, pass } from './result';
import { SOURCES } from './sources';
import { count, finding, join, num, text } from './text';
import type { Rule } from './types';
import { invitationDay, rowNames } from './words';

const WORK_ROWS: readonly CrsRowKey[] = [
  'canadianWork',
  'transferForeignWork',
  'transferEducation',
];

export const rule: Rule = {
  id: 'work-experience-short',
  name: text('Claimed work experience in hours', 'Expérience déclarée comptée en heures'),
  needs: ['work'],
  evaluate(input) {
    const { facts, reading, corrected, ita, cutoff } = input;
    const rows = reading.crs.rows;
    const claimed = WORK_ROWS.filter((k) => (rows[k] ?? 0) > 0);
    const unread = WORK_ROWS.filter((k) => rows[k] === undefined).map((k) => `crs.rows.${k}`);
    if (claimed.length === 0)
      return unread.length > 0 ? needs(facts.work ? [] : ['work'], unread) : notApplicable();
    if (!facts.work) return needs(['work']);
    if (ita === null) return needsInvitationDate(input);
    const unjudged = claimed.filter((k) => corrected.fromFacts[k] === undefined);
    const lower = claimed.filter((k) => {
      const fromFacts = corrected.fromFacts[k];
      return fromFacts !== undefined && fromFacts < (rows[k] ?? 0);
    });
    if (lower.length === 0) {
      if (unjudged.length === 0) return pass();
      const wanted = unjudged.flatMap((k) => rowFacts(k, facts));
      return needs(wanted.filter((path) => !isEntered(facts, path)));
    }
    const years = crsYears(facts.work, ita.date);
    const drops = join(
      lower.map((k) =>
        text(
          `${rowNames([k]).en}: ${num(rows[k] ?? 0).en} on the letter, ${num(corrected.fromFacts[k] ?? 0).en} from your work`,
          `${rowNames([k]).fr} : ${num(rows[k] ?? 0).fr} dans la lettre, ${num(corrected.fromFacts[k] ?? 0).fr} d’après votre travail`,
        ),
      ),
      text('; ', ' ; '),
    );
    const belowCutoff =
      cutoff.value !== null && corrected.total !== null && corrected.total < cutoff.value;
    const breaksEligibility = programShortfall(input) !== null;
    const when = invitationDay(ita);
    const canadian = count(wholeHours(years.canadianHours), 'hour');
    const foreign = count(wholeHours(years.foreignHours), 'hour');
    const canadianYears = count(years.canadian, 'fullYear');
    const foreignYears = count(years.foreign, 'fullYear');
    const consequence = belowCutoff
      ? text(
          ' With the corrected rows your score is below the cut-off.',
          ' Avec les lignes corrigées, votre score passe sous le seuil.',
        )
      : breaksEligibility
        ? text(
            ' The program’s minimum is not met either.',
            ' L’exigence minimale du programme n’est pas remplie non plus.',
          )
        : text(
            ' Correct the claim before applying: an inflated claim can be taken as misrepresentation.',
            ' Corrigez la déclaration avant de présenter la demande : une déclaration gonflée peut être considérée comme une fausse déclaration.',
          );
    return fired(
      finding(
        'work-experience-short',
        belowCutoff || breaksEligibility ? 'decline' : 'warning',
        text(
          'The work experience claimed is not reached in hours',
          'L’expérience de travail déclarée n’est pas atteinte en heures',
        ),
        text(
          `Counted on ${when.en}, over the last 10 years: ${canadian.en} in Canada (${canadianYears.en}) and ${foreign.en} abroad (${foreignYears.en}); a year is ${num(HOURS_PER_YEAR).en} hours. ${drops.en}.${consequence.en}`,
          `Compté au ${when.fr}, sur les 10 dernières années : ${canadian.fr} au Canada (${canadianYears.fr}) et ${foreign.fr} à l’étranger (${foreignYears.fr}) ; une année compte ${num(HOURS_PER_YEAR).fr} heures. ${drops.fr}.${consequence.fr}`,
        ),
        SOURCES.crsCriteria,
        { fact: 'work' },
      ),
    );
  },
};
