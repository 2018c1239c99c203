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
    const past = v.lastSafeDay < input.today;
    const when = past
      ? text(
          'That day has passed: it can no longer support the application.',
          'Ce jour est passé : elle ne peut plus appuyer la demande.',
        )
      : text(`Submit by ${safe.en}.`, `Présentez-la au plus tard le ${safe.fr}.`);
    const next =
      severity === 'decline'
        ? text(
            ' A new ECA takes about 8 weeks, longer than the time left: decline.',
            ' Une nouvelle EDE prend environ 8 semaines, plus que le temps qui reste : refusez.',
          )
        : past
          ? text(
              ' A new ECA takes about 8 weeks: ask for one now if it can arrive before the deadline.',
              ' Une nouvelle EDE prend environ 8 semaines : demandez-la maintenant si elle peut arriver avant la date limite.',
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
          `Your ECA issued on ${issued.en} turns five on ${turns.en}; you plan to submit on ${planned.en}. ${when.en}${next.en}`,
          `Votre EDE délivrée le ${issued.fr} a cinq ans le ${turns.fr} ; vous prévoyez présenter la demande le ${planned.fr}. ${when.fr}${next.fr}`,
        ),
        source,
        { fact: 'education.ecaIssued', lastSafeDay: v.lastSafeDay },
      ),
    );
  },
};
