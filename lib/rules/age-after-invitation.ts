// Age points are fixed at the ITA; a birthday between the ITA and the application is covered by the
// A25.2 public-policy exemption, so it is never a reason to decline (readiness-facts.json
// "ageAfterITA"). Information only: a missing date of birth cannot change the verdict either.
import { wholeYearsBetween } from '../dates';
import { SOURCES } from './sources';
import { finding, text } from './text';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'age-after-invitation',
  needs: ['dateOfBirth'],
  evaluate({ facts, itaDate, submission, deadline, reading }) {
    const birth = facts.dateOfBirth;
    if (birth === undefined || itaDate === null) return [];
    const until =
      deadline && deadline.lastLocalDay > submission ? deadline.lastLocalDay : submission;
    const atIta = wholeYearsBetween(birth, itaDate);
    const later = wholeYearsBetween(birth, until);
    if (later === atIta) return [];
    const points = reading.crs.rows.age;
    const pts = points === undefined ? '' : ` (${points} points)`;
    return [
      finding(
        'age-after-invitation',
        'info',
        text(
          'A birthday after the invitation does not lower your score',
          'Un anniversaire après l’invitation ne baisse pas votre score',
        ),
        text(
          `You were ${atIta} on the ITA date ${itaDate} and turn ${later} before ${until}. Age points stay as at the ITA${pts}: not a reason to decline.`,
          `Vous aviez ${atIta} ans à l’invitation (${itaDate}) et aurez ${later} ans avant le ${until}. Les points d’âge restent ceux de l’invitation${pts} : ce n’est pas une raison de refuser.`,
        ),
        SOURCES.calculator,
      ),
    ];
  },
};
