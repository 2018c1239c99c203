// Age points are fixed at the ITA: a birthday between the ITA and the application is covered by
// the A25.2 public-policy exemption, so it is never a reason to decline (the official calculator:
// "enter your age on the date you were invited"). Information only.
import { wholeYearsBetween } from '../dates';
import { fired, needs, needsInvitationDate, pass } from './result';
import { SOURCES } from './sources';
import { count, day, finding, text } from './text';
import type { Rule } from './types';
import { invitationDay } from './words';

export const rule: Rule = {
  id: 'age-after-invitation',
  name: text('Birthday after the invitation', 'Anniversaire après l’invitation'),
  needs: ['dateOfBirth'],
  evaluate(input) {
    const { facts, ita, submission, deadline, reading } = input;
    const birth = facts.dateOfBirth;
    if (birth === undefined) return needs(['dateOfBirth']);
    if (ita === null) return needsInvitationDate(input);
    const until =
      deadline && deadline.lastLocalDay > submission ? deadline.lastLocalDay : submission;
    const atIta = wholeYearsBetween(birth, ita.date);
    const later = wholeYearsBetween(birth, until);
    if (birth > ita.date || later === atIta) return pass();
    const points = reading.crs.rows.age;
    const kept =
      points === undefined
        ? text('', '')
        : text(` (${count(points, 'point').en})`, ` (${count(points, 'point').fr})`);
    return fired(
      finding(
        'age-after-invitation',
        'info',
        text(
          'A birthday after the invitation does not lower your score',
          'Un anniversaire après l’invitation ne baisse pas votre score',
        ),
        text(
          `You were ${count(atIta, 'year').en} old on the invitation date, ${invitationDay(ita).en}, and turn ${later} by ${day(until).en}. Your age points stay as they were at the invitation${kept.en}: not a reason to decline.`,
          `Vous aviez ${count(atIta, 'year').fr} à la date de l’invitation, le ${invitationDay(ita).fr}, et aurez ${count(later, 'year').fr} au plus tard le ${day(until).fr}. Vos points d’âge restent ceux de l’invitation${kept.fr} : ce n’est pas une raison de refuser.`,
        ),
        SOURCES.calculator,
      ),
    );
  },
};
