// The ITA is dated after the newest CRS grid known for certain (lib/crs CONFIRMED_THROUGH; a
// revision effective 2026-11-03 is reported without published point values): re-scoring may use
// outdated points.
import { CONFIRMED_THROUGH } from '../crs';
import { SOURCES } from './sources';
import { finding, text } from './text';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'rules-may-have-changed',
  needs: [],
  evaluate({ itaDate }) {
    if (itaDate === null || itaDate <= CONFIRMED_THROUGH) return [];
    return [
      finding(
        'rules-may-have-changed',
        'warning',
        text('The CRS rules may have changed', 'Les règles du SCG ont peut-être changé'),
        text(
          `Your ITA (${itaDate}) is dated after ${CONFIRMED_THROUGH}, the last day this tool's CRS grid is confirmed. Re-scored rows may not match the rules IRCC used; check the official calculator.`,
          `Votre invitation (${itaDate}) est postérieure au ${CONFIRMED_THROUGH}, dernier jour où la grille du SCG de cet outil est confirmée. Les lignes recalculées peuvent différer des règles d’IRCC ; vérifiez avec le calculateur officiel.`,
        ),
        SOURCES.calculator,
      ),
    ];
  },
};
