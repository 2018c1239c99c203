// A marriage, separation or new child since the profile changes the spouse factors and the family
// size; IRCC's letter asks to re-calculate before deciding ("Changes to your personal situation").
import { SPOUSE_WORDS } from '../facts';
import type { CrsRowKey } from '../reader/types';
import { fired, needs, pass } from './result';
import { SOURCES } from './sources';
import { finding, join, num, text } from './text';
import type { Rule } from './types';
import { rowNames } from './words';

const SPOUSE_ROWS: readonly CrsRowKey[] = [
  'spouseEducation',
  'spouseLanguage',
  'spouseCanadianWork',
];

export const rule: Rule = {
  id: 'family-change',
  name: text('Family situation since the profile', 'Situation familiale depuis le profil'),
  needs: ['family.spouse', 'family.changedSinceProfile'],
  evaluate({ facts, reading, corrected }) {
    const spouse = facts.family?.spouse;
    if (spouse === undefined) return needs(['family.spouse']);
    const rescored = SPOUSE_ROWS.filter((k) => corrected.changed.includes(k));
    const irccSpouse = SPOUSE_ROWS.reduce((s, k) => s + (reading.crs.rows[k] ?? 0), 0);
    const scoredAsCouple = irccSpouse > 0;
    const nowCouple = spouse === 'accompanying';
    const changed =
      facts.family?.changedSinceProfile === true ||
      rescored.length > 0 ||
      (scoredAsCouple && !nowCouple);
    if (!changed) {
      return facts.family?.changedSinceProfile === undefined
        ? needs(['family.changedSinceProfile'])
        : pass();
    }
    const rows = join(
      rescored.map((k) =>
        text(
          `${rowNames([k]).en} ${num(reading.crs.rows[k] ?? 0).en} → ${num(corrected.rows[k] ?? 0).en}`,
          `${rowNames([k]).fr} ${num(reading.crs.rows[k] ?? 0).fr} → ${num(corrected.rows[k] ?? 0).fr}`,
        ),
      ),
      text(', ', ', '),
    );
    const words = SPOUSE_WORDS[spouse];
    const rescoredText =
      rescored.length > 0
        ? text(
            ` Spouse rows re-scored: ${rows.en}.`,
            ` Lignes du conjoint recalculées : ${rows.fr}.`,
          )
        : text('', '');
    return fired(
      finding(
        'family-change',
        'warning',
        text(
          'Your family situation changed since the profile',
          'Votre situation familiale a changé depuis le profil',
        ),
        text(
          `IRCC scored you ${scoredAsCouple ? 'with' : 'without'} a spouse or partner who comes with you; your facts say ${words.en}.${rescoredText.en} Update the application and compare the corrected score with the cut-off; the family size also sets the funds you must show.`,
          `IRCC vous a évalué ${scoredAsCouple ? 'avec' : 'sans'} époux ou conjoint de fait qui vous accompagne ; vos renseignements indiquent ${words.fr}.${rescoredText.fr} Mettez la demande à jour et comparez le score corrigé au seuil ; la taille de la famille fixe aussi les fonds à prouver.`,
        ),
        SOURCES.crsCriteria,
        { fact: 'family.spouse' },
      ),
    );
  },
};
