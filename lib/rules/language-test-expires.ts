// Language results are valid 2 years from the result date and must still be valid on the day the
// application is submitted (MI 2017-1 s.3(4); readiness-facts.json "languageTestValidity").
// Assumption: a new result takes about 4 weeks to book, sit and receive (IELTS/CELPIP are faster,
// TEF/TCF slower) — LANGUAGE_REPLACE_DAYS.
import type { LanguageTestFact } from '../facts';
import { languageExpiry, testsInForce } from './language-levels';
import { SOURCES } from './sources';
import { finding, missingFact, text } from './text';
import type { Finding, Rule, RuleInput } from './types';
import { validity } from './validity';

export const LANGUAGE_REPLACE_DAYS = 28;

function check(test: LanguageTestFact, input: RuleInput, spouse: boolean): Finding[] {
  const expiry = languageExpiry(test);
  const v = validity(expiry, input, LANGUAGE_REPLACE_DAYS);
  const who = spouse ? text('Spouse’s ', 'Du conjoint : ') : text('', '');
  const what = `${test.test} (${test.resultDate})`;
  const source = SOURCES.ministerialInstructions2017;
  const fact = spouse ? 'spouseLanguageTest' : 'languageTests';
  switch (v.state) {
    case 'valid':
      return [];
    case 'expired-at-ita':
      return [
        finding(
          'language-test-expires',
          spouse ? 'warning' : 'decline',
          text(
            `${who.en}language result expired before the ITA`,
            `${who.fr}résultat linguistique expiré avant l’invitation`,
          ),
          text(
            `${what} turned two on ${expiry}, on or before the ITA date ${input.itaDate ?? ''}: the claim did not hold when you were invited.`,
            `${what} a eu deux ans le ${expiry}, au plus tard à la date de l’invitation ${input.itaDate ?? ''} : la déclaration n’était pas valide à l’invitation.`,
          ),
          source,
          { fact },
        ),
      ];
    case 'expires-before-submission':
      return [
        finding(
          'language-test-expires',
          spouse ? 'warning' : v.severity,
          text(
            `${who.en}language result expires before you plan to submit`,
            `${who.fr}résultat linguistique expiré avant la présentation prévue`,
          ),
          text(
            `${what} turns two on ${expiry}; you plan to submit on ${input.submission}. ${v.lastSafeDay >= input.today ? `Submit by ${v.lastSafeDay}` : 'It is already too late to submit with it'}${v.replaceable ? `, or take a new test now (about ${LANGUAGE_REPLACE_DAYS} days for a result) with scores at least as high` : ''}.${v.severity === 'decline' ? ' A new result cannot arrive before the deadline: decline.' : ''}`,
            `${what} a deux ans le ${expiry} ; présentation prévue le ${input.submission}. ${v.lastSafeDay >= input.today ? `Présentez au plus tard le ${v.lastSafeDay}` : 'Il est déjà trop tard pour présenter avec ce résultat'}${v.replaceable ? `, ou passez un nouveau test maintenant (environ ${LANGUAGE_REPLACE_DAYS} jours pour un résultat) avec des scores au moins aussi élevés` : ''}.${v.severity === 'decline' ? ' Un nouveau résultat ne peut pas arriver avant la date limite : refusez.' : ''}`,
          ),
          source,
          { fact, lastSafeDay: v.lastSafeDay },
        ),
      ];
    case 'expires-before-deadline':
      return [
        finding(
          'language-test-expires',
          'warning',
          text(
            `${who.en}language result expires before the deadline`,
            `${who.fr}résultat linguistique expiré avant la date limite`,
          ),
          text(
            `${what} turns two on ${expiry}, before the deadline. Submit by ${v.lastSafeDay}.`,
            `${what} a deux ans le ${expiry}, avant la date limite. Présentez au plus tard le ${v.lastSafeDay}.`,
          ),
          source,
          { fact, lastSafeDay: v.lastSafeDay },
        ),
      ];
  }
}

export const rule: Rule = {
  id: 'language-test-expires',
  needs: ['languageTests'],
  evaluate(input) {
    const { facts, itaDate } = input;
    if (!facts.languageTests || facts.languageTests.length === 0) {
      return [
        missingFact(
          'language-test-expires',
          'languageTests',
          text(
            'results are valid 2 years and must be valid when you submit.',
            'les résultats sont valides 2 ans et doivent l’être à la présentation.',
          ),
          SOURCES.ministerialInstructions2017,
        ),
      ];
    }
    // The results that counted at the ITA; without an ITA date, every result listed.
    const inForce = itaDate === null ? {} : testsInForce(facts.languageTests, itaDate);
    const used =
      itaDate === null
        ? facts.languageTests
        : [inForce.english, inForce.french].filter((t) => t !== undefined);
    const latest = used.length > 0 ? used : facts.languageTests;
    const out = latest.flatMap((t) => check(t, input, false));
    if (facts.family?.spouse === 'accompanying' && facts.spouseLanguageTest) {
      out.push(...check(facts.spouseLanguageTest, input, true));
    }
    return out;
  },
};
