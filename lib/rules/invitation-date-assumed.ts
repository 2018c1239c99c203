// Many checks count from the invitation date (work windows, validity at the ITA, the grid in force,
// the round). When the page does not show it, they use a date inferred from the deadline (the
// letter's deadline is 00:00 UTC on the 61st day after its date) or from the round the user picked,
// and this finding names that assumption; when neither exists, the check waits for the date.
import { fired, needsInvitationDate, pass } from './result';
import { SOURCES } from './sources';
import { day, finding, instant, text } from './text';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'invitation-date-assumed',
  name: text('Invitation date read on the letter', 'Date de l’invitation lue dans la lettre'),
  needs: ['round'],
  evaluate(input) {
    const { ita, deadline, cutoff, timeZone } = input;
    if (ita?.basis === 'letter') return pass();
    const check = text(
      'Check the date on your ITA letter, or open the letter in your IRCC account so it can be read.',
      'Vérifiez la date sur votre lettre d’invitation, ou ouvrez la lettre dans votre compte IRCC pour qu’elle soit lue.',
    );
    // Unknown, not assumed: facts-missing names it among the values the page did not show.
    if (ita === null) return needsInvitationDate(input);
    const date = day(ita.date);
    const from =
      ita.basis === 'deadline' && deadline !== null
        ? text(
            `61 days before the deadline, ${instant(deadline.ms, timeZone).en} (the deadline falls at the end of the 60th day after the letter’s date)`,
            `61 jours avant la date limite, le ${instant(deadline.ms, timeZone).fr} (la date limite tombe à la fin du 60e jour après la date de la lettre)`,
          )
        : text(
            `the date of ${cutoff.round ? `round ${cutoff.round.number}` : 'the round'} you entered`,
            `la date de ${cutoff.round ? `la ronde ${cutoff.round.number}` : 'la ronde'} que vous avez saisie`,
          );
    return fired(
      finding(
        'invitation-date-assumed',
        'warning',
        text('The invitation date was assumed', 'La date de l’invitation est présumée'),
        text(
          `The letter’s date is not on the page. The checks used ${date.en}: ${from.en}. ${check.en}`,
          `La date de la lettre n’est pas sur la page. Les vérifications ont utilisé le ${date.fr} : ${from.fr}. ${check.fr}`,
        ),
        SOURCES.applyPr,
      ),
    );
  },
};
