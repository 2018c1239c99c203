// 600 points for a provincial nomination hold only while the nomination does (crs-grid.json
// D_additional.provincialNomination; IRPA s.11.2).
import { SOURCES } from './sources';
import { finding, missingFact, text } from './text';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'nomination-withdrawn',
  needs: ['nomination'],
  evaluate({ reading, facts, program }) {
    const counted = (reading.crs.rows.provincialNomination ?? 0) >= 600 || program === 'PNP';
    if (!counted) return [];
    if (facts.nomination === undefined) {
      return [
        missingFact(
          'nomination-withdrawn',
          'nomination',
          text(
            'IRCC counted a provincial nomination; say whether it is still active.',
            'IRCC a compté une désignation provinciale ; indiquez si elle est toujours active.',
          ),
          SOURCES.pnp,
        ),
      ];
    }
    if (facts.nomination === 'active') return [];
    return [
      finding(
        'nomination-withdrawn',
        'decline',
        text('Provincial nomination no longer held', 'Désignation provinciale plus valide'),
        text(
          `Your profile counted ${reading.crs.rows.provincialNomination ?? 600} points for a nomination that is now "${facts.nomination}". Without it the score loses 600 points and the claim is false.`,
          `Votre profil comptait ${reading.crs.rows.provincialNomination ?? 600} points pour une désignation maintenant « ${facts.nomination} ». Sans elle, le score perd 600 points et la déclaration est fausse.`,
        ),
        SOURCES.pnp,
        { fact: 'nomination' },
      ),
    ];
  },
};
