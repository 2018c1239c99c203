// Without the round's lowest score the corrected CRS cannot be compared: ask the user to pick the
// round or type the score (SPEC.md "Cut-off").
import { SOURCES } from './sources';
import { finding, text } from './text';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'cutoff-unknown',
  needs: ['round'],
  evaluate({ cutoff, itaDate }) {
    if (cutoff.value !== null) return [];
    const options = cutoff.candidates
      .map((r) => `${r.number} (${r.date}, ${r.name}: ${r.cutoff})`)
      .join('; ');
    return [
      finding(
        'cutoff-unknown',
        'warning',
        text('Round cut-off not found', 'Seuil de la ronde introuvable'),
        text(
          `No single round matches ${itaDate === null ? 'this page (no invitation date)' : `the invitation date ${itaDate}`}.${options ? ` Possible rounds: ${options}.` : ''} Pick your round or type its lowest score (round.cutoff).`,
          `Aucune ronde unique ne correspond ${itaDate === null ? 'à cette page (pas de date d’invitation)' : `à la date d’invitation ${itaDate}`}.${options ? ` Rondes possibles : ${options}.` : ''} Choisissez votre ronde ou saisissez son score le plus bas (round.cutoff).`,
        ),
        SOURCES.rounds,
        { fact: 'round' },
      ),
    ];
  },
};
