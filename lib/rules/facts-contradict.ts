// Facts that cannot all be true, among themselves or against the letter: dates out of order (birth
// before results, ECA and work; the invitation not after today), an ECA or a test result dated
// after the invitation behind points the invitation counted, age points that do not match the date
// of birth, a family size that leaves out the spouse or the children (everyone counts, even those
// who are not coming). A verdict resting on contradictory facts is never "ready".
import { CRS_ROW_NAMES, gridFor } from '../crs';
import { addYears, localDate, wholeYearsBetween } from '../dates';
import type { FactPath, LanguageTestFact } from '../facts';
import { languageOf } from '../language';
import type { CrsRowKey } from '../reader/types';
import { testsInForce } from './language-levels';
import { fired } from './result';
import { SOURCES } from './sources';
import { count, day, finding, list, num, text } from './text';
import type { Finding, Rule, RuleInput, Text } from './types';
import { invitationDay, periodWords, rowNames, testName } from './words';

/** Age from which work can be skilled experience here: earlier periods are a typing slip. */
const WORK_FROM_AGE = 16;

function contradiction(title: Text, detail: Text, fact?: FactPath): Finding {
  return finding(
    'facts-contradict',
    'warning',
    title,
    detail,
    SOURCES.crsCriteria,
    fact === undefined ? {} : { fact },
  );
}

const testWords = (test: LanguageTestFact): Text => {
  const taken = day(test.resultDate);
  return text(
    `your ${testName(test.test).en} result of ${taken.en}`,
    `votre résultat ${testName(test.test).fr} du ${taken.fr}`,
  );
};

/** Dates that must come after the birth, and dated things that cannot be in the future. */
function datesInOrder({ facts, today }: RuleInput): Finding[] {
  const out: Finding[] = [];
  const birth = facts.dateOfBirth;
  const tests = [
    ...(facts.languageTests ?? []).map((t) => ({ t, fact: 'languageTests' as const })),
    ...(facts.spouseLanguageTest
      ? [{ t: facts.spouseLanguageTest, fact: 'spouseLanguageTest' as const }]
      : []),
  ];
  const eca = facts.education?.ecaIssued ?? null;
  if (birth !== undefined && birth > today) {
    out.push(
      contradiction(
        text('Your date of birth is in the future', 'Votre date de naissance est dans le futur'),
        text(
          `Your date of birth, ${day(birth).en}, is after today, ${day(today).en}.`,
          `Votre date de naissance, le ${day(birth).fr}, est postérieure à aujourd’hui, le ${day(today).fr}.`,
        ),
        'dateOfBirth',
      ),
    );
  }
  for (const { t, fact } of tests) {
    if (t.resultDate > today) {
      out.push(
        contradiction(
          text(
            'A language result is dated in the future',
            'Un résultat linguistique est daté dans le futur',
          ),
          text(
            `${capital(testWords(t).en)} is after today, ${day(today).en}.`,
            `${capital(testWords(t).fr)} est postérieur à aujourd’hui, le ${day(today).fr}.`,
          ),
          fact,
        ),
      );
    } else if (birth !== undefined && fact === 'languageTests' && t.resultDate <= birth) {
      out.push(
        contradiction(
          text(
            'A language result is dated before your birth',
            'Un résultat linguistique est antérieur à votre naissance',
          ),
          text(
            `${capital(testWords(t).en)} is not after your date of birth, ${day(birth).en}.`,
            `${capital(testWords(t).fr)} n’est pas postérieur à votre date de naissance, le ${day(birth).fr}.`,
          ),
          fact,
        ),
      );
    }
  }
  if (eca !== null && eca > today) {
    out.push(
      contradiction(
        text('Your ECA is dated in the future', 'Votre EDE est datée dans le futur'),
        text(
          `Your ECA’s issue date, ${day(eca).en}, is after today, ${day(today).en}.`,
          `La date de délivrance de votre EDE, le ${day(eca).fr}, est postérieure à aujourd’hui, le ${day(today).fr}.`,
        ),
        'education.ecaIssued',
      ),
    );
  } else if (eca !== null && birth !== undefined && eca <= birth) {
    out.push(
      contradiction(
        text('Your ECA is dated before your birth', 'Votre EDE est antérieure à votre naissance'),
        text(
          `Your ECA’s issue date, ${day(eca).en}, is not after your date of birth, ${day(birth).en}.`,
          `La date de délivrance de votre EDE, le ${day(eca).fr}, n’est pas postérieure à votre date de naissance, le ${day(birth).fr}.`,
        ),
        'education.ecaIssued',
      ),
    );
  }
  if (birth !== undefined) {
    const sixteen = addYears(birth, WORK_FROM_AGE);
    for (const period of facts.work ?? []) {
      if (period.start >= sixteen) continue;
      const before = period.start < birth;
      out.push(
        contradiction(
          before
            ? text('Work is dated before your birth', 'Du travail est daté avant votre naissance')
            : text('Work is dated before you turned 16', 'Du travail est daté avant vos 16 ans'),
          text(
            `Your work ${periodWords(period).en} starts before ${before ? `your date of birth, ${day(birth).en}` : `you turned 16, on ${day(sixteen).en}`}.`,
            `Votre travail ${periodWords(period).fr} commence avant ${before ? `votre date de naissance, le ${day(birth).fr}` : `vos 16 ans, le ${day(sixteen).fr}`}.`,
          ),
          'work',
        ),
      );
    }
  }
  return out;
}

