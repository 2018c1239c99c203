// Readings and assessments for the popup and guard tests: a 2026 CEC letter (samples/ita-letter.html
// numbers) and assessments of each verdict, shaped as lib/rules' Assessment.
import type { Reading } from '@/lib/reader/types';
import type { ReadingsState } from '@/lib/schema/state';
import { EMPTY_READINGS, withReading } from '@/lib/schema/state';
import type { StoredAssessment } from '@/lib/schema/assessment';
import type { Assessment, Finding } from '@/lib/rules/types';

export const READ_AT = '2026-11-22T10:00:00.000Z';
export const NOW = Date.parse('2026-11-22T12:00:00Z');

export const letter: Reading = {
  kind: 'ita-letter',
  language: 'en',
  invitation: { date: '2026-11-19', program: 'CEC', deadline: '2027-01-19T00:00:00Z' },
  crs: {
    total: 512,
    rows: { age: 110, education: 120, firstLanguage: 124, canadianWork: 53, sibling: 15 },
  },
  daysLeftToSubmit: null,
  profileNumber: 'E001234567',
  missing: [],
  problems: [],
};

export const withLetter = (reading: Reading = letter, at = READ_AT): ReadingsState =>
  withReading(EMPTY_READINGS, reading, '/mycic/messages/details', at);

const source =
  'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry.html';

export const findings = {
  languageExpires: {
    id: 'language-test-expires',
    severity: 'decline',
    title: {
      en: 'Your IELTS result expires before you can apply',
      fr: 'Votre résultat IELTS expire avant la demande',
    },
    detail: {
      en: 'Result of 2024-12-01 expires on 2026-12-01, before your planned submission on 2026-12-15.',
      fr: 'Le résultat du 2024-12-01 expire le 2026-12-01, avant la présentation prévue le 2026-12-15.',
    },
    source,
  },
  deadline: {
    id: 'deadline',
    severity: 'info',
    title: { en: '57 days left', fr: 'Il reste 57 jours' },
    detail: { en: 'Deadline 2027-01-19 00:00 UTC.', fr: 'Date limite 2027-01-19 00:00 UTC.' },
    source,
  },
  fundsMissing: {
    id: 'funds-short',
    severity: 'warning',
    title: { en: 'Proof of funds not entered', fr: 'Preuve de fonds non saisie' },
    detail: {
      en: 'Enter the amount available to check it against 15,263 CAD.',
      fr: 'Saisissez le montant disponible pour le comparer à 15 263 $.',
    },
    source,
    fact: 'funds.amount',
  },
  factsMissing: {
    id: 'facts-missing',
    severity: 'warning',
    title: { en: 'Some facts the checks need are missing', fr: 'Il manque des renseignements' },
    detail: {
      en: 'Enter on the options page: the funds you have (for: Proof of funds).',
      fr: 'Saisissez dans les options : le montant de vos fonds (pour : Preuve de fonds).',
    },
    source,
    missing: [{ fact: 'funds.amount', checks: ['funds-short'] }],
    notOnPage: [],
  },
  cutoff: {
    id: 'score-below-cutoff',
    severity: 'decline',
    title: {
      en: 'Corrected score 498 is below the cut-off 507',
      fr: 'Le score corrigé 498 est sous le seuil 507',
    },
    detail: { en: 'Canadian work: 53 → 39.', fr: 'Expérience au Canada : 53 → 39.' },
    source,
  },
} satisfies Record<string, Finding>;

export function assessment(
  verdict: Assessment['verdict'],
  list: Finding[],
  over: Partial<Assessment> = {},
): Assessment {
  return {
    verdict,
    findings: list,
    checks: [],
    correctedCrs: { total: 498, rows: { canadianWork: 39 }, changed: ['canadianWork'] },
    cutoff: {
      value: 507,
      source: 'round',
      round: {
        number: '380',
        date: '2026-11-19',
        name: 'Canadian Experience Class',
        cutoff: 507,
        size: 3000,
        programs: 'Canadian Experience Class',
        category: null,
      },
    },
    rulesMayHaveChanged: false,
    ...over,
  };
}

export function stored(a: Assessment, readingAt = READ_AT): StoredAssessment {
  return {
    assessment: a,
    computedAt: '2026-11-22T10:00:01.000Z',
    readingAt,
    readingSource: '/mycic/messages/details',
  };
}

export const DECLINE = assessment('decline', [
  findings.deadline,
  findings.fundsMissing,
  findings.cutoff,
  findings.languageExpires,
]);
export const REVIEW = assessment('review', [findings.deadline, findings.factsMissing], {
  correctedCrs: { total: 512, rows: {}, changed: [] },
});
export const READY = assessment('ready', [findings.deadline], {
  correctedCrs: { total: 512, rows: {}, changed: [] },
});
