// IRCC: if your recalculated score is below the lowest score of your round, decline
// (readiness-facts.json "infoMustBeTrueAtITAAndApplication"; IRPA s.11.2).
import { SOURCES } from './sources';
import { finding, num, text } from './text';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'score-below-cutoff',
  needs: ['round'],
  evaluate({ corrected, cutoff }) {
    // No cut-off: cutoff-unknown asks for it.
    if (cutoff.value === null) return [];
    const where = cutoff.round
      ? text(
          ` (round ${cutoff.round.number}, ${cutoff.round.date})`,
          ` (ronde ${cutoff.round.number}, ${cutoff.round.date})`,
        )
      : text(' (typed by you)', ' (saisi par vous)');
    if (corrected.total === null) {
      return [
        finding(
          'score-below-cutoff',
          'warning',
          text('Corrected score unknown', 'Score corrigé inconnu'),
          text(
            `The corrected CRS cannot be computed (a row or the total was not read), so it cannot be compared with the cut-off ${num(cutoff.value).en}${where.en}.`,
            `Le score SCG corrigé ne peut pas être calculé (une ligne ou le total n'a pas été lu) ; impossible de le comparer au seuil ${num(cutoff.value).fr}${where.fr}.`,
          ),
          SOURCES.rounds,
          { fact: 'round' },
        ),
      ];
    }
    const total = corrected.total;
    const rows = corrected.changed.length > 0 ? corrected.changed.join(', ') : null;
    const changedEn = rows ? ` after correcting ${rows}` : ' (IRCC breakdown unchanged)';
    const changedFr = rows ? ` après correction de ${rows}` : ' (détail d’IRCC inchangé)';
    if (total < cutoff.value) {
      return [
        finding(
          'score-below-cutoff',
          'decline',
          text(
            'Your corrected score is below the cut-off',
            'Votre score corrigé est sous le seuil',
          ),
          text(
            `Corrected CRS ${num(total).en}${changedEn} is ${num(cutoff.value - total).en} below the lowest score invited, ${num(cutoff.value).en}${where.en}. IRCC says to decline: applying anyway can be refused without a refund.`,
            `Score SCG corrigé ${num(total).fr}${changedFr} : ${num(cutoff.value - total).fr} sous le score le plus bas invité, ${num(cutoff.value).fr}${where.fr}. IRCC recommande de refuser : une demande présentée quand même peut être refusée sans remboursement.`,
          ),
          SOURCES.rounds,
        ),
      ];
    }
    return [
      finding(
        'score-below-cutoff',
        'info',
        text('Corrected score meets the cut-off', 'Le score corrigé atteint le seuil'),
        text(
          `Corrected CRS ${num(total).en}${changedEn} is ${num(total - cutoff.value).en} above or at the cut-off ${num(cutoff.value).en}${where.en}.`,
          `Score SCG corrigé ${num(total).fr}${changedFr} : ${num(total - cutoff.value).fr} au-dessus du seuil ${num(cutoff.value).fr}${where.fr} ou égal.`,
        ),
        SOURCES.rounds,
      ),
    ];
  },
};