/** The invitation cannot be dated after today or before the birth, nor its deadline before it. */
function invitationInOrder({ ita, today, deadline, facts }: RuleInput): Finding[] {
  if (ita === null) return [];
  const out: Finding[] = [];
  if (ita.date > today) {
    out.push(
      contradiction(
        text('The invitation is dated in the future', 'L’invitation est datée dans le futur'),
        text(
          `The invitation date, ${invitationDay(ita).en}, is after today, ${day(today).en}. Check the date on the letter and this device’s date.`,
          `La date de l’invitation, le ${invitationDay(ita).fr}, est postérieure à aujourd’hui, le ${day(today).fr}. Vérifiez la date de la lettre et celle de cet appareil.`,
        ),
      ),
    );
  }
  const birth = facts.dateOfBirth;
  if (birth !== undefined && birth <= today && birth >= ita.date) {
    out.push(
      contradiction(
        text(
          'Your date of birth is after the invitation',
          'Votre date de naissance est postérieure à l’invitation',
        ),
        text(
          `Your date of birth, ${day(birth).en}, is not before the invitation date, ${invitationDay(ita).en}.`,
          `Votre date de naissance, le ${day(birth).fr}, n’est pas antérieure à la date de l’invitation, le ${invitationDay(ita).fr}.`,
        ),
        'dateOfBirth',
      ),
    );
  }
  if (ita.basis === 'letter' && deadline !== null && !deadline.estimated) {
    const due = localDate(deadline.ms, 'UTC');
    if (due <= ita.date) {
      out.push(
        contradiction(
          text(
            'The letter’s deadline is not after its date',
            'La date limite de la lettre n’est pas après sa date',
          ),
          text(
            `The page gives a deadline of ${day(due).en} for an invitation of ${day(ita.date).en}. Check both on your letter.`,
            `La page donne une date limite du ${day(due).fr} pour une invitation du ${day(ita.date).fr}. Vérifiez les deux sur votre lettre.`,
          ),
        ),
      );
    }
  }
  return out;
}

