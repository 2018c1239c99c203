// The ITA is dated after the newest CRS grid known for certain (lib/crs CONFIRMED_THROUGH; a
// revision effective 2026-11-03 is reported without published point values): re-scoring may use
// outdated points.
import { CONFIRMED_THROUGH } from '../crs';
import { fired, needsInvitationDate, pass } from './result';
import { SOURCES } from './sources';
import { day, finding, text } from './text';
import type { Rule } from './types';
import { invitationDay } from './words';

export const rule: Rule = {
  id: 'rules-may-have-changed',
  name: text('CRS rules in force', 'Règles du SCG en vigueur'),
  needs: [],
  evaluate(input) {
    const { ita } = input;
    if (ita === null) return needsInvitationDate(input);
    if (ita.date <= CONFIRMED_THROUGH) return pass();
    const confirmed = day(CONFIRMED_THROUGH);
    return fired(
      finding(
        'rules-may-have-changed',
        'warning',
        text('The CRS rules may have changed', 'Les règles du SCG ont peut-être changé'),
        text(
          `Your invitation, of ${invitationDay(ita).en}, is later than ${confirmed.en}, the last day this tool’s CRS grid is confirmed. Re-scored rows may not follow the rules IRCC used: check them with IRCC’s calculator.`,
          `Votre invitation, du ${invitationDay(ita).fr}, est postérieure au ${confirmed.fr}, dernier jour où la grille du SCG de cet outil est confirmée. Les lignes recalculées peuvent ne pas suivre les règles d’IRCC : vérifiez-les avec le calculateur d’IRCC.`,
        ),
        SOURCES.calculator,
      ),
    );
  },
};
