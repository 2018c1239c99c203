// An ECA is valid 5 years from its issue date; 5 or more years old, it no longer meets the
// requirement (MI 2017-1 s.3(4)). Assumption: a new ECA takes about 8 weeks (ECA_REPLACE_DAYS),
// longer than most of the 60-day window.
import { addYears } from '../dates';
import { fired, needs, notApplicable } from './result';
import { SOURCES } from './sources';
import { day, finding, text } from './text';
import type { Rule } from './types';
import { validity } from './validity';
import { invitationDay } from './words';

export const ECA_VALID_YEARS = 5;
export const ECA_REPLACE_DAYS = 56;

export const rule: Rule = {
  id: 'eca-expired',
  name: text(
    'Credential assessment (ECA) still valid',
    'Validité de l’évaluation des diplômes (EDE)',
  ),
  needs: ['education.ecaIssued'],
  evaluate(input) {
    const education = input.facts.education;
    const source = SOURCES.ministerialInstructions2017;
    // A Canadian credential needs no ECA; neither does schooling up to secondary, scored without one.
    if (education?.ecaIssued === null) return notApplicable();
    if (education?.ecaIssued === undefined) {
      if (education?.level === 'lessThanSecondary' || education?.level === 'secondary')
        return notApplicable();
      return needs(['education.ecaIssued']);
    }
    const issued = day(education.ecaIssued);
    const expiry = addYears(education.ecaIssued, ECA_VALID_YEARS);
    const turns = day(expiry);
    const v = validity(expiry, input, ECA_REPLACE_DAYS);
    if (v.state === 'valid') return fired();
    if (v.state === 'expired-at-ita') {
      const ita = input.ita ? invitationDay(input.ita) : text('', '');
      return fired(
        finding(
          'eca-expired',
          'decline',
          text(
            'Your ECA had expired when you were invited',
            'Votre EDE était expirée à l’invitation',
          ),
          text(
            `Your ECA issued on ${issued.en} turned five on ${turns.en}, on or before the invitation date, ${ita.en}: the education points it supported did not hold.`,
            `Votre EDE délivrée le ${issued.fr} a eu cinq ans le ${turns.fr}, au plus tard à la date de l’invitation, le ${ita.fr} : les points d’études qu’elle appuyait n’étaient plus valides.`,
          ),
          source,
          { fact: 'education.ecaIssued' },
        ),
      );
    }
    const severity = v.state === 'expires-before-submission' ? v.severity : 'warning';
    const safe = day(v.lastSafeDay);
    const planned = day(input.submission);
    const tooLate =
      severity === 'decline'
        ? text(
            ' That day has passed, and a new ECA takes about 8 weeks: decline.',
            ' Ce jour est passé, et une nouvelle EDE prend environ 8 semaines : refusez.',
          )
        : text('', '');
    return fired(
      finding(
        'eca-expired',
        severity,
        text(
          'Your ECA expires before you submit',
          'Votre EDE expire avant la présentation de la demande',
        ),
        text(
          `Your ECA issued on ${issued.en} turns five on ${turns.en}; you plan to submit on ${planned.en}. Submit by ${safe.en}.${tooLate.en}`,
          `Votre EDE délivrée le ${issued.fr} a cinq ans le ${turns.fr} ; vous prévoyez présenter la demande le ${planned.fr}. Présentez-la au plus tard le ${safe.fr}.${tooLate.fr}`,
        ),
        source,
        { fact: 'education.ecaIssued', lastSafeDay: v.lastSafeDay },
      ),
    );
  },
};
