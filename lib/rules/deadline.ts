// Always: the countdown to the deadline, shown in the user's local time beside IRCC's UTC instant.
// 60 calendar days, no extensions (readiness-facts.json "itaSubmissionWindow"). Warning inside
// 7 days; once passed, information only (nothing left to decide).
import { localDateTime } from '../dates';
import { SOURCES } from './sources';
import { finding, text } from './text';
import type { Rule } from './types';

export const DEADLINE_WARNING_DAYS = 7;
const DAY_MS = 86_400_000;

export const rule: Rule = {
  id: 'deadline',
  needs: [],
  evaluate({ deadline, now, timeZone, reading }) {
    if (deadline === null) {
      const days = reading.daysLeftToSubmit;
      return [
        finding(
          'deadline',
          'warning',
          text('Deadline not found', 'Date limite introuvable'),
          text(
            `The page did not show the invitation date or deadline${days !== null ? `; the account page says ${days} day(s) left to submit` : ''}. Check the deadline in your ITA letter: 60 days, no extensions.`,
            `La page n’indiquait ni la date de l’invitation ni la date limite${days !== null ? ` ; le compte indique ${days} jour(s) restant(s)` : ''}. Vérifiez la date limite dans votre lettre : 60 jours, sans prolongation.`,
          ),
          SOURCES.applyPr,
        ),
      ];
    }
    const local = localDateTime(deadline.ms, timeZone);
    const extra = { deadline: deadline.instant };
    const est = deadline.estimated
      ? text(
          ' (estimated: 60 days after the invitation date — check your letter)',
          ' (estimée : 60 jours après l’invitation — vérifiez votre lettre)',
        )
      : text('', '');
    if (now >= deadline.ms) {
      return [
        finding(
          'deadline',
          'info',
          text('The deadline has passed', 'La date limite est passée'),
          text(
            `The deadline was ${deadline.instant} (${local} ${timeZone})${est.en}. This invitation can no longer be used.`,
            `La date limite était ${deadline.instant} (${local} ${timeZone})${est.fr}. Cette invitation ne peut plus être utilisée.`,
          ),
          SOURCES.applyPr,
          extra,
        ),
      ];
    }
    const msLeft = deadline.ms - now;
    const days = Math.floor(msLeft / DAY_MS);
    const hours = Math.floor((msLeft % DAY_MS) / 3_600_000);
    const soon = msLeft < DEADLINE_WARNING_DAYS * DAY_MS;
    return [
      finding(
        'deadline',
        soon || deadline.estimated ? 'warning' : 'info',
        text(
          `${days} days ${hours} h left to submit`,
          `${days} jours ${hours} h pour présenter la demande`,
        ),
        text(
          `Submit before ${local} (${timeZone}), that is ${deadline.instant}${est.en}; your last full day is ${deadline.lastLocalDay}. No extensions. Declining costs nothing; letting it expire takes your profile out of the pool.`,
          `Présentez avant ${local} (${timeZone}), soit ${deadline.instant}${est.fr} ; dernier jour complet : ${deadline.lastLocalDay}. Aucune prolongation. Refuser ne coûte rien ; laisser expirer retire votre profil du bassin.`,
        ),
        SOURCES.applyPr,
        { ...extra, lastSafeDay: deadline.lastLocalDay },
      ),
    ];
  },
};
