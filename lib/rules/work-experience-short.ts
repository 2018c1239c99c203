// The experience IRCC scored in whole years must be reached when counted in hours (1,560 h a year,
// 30 h/week cap, exact days). The Express Entry system counts months, so a candidate can be invited
// a few days short (readiness-facts.json "workExperienceCounting.CRS_years").
import type { CrsRowKey } from '../reader/types';
import { crsYears, wholeHours } from '../work';
import { rule as programRule } from './program-requirements-not-met';
import { SOURCES } from './sources';
import { finding, missingFact, num, text } from './text';
import type { Rule } from './types';

const WORK_ROWS: readonly CrsRowKey[] = [
  'canadianWork',
  'transferForeignWork',
  'transferEducation',
];

export const rule: Rule = {
  id: 'work-experience-short',
  needs: ['work'],
  evaluate(input) {
    const { facts, reading, corrected, itaDate, cutoff } = input;
    if (itaDate === null) return [];
    const lower = WORK_ROWS.filter((k) => {
      const ircc = reading.crs.rows[k];
      const fromFacts = corrected.fromFacts[k];
      return ircc !== undefined && fromFacts !== undefined && fromFacts < ircc;
    });
    if (!facts.work) {
      const claimed =
        (reading.crs.rows.canadianWork ?? 0) + (reading.crs.rows.transferForeignWork ?? 0);
      if (claimed === 0) return [];
      return [
        missingFact(
          'work-experience-short',
          'work',
          text(
            'IRCC counted work experience; list your periods so the hours can be checked.',
            'IRCC a compté de l’expérience de travail ; indiquez vos périodes pour vérifier les heures.',
          ),
          SOURCES.crsCriteria,
        ),
      ];
    }
    if (lower.length === 0) return [];
    const years = crsYears(facts.work, itaDate);
    const rowsEn = lower
      .map((k) => `${k} ${reading.crs.rows[k]} → ${corrected.fromFacts[k]}`)
      .join(', ');
    const belowCutoff =
      cutoff.value !== null && corrected.total !== null && corrected.total < cutoff.value;
    const breaksEligibility = programRule.evaluate(input).some((f) => f.severity === 'decline');
    return [
      finding(
        'work-experience-short',
        belowCutoff || breaksEligibility ? 'decline' : 'warning',
        text(
          'Work experience claimed is not reached in hours',
          'L’expérience déclarée n’est pas atteinte en heures',
        ),
        text(
          `Counted at ${itaDate}: ${num(wholeHours(years.canadianHours)).en} h Canadian (${years.canadian} full year(s)) and ${num(wholeHours(years.foreignHours)).en} h foreign (${years.foreign} full year(s)); 1 year = 1,560 h. Points from IRCC's breakdown that drop: ${rowsEn}.${belowCutoff ? ' This puts the score below the cut-off.' : ''}${breaksEligibility ? ' The program minimum is not met either.' : ' Correct the claim before applying: an inflated claim can be misrepresentation.'}`,
          `Compté au ${itaDate} : ${num(wholeHours(years.canadianHours)).fr} h au Canada (${years.canadian} année(s) complète(s)) et ${num(wholeHours(years.foreignHours)).fr} h à l’étranger (${years.foreign} année(s) complète(s)) ; 1 an = 1 560 h. Points du détail d’IRCC qui baissent : ${rowsEn}.${belowCutoff ? ' Le score passe sous le seuil.' : ''}${breaksEligibility ? ' L’exigence minimale du programme n’est pas remplie non plus.' : ' Corrigez la déclaration avant de présenter la demande : une déclaration gonflée peut constituer une fausse déclaration.'}`,
        ),
        SOURCES.crsCriteria,
        { fact: 'work' },
      ),
    ];
  },
};
