// An ECA is valid 5 years from its issue date; 5+ years old => no longer meets the requirement
// (MI 2017-1 s.3(4); readiness-facts.json "ecaValidity"). Assumption: a new ECA takes about
// 8 weeks (ECA_REPLACE_DAYS), longer than most of the 60-day window.
import { addYears } from '../dates';
import { SOURCES } from './sources';
import { finding, missingFact, text } from './text';
import type { Rule } from './types';
import { validity } from './validity';

export const ECA_VALID_YEARS = 5;
export const ECA_REPLACE_DAYS = 56;

export const rule: Rule = {
  id: 'eca-expired',
  needs: ['education.ecaIssued'],
  evaluate(input) {
    const education = input.facts.education;
    const source = SOURCES.ministerialInstructions2017;
    if (education?.ecaIssued === null) return []; // Canadian credential: no ECA needed.
    if (education?.ecaIssued === undefined) {
      if (education?.level === 'lessThanSecondary' || education?.level === 'secondary') return [];
      return [
        missingFact(
          'eca-expired',
          'education.ecaIssued',
          text(
            'a foreign credential needs an ECA under 5 years old when you submit (null for a Canadian credential).',
            'un diplôme étranger exige une EDE de moins de 5 ans à la présentation (null pour un diplôme canadien).',
          ),
          source,
        ),
      ];
    }
    const issued = education.ecaIssued;
    const expiry = addYears(issued, ECA_VALID_YEARS);
    const v = validity(expiry, input, ECA_REPLACE_DAYS);
    if (v.state === 'valid') return [];
    if (v.state === 'expired-at-ita') {
      return [
        finding(
          'eca-expired',
          'decline',
          text('ECA expired before the ITA', 'EDE expirée avant l’invitation'),
          text(
            `Your ECA issued ${issued} turned five on ${expiry}, on or before the ITA date: the education claim did not hold.`,
            `Votre EDE délivrée le ${issued} a eu cinq ans le ${expiry}, au plus tard à la date de l’invitation : la déclaration d’études n’était pas valide.`,
          ),
          source,
          { fact: 'education.ecaIssued' },
        ),
      ];
    }
    const severity = v.state === 'expires-before-submission' ? v.severity : 'warning';
    return [
      finding(
        'eca-expired',
        severity,
        text('ECA expires before you submit', 'EDE expirée avant la présentation'),
        text(
          `Your ECA issued ${issued} turns five on ${expiry}; planned submission ${input.submission}. Submit by ${v.lastSafeDay}${severity === 'decline' ? ' — too late now, and a new ECA takes about 8 weeks: decline.' : '.'}`,
          `Votre EDE délivrée le ${issued} a cinq ans le ${expiry} ; présentation prévue le ${input.submission}. Présentez au plus tard le ${v.lastSafeDay}${severity === 'decline' ? ' — trop tard maintenant, et une nouvelle EDE prend environ 8 semaines : refusez.' : '.'}`,
        ),
        source,
        { fact: 'education.ecaIssued', lastSafeDay: v.lastSafeDay },
      ),
    ];
  },
};
