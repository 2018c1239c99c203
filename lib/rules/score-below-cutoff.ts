// IRCC: if your recalculated score is below the lowest score of your round, decline; an application
// made anyway can be refused without a refund (IRPA s.11.2, "Changes to your personal situation" in
// the ITA letter).
import { fired, needs, pass } from './result';
import { SOURCES } from './sources';
import { finding, num, text } from './text';
import type { Rule } from './types';
import { cutoffSource, rowNames } from './words';

export const rule: Rule = {
  id: 'score-below-cutoff',
  name: text('Score against the round’s cut-off', 'Score comparé au seuil de la ronde'),
  needs: ['round', 'family.spouse'],
  evaluate({ corrected, cutoff, facts }) {
    const total = corrected.total;
    if (total === null) {
      const { facts: wanted, page } = corrected.unknownFor;
      return needs(cutoff.value === null && !facts.round ? [...wanted, 'round'] : wanted, page);
    }
    // No cut-off: cutoff-unknown says which rounds it could be; this check waits for the round.
    if (cutoff.value === null) return needs(facts.round ? [] : ['round']);
    if (total >= cutoff.value) return pass();
    const rows = rowNames(corrected.changed);
    const changed =
      corrected.changed.length > 0
        ? text(
            ` once your facts correct ${rows.en}`,
            ` après correction ${corrected.changed.length > 1 ? 'des lignes' : 'de la ligne'} ${rows.fr} d’après vos renseignements`,
          )
        : text(' (IRCC’s own breakdown)', ' (le détail d’IRCC lui-même)');
    const where = cutoffSource(cutoff);
    return fired(
      finding(
        'score-below-cutoff',
        'decline',
        text('Your corrected score is below the cut-off', 'Votre score corrigé est sous le seuil'),
        text(
          `Your CRS score is ${num(total).en}${changed.en}: ${num(cutoff.value - total).en} below ${num(cutoff.value).en}, the lowest score invited${where.en}. IRCC says to decline: an application made anyway can be refused, and the fee is not refunded.`,
          `Votre score SCG est de ${num(total).fr}${changed.fr} : ${num(cutoff.value - total).fr} de moins que ${num(cutoff.value).fr}, le score le plus bas invité${where.fr}. IRCC recommande de refuser : une demande présentée quand même peut être refusée, sans remboursement des frais.`,
        ),
        SOURCES.rounds,
      ),
    );
  },
};
