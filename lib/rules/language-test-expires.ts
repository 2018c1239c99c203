// Language results are valid 2 years from the result date and must still be valid on the day the
// application is submitted (MI 2017-1 s.3(4)). Assumption: a new result takes about 4 weeks to book,
// sit and receive (IELTS and CELPIP are faster, TEF and TCF slower) — LANGUAGE_REPLACE_DAYS.
import type { LanguageTestFact } from '../facts';
import { languageExpiry, testsInForce } from './language-levels';
import { fired, needs, notApplicable } from './result';
import { SOURCES } from './sources';
import { count, day, finding, text } from './text';
import type { Finding, Rule, RuleInput } from './types';
import { validity } from './validity';
import { invitationDay, testName } from './words';

export const LANGUAGE_REPLACE_DAYS = 28;

function check(test: LanguageTestFact, input: RuleInput, spouse: boolean): Finding[] {
  const expiry = languageExpiry(test);
  const v = validity(expiry, input, LANGUAGE_REPLACE_DAYS);
  const name = testName(test.test);
  const taken = day(test.resultDate);
  const what = spouse
    ? text(
        `Your spouse’s ${name.en} result of ${taken.en}`,
        `Le résultat ${name.fr} du ${taken.fr} de votre époux ou conjoint`,
      )
    : text(`Your ${name.en} result of ${taken.en}`, `Votre résultat ${name.fr} du ${taken.fr}`);
  const turns = day(expiry);
  const source = SOURCES.ministerialInstructions2017;
  const fact = spouse ? 'spouseLanguageTest' : 'languageTests';
  const title = (en: string, fr: string) =>
    spouse
      ? text(`Your spouse’s language result ${en}`, `Le résultat linguistique du conjoint ${fr}`)
      : text(`Your language result ${en}`, `Votre résultat linguistique ${fr}`);
  switch (v.state) {
    case 'valid':
      return [];
    case 'expired-at-ita': {
      const ita = input.ita ? invitationDay(input.ita) : text('', '');
      return [
        finding(
          'language-test-expires',
          spouse ? 'warning' : 'decline',
          title('had expired when you were invited', 'était expiré à l’invitation'),
          text(
            `${what.en} turned two on ${turns.en}, on or before the invitation date, ${ita.en}: the points it gave did not hold when you were invited.`,
            `${what.fr} a eu deux ans le ${turns.fr}, au plus tard à la date de l’invitation, le ${ita.fr} : les points qu’il donnait n’étaient plus valides à l’invitation.`,
          ),
          source,
          { fact },
        ),
      ];
    }
    case 'expires-before-submission': {
      const safe = day(v.lastSafeDay);
      const planned = day(input.submission);
      const earlier =
        v.lastSafeDay >= input.today
          ? text(`Submit by ${safe.en}`, `Présentez la demande au plus tard le ${safe.fr}`)
          : text(
              'It is already too late to submit with it',
              'Il est déjà trop tard pour présenter la demande avec ce résultat',
            );
      const replace = v.replaceable
        ? text(
            `, or take a new test now (about ${count(LANGUAGE_REPLACE_DAYS, 'day').en} for a result) with scores at least as high`,
            `, ou passez un nouveau test maintenant (environ ${count(LANGUAGE_REPLACE_DAYS, 'day').fr} pour un résultat) avec des scores au moins aussi élevés`,
          )
        : text('', '');
      const decline =
        v.severity === 'decline'
          ? text(
              ' A new result cannot arrive before the deadline: decline.',
              ' Un nouveau résultat ne peut pas arriver avant la date limite : refusez.',
            )
          : text('', '');
      return [
        finding(
          'language-test-expires',
          spouse ? 'warning' : v.severity,
          title(
            'expires before the day you plan to submit',
            'expire avant la date de présentation prévue',
          ),
          text(
            `${what.en} turns two on ${turns.en}; you plan to submit on ${planned.en}. ${earlier.en}${replace.en}.${decline.en}`,
            `${what.fr} a deux ans le ${turns.fr} ; vous prévoyez présenter la demande le ${planned.fr}. ${earlier.fr}${replace.fr}.${decline.fr}`,
          ),
          source,
          { fact, lastSafeDay: v.lastSafeDay },
        ),
      ];
    }
    case 'expires-before-deadline': {
      const safe = day(v.lastSafeDay);
      return [
        finding(
          'language-test-expires',
          'warning',
          title('expires before the deadline', 'expire avant la date limite'),
          text(
            `${what.en} turns two on ${turns.en}, before the deadline. Submit by ${safe.en}.`,
            `${what.fr} a deux ans le ${turns.fr}, avant la date limite. Présentez la demande au plus tard le ${safe.fr}.`,
          ),
          source,
          { fact, lastSafeDay: v.lastSafeDay },
        ),
      ];
    }
  }
}

export const rule: Rule = {
  id: 'language-test-expires',
  name: text('Language results still valid', 'Validité des résultats linguistiques'),
  needs: ['languageTests'],
  evaluate(input) {
    const { facts, itaDate } = input;
    if (!facts.languageTests) return needs(['languageTests']);
    if (facts.languageTests.length === 0) return notApplicable();
    // The results that counted at the ITA; without an ITA date, or none valid then, every result.
    const inForce = itaDate === null ? {} : testsInForce(facts.languageTests, itaDate);
    const used = [inForce.english, inForce.french].filter((t) => t !== undefined);
    const judged = used.length > 0 ? used : facts.languageTests;
    const found = judged.flatMap((t) => check(t, input, false));
    // The spouse's test counts only with a spouse who comes (a missing one is asked for by the
    // breakdown check, which needs it to verify the spouse's language points).
    if (facts.family?.spouse === 'accompanying' && facts.spouseLanguageTest) {
      found.push(...check(facts.spouseLanguageTest, input, true));
    }
    return fired(...found);
  },
};