/** Points the invitation counted that no document dated by the invitation supports. */
function unsupportedPoints({ facts, ita, reading }: RuleInput): Finding[] {
  if (ita === null) return [];
  const rows = reading.crs.rows;
  const out: Finding[] = [];
  const claimed = (keys: readonly CrsRowKey[]) => keys.filter((k) => (rows[k] ?? 0) > 0);
  const lostRows = (keys: readonly CrsRowKey[]): Text =>
    list(
      keys.map((k) =>
        text(
          `${rowNames([k]).en} (${count(rows[k] ?? 0, 'point').en})`,
          `${rowNames([k]).fr} (${count(rows[k] ?? 0, 'point').fr})`,
        ),
      ),
    );
  const when = invitationDay(ita);
  const eca = facts.education?.ecaIssued ?? null;
  const ecaRows = claimed(['education', 'transferEducation']);
  if (eca !== null && eca > ita.date && ecaRows.length > 0) {
    out.push(
      contradiction(
        text('Your ECA is dated after the invitation', 'Votre EDE est postérieure à l’invitation'),
        text(
          `Your ECA was issued on ${day(eca).en}, after the invitation date, ${when.en}. When you were invited, no ECA supported ${lostRows(ecaRows).en}. Check the date, or the claim.`,
          `Votre EDE a été délivrée le ${day(eca).fr}, après la date de l’invitation, le ${when.fr}. À l’invitation, aucune EDE n’appuyait ${lostRows(ecaRows).fr}. Vérifiez la date, ou la déclaration.`,
        ),
        'education.ecaIssued',
      ),
    );
  }
  const tests = facts.languageTests;
  if (tests !== undefined) {
    const inForce = testsInForce(tests, ita.date);
    const late = tests.filter(
      (t) => t.resultDate > ita.date && inForce[languageOf(t.test)] === undefined,
    );
    const held = new Set(
      [inForce.english, inForce.french].flatMap((t) => (t ? [languageOf(t.test)] : [])),
    );
    const lateLanguages = new Set(late.map((t) => languageOf(t.test)));
    const lost: CrsRowKey[] = [];
    // The first language needs one result valid at the invitation, the second one a result in each.
    if (held.size === 0) lost.push(...claimed(['firstLanguage']));
    if (held.size < 2 && lateLanguages.size > 0) lost.push(...claimed(['secondLanguage']));
    if (lateLanguages.has('french')) lost.push(...claimed(['frenchBonus']));
    const unique = [...new Set(lost)];
    if (unique.length > 0 && late.length > 0) {
      out.push(
        contradiction(
          text(
            'A language result is dated after the invitation',
            'Un résultat linguistique est postérieur à l’invitation',
          ),
          text(
            `${capital(list(late.map(testWords)).en)} ${late.length > 1 ? 'are' : 'is'} after the invitation date, ${when.en}, and no other result of that language was valid then. When you were invited, nothing supported ${lostRows(unique).en}. Check the dates, or the claim.`,
            `${capital(list(late.map(testWords)).fr)} ${late.length > 1 ? 'sont postérieurs' : 'est postérieur'} à la date de l’invitation, le ${when.fr}, et aucun autre résultat dans cette langue n’était valide alors. À l’invitation, rien n’appuyait ${lostRows(unique).fr}. Vérifiez les dates, ou la déclaration.`,
          ),
          'languageTests',
        ),
      );
    }
    if (tests.length === 0 && claimed(['firstLanguage']).length > 0) {
      out.push(
        contradiction(
          text(
            'No language test, but language points',
            'Aucun test de langue, mais des points de langue',
          ),
          text(
            `You entered no language test, but the invitation counted ${lostRows(['firstLanguage']).en}.`,
            `Vous n’avez saisi aucun test de langue, mais l’invitation comptait ${lostRows(['firstLanguage']).fr}.`,
          ),
          'languageTests',
        ),
      );
    }
  }
  const spouseTest = facts.spouseLanguageTest;
  if (
    facts.family?.spouse === 'accompanying' &&
    spouseTest &&
    spouseTest.resultDate > ita.date &&
    claimed(['spouseLanguage']).length > 0
  ) {
    out.push(
      contradiction(
        text(
          'Your spouse’s language result is dated after the invitation',
          'Le résultat linguistique du conjoint est postérieur à l’invitation',
        ),
        text(
          `Your spouse’s ${testName(spouseTest.test).en} result of ${day(spouseTest.resultDate).en} is after the invitation date, ${when.en}. When you were invited, it could not support ${lostRows(['spouseLanguage']).en}.`,
          `Le résultat ${testName(spouseTest.test).fr} du ${day(spouseTest.resultDate).fr} de votre conjoint est postérieur à la date de l’invitation, le ${when.fr}. À l’invitation, il ne pouvait pas appuyer ${lostRows(['spouseLanguage']).fr}.`,
        ),
        'spouseLanguageTest',
      ),
    );
  }
  return out;
}

