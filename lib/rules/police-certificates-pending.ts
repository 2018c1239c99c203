// A police certificate from every country of 6+ months since 18 (or in the last 10 years) is part
// of a complete e-APR; if one cannot arrive in time, upload the proof of request and a letter of
// explanation (cic.gc.ca help centre 1143).
import { daysBetween } from '../dates';
import { fired, needs, pass } from './result';
import { SOURCES } from './sources';
import { count, day, finding, join, text } from './text';
import type { Rule } from './types';
import { country } from './words';

export const rule: Rule = {
  id: 'police-certificates-pending',
  name: text('Police certificates', 'Certificats de police'),
  needs: ['policeCertificates'],
  evaluate({ facts, deadline, today }) {
    if (facts.policeCertificates === undefined) return needs(['policeCertificates']);
    const pending = facts.policeCertificates.filter((c) => !c.received);
    if (pending.length === 0) return pass();
    const items = pending.map((c) => {
      const where = country(c.country);
      const whose =
        c.person === 'spouse' ? text('your spouse’s, ', 'de votre conjoint, ') : text('', '');
      const asked =
        c.requested === undefined || c.requested === null
          ? text('not requested yet', 'pas encore demandé')
          : text(`requested on ${day(c.requested).en}`, `demandé le ${day(c.requested).fr}`);
      return text(`${where.en} (${whose.en}${asked.en})`, `${where.fr} (${whose.fr}${asked.fr})`);
    });
    let left = text('The deadline is not known', 'La date limite n’est pas connue');
    if (deadline) {
      const days = daysBetween(today, deadline.lastLocalDay);
      const last = day(deadline.lastLocalDay);
      left =
        days < 0
          ? text(
              `Your last day to submit was ${last.en}`,
              `Votre dernier jour pour présenter la demande était le ${last.fr}`,
            )
          : text(
              `${count(days, 'day').en} remain until your last day to submit, ${last.en}`,
              `Il reste ${count(days, 'day').fr} avant votre dernier jour pour présenter la demande, le ${last.fr}`,
            );
    }
    const listed = join(items, text('; ', ' ; '));
    return fired(
      finding(
        'police-certificates-pending',
        'warning',
        text('Police certificates still pending', 'Certificats de police en attente'),
        text(
          `Not received yet: ${listed.en}. ${left.en}. Request them now; if one cannot arrive in time, upload the proof of request and a letter of explanation.`,
          `Pas encore reçus : ${listed.fr}. ${left.fr}. Demandez-les maintenant ; si l’un d’eux ne peut pas arriver à temps, téléversez la preuve de demande et une lettre d’explication.`,
        ),
        SOURCES.police,
        { fact: 'policeCertificates' },
      ),
    );
  },
};
