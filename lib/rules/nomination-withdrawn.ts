// 600 points for a provincial nomination hold only while the nomination does (IRPA s.11.2; CRS
// additional points).
import { fired, needs, notApplicable, pass } from './result';
import { SOURCES } from './sources';
import { count, finding, text } from './text';
import type { Rule } from './types';

/** The points a nomination gives on every CRS grid since 2015. */
const NOMINATION_POINTS = 600;

export const rule: Rule = {
  id: 'nomination-withdrawn',
  name: text('Provincial nomination still held', 'Désignation provinciale toujours valide'),
  needs: ['nomination'],
  evaluate({ reading, facts, program }) {
    const row = reading.crs.rows.provincialNomination;
    if (row === undefined && program !== 'PNP') return needs([], ['crs.rows.provincialNomination']);
    const counted = (row ?? 0) >= NOMINATION_POINTS || program === 'PNP';
    if (!counted) return notApplicable();
    if (facts.nomination === undefined) return needs(['nomination']);
    if (facts.nomination === 'active') return pass();
    const points = count(row ?? NOMINATION_POINTS, 'point');
    const now =
      facts.nomination === 'withdrawn'
        ? text('has been withdrawn', 'a été retirée')
        : text(
            'is no longer held (you entered none)',
            'n’est plus détenue (vous avez indiqué aucune)',
          );
    return fired(
      finding(
        'nomination-withdrawn',
        'decline',
        text(
          'Your provincial nomination is no longer held',
          'Votre désignation provinciale n’est plus valide',
        ),
        text(
          `Your invitation counted ${points.en} for a provincial nomination that ${now.en}. Without it the score loses those points and the claim no longer holds.`,
          `Votre invitation comptait ${points.fr} pour une désignation provinciale qui ${now.fr}. Sans elle, le score perd ces points et la déclaration ne tient plus.`,
        ),
        SOURCES.pnp,
        { fact: 'nomination' },
      ),
    );
  },
};
