// A marriage, separation or new child since the profile changes the spouse factors and the family
// size; IRCC's letter asks to re-calculate before deciding ("Changes to your personal situation").
import type { CrsRowKey } from '../reader/types';
import { SOURCES } from './sources';
import { finding, missingFact, text } from './text';
import type { Rule } from './types';

const SPOUSE_ROWS: readonly CrsRowKey[] = [
  'spouseEducation',
  'spouseLanguage',
  'spouseCanadianWork',
];

export const rule: Rule = {
  id: 'family-change',
  needs: ['family.spouse', 'family.changedSinceProfile'],
  evaluate({ facts, reading, corrected }) {
    if (facts.family?.spouse === undefined) {
      return [
        missingFact(
          'family-change',
          'family.spouse',
          text(
            'whether a spouse or partner comes with you changes how every factor is scored.',
            'la venue d’un conjoint change le calcul de chaque facteur.',
          ),
          SOURCES.crsCriteria,
        ),
      ];
    }
    const rescored = SPOUSE_ROWS.filter((k) => corrected.changed.includes(k));
    const irccSpouse = SPOUSE_ROWS.reduce((s, k) => s + (reading.crs.rows[k] ?? 0), 0);
    const scoredAsCouple = irccSpouse > 0;
    const nowCouple = facts.family.spouse === 'accompanying';
    const changed =
      facts.family.changedSinceProfile === true ||
      rescored.length > 0 ||
      (scoredAsCouple && !nowCouple);
    if (!changed) {
      if (facts.family.changedSinceProfile === undefined) {
        return [
          missingFact(
            'family-change',
            'family.changedSinceProfile',
            text(
              'say whether your marital status or dependants changed since the profile.',
              'indiquez si votre état matrimonial ou vos personnes à charge ont changé depuis le profil.',
            ),
            SOURCES.crsCriteria,
          ),
        ];
      }
      return [];
    }
    const rowsEn = rescored
      .map((k) => `${k} ${reading.crs.rows[k] ?? '?'} → ${corrected.rows[k] ?? '?'}`)
      .join(', ');
    return [
      finding(
        'family-change',
        'warning',
        text(
          'Your family situation changed since the profile',
          'Votre situation familiale a changé depuis le profil',
        ),
        text(
          `IRCC scored you ${scoredAsCouple ? 'with' : 'without'} an accompanying spouse; your facts say "${facts.family.spouse}". ${rowsEn ? `Spouse rows re-scored: ${rowsEn}.` : 'Spouse rows re-scored with your facts.'} Update the application and check the corrected score against the cut-off; family size also sets the funds needed.`,
          `IRCC vous a évalué ${scoredAsCouple ? 'avec' : 'sans'} conjoint qui vous accompagne ; vos renseignements indiquent « ${facts.family.spouse} ». ${rowsEn ? `Lignes du conjoint recalculées : ${rowsEn}.` : 'Lignes du conjoint recalculées avec vos renseignements.'} Mettez la demande à jour et comparez le score corrigé au seuil ; la taille de la famille fixe aussi les fonds exigés.`,
        ),
        SOURCES.crsCriteria,
        { fact: 'family' },
      ),
    ];
  },
};