/** The letter's age points against the age the date of birth gives on the invitation date. */
function agePoints({ facts, ita, reading, corrected }: RuleInput): Finding[] {
  const birth = facts.dateOfBirth;
  const shown = reading.crs.rows.age;
  if (birth === undefined || ita === null || shown === undefined || birth >= ita.date) return [];
  let grid;
  try {
    grid = gridFor(ita.date);
  } catch {
    // Before the oldest grid the engine knows: no age table to compare with.
    return [];
  }
  const age = wholeYearsBetween(birth, ita.date);
  const band = grid.core.age.find((b) => age >= b.from && (b.to === null || age <= b.to));
  if (!band) return [];
  const { withSpouse, withoutSpouse } = band.points;
  const expected =
    corrected.withSpouse === null
      ? [withSpouse, withoutSpouse]
      : [corrected.withSpouse ? withSpouse : withoutSpouse];
  if (expected.includes(shown)) return [];
  const worth =
    corrected.withSpouse === null
      ? text(
          `${count(withoutSpouse, 'point').en} (${num(withSpouse).en} with a spouse or partner who comes)`,
          `${count(withoutSpouse, 'point').fr} (${num(withSpouse).fr} avec un époux ou conjoint qui vous accompagne)`,
        )
      : count(expected[0] ?? 0, 'point');
  return [
    contradiction(
      text(
        'Your date of birth does not match the age points',
        'Votre date de naissance ne correspond pas aux points d’âge',
      ),
      text(
        `Born on ${day(birth).en}, you were ${count(age, 'year').en} old on the invitation date, ${invitationDay(ita).en}. That age is worth ${worth.en}, but the letter shows ${count(shown, 'point').en} for “${CRS_ROW_NAMES.age.en}”. Check your date of birth, in your facts and in your profile.`,
        `Avec une date de naissance au ${day(birth).fr}, vous aviez ${count(age, 'year').fr} à la date de l’invitation, le ${invitationDay(ita).fr}. Cet âge vaut ${worth.fr}, mais la lettre indique ${count(shown, 'point').fr} pour « ${CRS_ROW_NAMES.age.fr} ». Vérifiez votre date de naissance, dans vos renseignements et dans votre profil.`,
      ),
      'dateOfBirth',
    ),
  ];
}

/** The family size counts the candidate, the spouse or partner and every dependent child. */
function familySize({ facts }: RuleInput): Finding[] {
  const family = facts.family;
  const size = family?.size;
  if (size === undefined) return [];
  const spouse = family?.spouse;
  const spouseCount = spouse === undefined || spouse === 'none' ? 0 : 1;
  const children = family?.children;
  const atLeast = 1 + spouseCount + (children ?? 0);
  const exact = spouse !== undefined && children !== undefined;
  if (exact ? size === atLeast : size >= atLeast) return [];
  const who = list([
    text('you', 'vous'),
    ...(spouseCount > 0 ? [text('your spouse or partner', 'votre époux ou conjoint de fait')] : []),
    ...(children ? [count(children, 'child')] : []),
  ]);
  return [
    contradiction(
      text('Your family size does not add up', 'La taille de votre famille ne concorde pas'),
      text(
        `You entered a family size of ${num(size).en}, but ${who.en} make ${exact ? '' : 'at least '}${num(atLeast).en}. Everyone counts, even a spouse or partner or a child who is not coming.`,
        `Vous avez indiqué une famille de ${count(size, 'person').fr}, mais en comptant ${who.fr}, elle est ${exact ? 'de' : 'd’au moins'} ${count(atLeast, 'person').fr}. Tout le monde compte, même un époux, un conjoint ou un enfant qui ne vient pas.`,
      ),
      'family.size',
    ),
  ];
}

function capital(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

export const rule: Rule = {
  id: 'facts-contradict',
  name: text(
    'Facts consistent with each other and the letter',
    'Cohérence des renseignements et de la lettre',
  ),
  needs: [],
  evaluate(input) {
    return fired(
      ...datesInOrder(input),
      ...invitationInOrder(input),
      ...unsupportedPoints(input),
      ...agePoints(input),
      ...familySize(input),
    );
  },
};
