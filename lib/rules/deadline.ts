// Always: the countdown to the deadline, in the user's time beside IRCC's UTC instant. 60 calendar
// days, no extensions. Warning inside 7 days, when the deadline was estimated, or when the planned
// submission is after it; once passed, the invitation can no longer be used: decline.
// https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/apply-permanent-residence.html
import { fired } from './result';
import { SOURCES } from './sources';
import { count, day, finding, instant, text } from './text';
import type { Finding, Rule } from './types';

export const DEADLINE_WARNING_DAYS = 7;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export const rule: Rule = {
  id: 'deadline',
  name: text('Deadline to submit', 'Date limite de présentation'),
  needs: ['plannedSubmission'],
  evaluate({ deadline, now, timeZone, reading, facts }) {
    if (deadline === null) {
      const days = reading.daysLeftToSubmit;
      const account =
        days === null
          ? text('', '')
          : text(
              ` Your account page says ${count(days, 'day').en} left to submit.`,
              ` La page de votre compte indique ${count(days, 'day').fr} pour présenter la demande.`,
            );
      return fired(
        finding(
          'deadline',
          'warning',
          text('Deadline not found', 'Date limite introuvable'),
          text(
            `The page shows neither the invitation date nor the deadline.${account.en} Find the deadline in your ITA letter: 60 days, no extensions.`,
            `La page n’indique ni la date de l’invitation ni la date limite.${account.fr} Trouvez la date limite dans votre lettre d’invitation : 60 jours, sans prolongation.`,
          ),
          SOURCES.applyPr,
        ),
      );
    }
    const when = instant(deadline.ms, timeZone);
    const extra = { deadline: deadline.instant };
    const estimated = deadline.estimated
      ? text(
          ' (estimated as 60 days after the invitation date: the deadline was not on the page, check it in your letter)',
          ' (estimée à 60 jours après la date de l’invitation : la date limite n’était pas sur la page, vérifiez-la dans votre lettre)',
        )
      : text('', '');
    if (now >= deadline.ms) {
      return fired(
        finding(
          'deadline',
          'decline',
          text(
            'This invitation can no longer be used',
            'Cette invitation ne peut plus être utilisée',
          ),
          text(
            `Its deadline was ${when.en}${estimated.en}. It can no longer be accepted: if it was neither declined nor used, your profile has left the pool, and you need a new profile to be invited again.`,
            `Sa date limite était le ${when.fr}${estimated.fr}. Elle ne peut plus être acceptée : si elle n’a été ni refusée ni utilisée, votre profil a quitté le bassin, et il faut un nouveau profil pour être invité de nouveau.`,
          ),
          SOURCES.applyPr,
          extra,
        ),
      );
    }
    const last = day(deadline.lastLocalDay);
    const found: Finding[] = [];
    const msLeft = deadline.ms - now;
    const days = count(Math.floor(msLeft / DAY_MS), 'day');
    const hours = count(Math.floor((msLeft % DAY_MS) / HOUR_MS), 'hour');
    const soon = msLeft < DEADLINE_WARNING_DAYS * DAY_MS;
    found.push(
      finding(
        'deadline',
        soon || deadline.estimated ? 'warning' : 'info',
        text(
          `${days.en} and ${hours.en} left to submit`,
          `${days.fr} et ${hours.fr} pour présenter la demande`,
        ),
        text(
          `Submit before ${when.en}${estimated.en}; your last full day is ${last.en}. There are no extensions. Declining costs nothing; letting the invitation expire takes your profile out of the pool.`,
          `Présentez la demande avant le ${when.fr}${estimated.fr} ; votre dernier jour complet est le ${last.fr}. Aucune prolongation n’est possible. Refuser ne coûte rien ; laisser l’invitation expirer retire votre profil du bassin.`,
        ),
        SOURCES.applyPr,
        { ...extra, lastSafeDay: deadline.lastLocalDay },
      ),
    );
    const planned = facts.plannedSubmission;
    if (planned !== undefined && planned > deadline.lastLocalDay) {
      found.push(
        finding(
          'deadline',
          'warning',
          text(
            'You plan to submit after the deadline',
            'Vous prévoyez présenter la demande après la date limite',
          ),
          text(
            `You plan to submit on ${day(planned).en}, after your last day, ${last.en} (the deadline is ${when.en}). An application cannot be submitted after the deadline: submit by ${last.en} or decline.`,
            `Vous prévoyez présenter la demande le ${day(planned).fr}, après votre dernier jour, le ${last.fr} (la date limite est le ${when.fr}). Aucune demande ne peut être présentée après la date limite : présentez-la au plus tard le ${last.fr} ou refusez l’invitation.`,
          ),
          SOURCES.applyPr,
          { ...extra, fact: 'plannedSubmission', lastSafeDay: deadline.lastLocalDay },
        ),
      );
    }
    return fired(...found);
  },
};
