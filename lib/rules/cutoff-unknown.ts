// Without the round's lowest score the corrected CRS cannot be compared: ask the user to pick the
// round or type the score.
import { FACT_NAMES } from '../facts';
import { fired, pass } from './result';
import { SOURCES } from './sources';
import { finding, join, num, text } from './text';
import type { Rule } from './types';
import { invitationDay, roundWords } from './words';

export const rule: Rule = {
  id: 'cutoff-unknown',
  name: text('Round’s cut-off found', 'Seuil de la ronde trouvé'),
  needs: ['round'],
  evaluate({ cutoff, ita }) {
    if (cutoff.value !== null) return pass();
    const options = join(
      cutoff.candidates.map((r) =>
        text(
          `${roundWords(r).en}, cut-off ${num(r.cutoff).en}`,
          `${roundWords(r).fr}, seuil de ${num(r.cutoff).fr}`,
        ),
      ),
      text('; ', ' ; '),
    );
    const why =
      ita === null
        ? text(
            'The invitation date is not known, so the round cannot be found.',
            'La date de l’invitation n’est pas connue : impossible de trouver la ronde.',
          )
        : text(
            `No single round matches the invitation date, ${invitationDay(ita).en}.`,
            `Aucune ronde unique ne correspond à la date de l’invitation, le ${invitationDay(ita).fr}.`,
          );
    const could =
      cutoff.candidates.length > 0
        ? text(` It could be: ${options.en}.`, ` Il pourrait s’agir de : ${options.fr}.`)
        : text('', '');
    return fired(
      finding(
        'cutoff-unknown',
        'warning',
        text('Your round’s cut-off was not found', 'Le seuil de votre ronde est introuvable'),
        text(
          `${why.en}${could.en} Enter your round’s number or its lowest score on the options page, under “${FACT_NAMES.round.en.label}”.`,
          `${why.fr}${could.fr} Saisissez le numéro de votre ronde ou son score le plus bas dans les options, sous « ${FACT_NAMES.round.fr.label} ».`,
        ),
        SOURCES.rounds,
        { fact: 'round' },
      ),
    );
  },
};
