// A police certificate from every country of 6+ months since 18 (or in the last 10 years) is part
// of a complete e-APR; if one cannot arrive in time, upload the proof of request and a letter of
// explanation (cic.gc.ca help centre 1143).
import { dayNumber } from '../dates';
import { SOURCES } from './sources';
import { finding, missingFact, text } from './text';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'police-certificates-pending',
  needs: ['policeCertificates'],
  evaluate({ facts, deadline, today }) {
    if (facts.policeCertificates === undefined) {
      return [
        missingFact(
          'police-certificates-pending',
          'policeCertificates',
          text(
            'list each country where you spent 6 months or more since 18 (an empty list if none).',
            'indiquez chaque pays où vous avez passé 6 mois ou plus depuis vos 18 ans (liste vide si aucun).',
          ),
          SOURCES.police,
        ),
      ];
    }
    const pending = facts.policeCertificates.filter((c) => !c.received);
    if (pending.length === 0) return [];
    const days = deadline ? dayNumber(deadline.lastLocalDay) - dayNumber(today) : null;
    const left =
      days === null
        ? text('the deadline is unknown', 'la date limite est inconnue')
        : text(
            `${days} day(s) remain to the deadline (${deadline?.lastLocalDay})`,
            `il reste ${days} jour(s) avant la date limite (${deadline?.lastLocalDay})`,
          );
    const list = pending
      .map((c) => `${c.country} (${c.requested ? `requested ${c.requested}` : 'not requested'})`)
      .join(', ');
    const listFr = pending
      .map((c) => `${c.country} (${c.requested ? `demandé le ${c.requested}` : 'non demandé'})`)
      .join(', ');
    return [
      finding(
        'police-certificates-pending',
        'warning',
        text('Police certificates still pending', 'Certificats de police en attente'),
        text(
          `Not yet received: ${list}; ${left.en}. Request them now; if one cannot arrive in time, upload the proof of request and a letter of explanation.`,
          `Pas encore reçus : ${listFr} ; ${left.fr}. Demandez-les maintenant ; si l’un ne peut arriver à temps, téléversez la preuve de demande et une lettre d’explication.`,
        ),
        SOURCES.police,
        { fact: 'policeCertificates' },
      ),
    ];
  },
};
