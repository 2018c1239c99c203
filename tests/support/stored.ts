// Readings and assessments for the popup and guard tests: a 2026 CEC letter (samples/ita-letter.html
// numbers) and assessments of each verdict, shaped as lib/rules' Assessment (findings that fired,
// one check per catalogue id), with a plan beside them as the background stores it.
import type { Reading } from '@/lib/reader/types';
import type { ReadingsState } from '@/lib/schema/state';
import { EMPTY_READINGS, withReading } from '@/lib/schema/state';
import type { StoredAssessment } from '@/lib/schema/assessment';
import type { Plan } from '@/lib/plan/types';
import { RULE_IDS, type Assessment, type Check, type Finding } from '@/lib/rules/types';

export const READ_AT = '2026-11-22T10:00:00.000Z';
export const NOW = Date.parse('2026-11-22T12:00:00Z');

export const letter: Reading = {
  kind: 'ita-letter',
  language: 'en',
  invitation: { date: '2026-11-19', program: 'CEC', deadline: '2027-01-19T00:00:00Z' },
  crs: {
    total: 512,
    rows: {
      age: 110,
      education: 120,
      firstLanguage: 124,
      secondLanguage: 0,
      canadianWork: 53,
      spouseEducation: 0,
      spouseLanguage: 0,
      spouseCanadianWork: 0,
      transferEducation: 50,
      transferForeignWork: 25,
      transferCertificate: 0,
      frenchBonus: 0,
      sibling: 15,
      canadianEducation: 15,
      arrangedEmployment: 0,
      provincialNomination: 0,
    },
  },
  daysLeftToSubmit: null,
  profileNumber: 'E001234567',
  missing: [],
  problems: [],
};

export const accountHome: Reading = {
  kind: 'account-home',
  language: 'en',
  invitation: { date: null, program: null, deadline: null },
  crs: { total: null, rows: {} },
  daysLeftToSubmit: 37,
  profileNumber: null,
  missing: [],
  problems: [],
};

export const profile: Reading = {
  ...accountHome,
  kind: 'profile',
  crs: { total: 471, rows: {} },
  daysLeftToSubmit: null,
  profileNumber: 'E001234567',
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
      en: 'Your result of December 1, 2024 stops counting on December 1, 2026, before your planned submission.',
      fr: 'Votre résultat du 1er décembre 2024 cesse de compter le 1er décembre 2026, avant la présentation prévue.',
    },
    source,
    fact: 'languageTests',
  },
  deadline: {
    id: 'deadline',
    severity: 'info',
    title: { en: '57 days and 12 hours left to submit', fr: 'Il reste 57 jours et 12 heures' },
    detail: {
      en: 'Submit before January 19, 2027 at 12:00 a.m. UTC; your last full day is January 18, 2027.',
      fr: 'Présentez la demande avant le 19 janvier 2027 à 0 h UTC ; votre dernier jour complet est le 18 janvier 2027.',
    },
    source,
    deadline: '2027-01-19T00:00:00Z',
    lastSafeDay: '2027-01-18',
  },
  expired: {
    id: 'deadline',
    severity: 'decline',
    title: {
      en: 'This invitation can no longer be used',
      fr: 'Cette invitation ne peut plus être utilisée',
    },
    detail: {
      en: 'Its deadline was January 18, 2027 at 7:00 p.m. It can no longer be accepted.',
      fr: 'Sa date limite était le 18 janvier 2027 à 19 h. Elle ne peut plus être acceptée.',
    },
    source,
    deadline: '2027-01-19T00:00:00Z',
  },
  fundsShort: {
    id: 'funds-short',
    severity: 'warning',
    title: { en: 'Your funds are short', fr: 'Vos fonds sont insuffisants' },
    detail: {
      en: 'You entered 12,000 CAD; a family of 1 needs 15,263 CAD.',
      fr: 'Vous avez saisi 12 000 $ ; une famille d’une personne doit avoir 15 263 $.',
    },
    source,
    fact: 'funds.amount',
  },
  familyChange: {
    id: 'family-change',
    severity: 'warning',
    title: { en: 'Your family changed since the profile', fr: 'Votre famille a changé' },
    detail: {
      en: 'You married after the profile was submitted: update it.',
      fr: 'Vous vous êtes marié après le profil : mettez-le à jour.',
    },
    source,
    fact: 'family.changedSinceProfile',
  },
  factsMissing: {
    id: 'facts-missing',
    severity: 'warning',
    title: { en: 'Some facts the checks need are missing', fr: 'Il manque des renseignements' },
    detail: {
      en: 'Enter on the options page: your work periods (for: Work the program asks for); your date of birth (for: Birthday after the invitation).',
      fr: 'Saisissez dans les options : vos périodes de travail (pour : Travail exigé) ; votre date de naissance (pour : Anniversaire).',
    },
    source,
    missing: [
      { fact: 'dateOfBirth', checks: ['age-after-invitation'] },
      { fact: 'work', checks: ['program-requirements-not-met', 'work-experience-short'] },
    ],
    notOnPage: [],
  },
  cutoffUnknown: {
    id: 'cutoff-unknown',
    severity: 'warning',
    title: {
      en: 'Your round’s cut-off was not found',
      fr: 'Le seuil de votre ronde est introuvable',
    },
    detail: {
      en: 'No single round matches the invitation date, November 19, 2026.',
      fr: 'Aucune ronde unique ne correspond à la date de l’invitation, le 19 novembre 2026.',
    },
    source,
    fact: 'round',
  },
  cutoff: {
    id: 'score-below-cutoff',
    severity: 'decline',
    title: {
      en: 'Your corrected score is below the cut-off',
      fr: 'Votre score corrigé est sous le seuil',
    },
    detail: {
      en: 'Corrected score 498 against the cut-off 507 of round 380.',
      fr: 'Score corrigé de 498 pour un seuil de 507 (ronde 380).',
    },
    source,
  },
} satisfies Record<string, Finding>;

/** One check per catalogue id: those named fired, those named waiting for facts, the rest passed. */
export function checks(fired: readonly string[], waiting: readonly string[] = []): Check[] {
  return RULE_IDS.map((id) =>
    fired.includes(id)
      ? { id, status: 'fired' }
      : waiting.includes(id)
        ? { id, status: 'needs-facts', facts: ['work'] }
        : id === 'funds-short' || id === 'nomination-withdrawn'
          ? { id, status: 'not-applicable' }
          : { id, status: 'pass' },
  );
}

export const ROUND_380 = {
  number: '380',
  date: '2026-11-19',
  name: 'Canadian Experience Class',
  cutoff: 507,
  size: 3000,
  programs: 'Canadian Experience Class',
  category: null,
};

export function assessment(
  verdict: Assessment['verdict'],
  list: Finding[],
  over: Partial<Assessment> = {},
): Assessment {
  return {
    verdict,
    findings: list,
    checks: checks(list.map((f) => f.id)),
    correctedCrs: { total: 498, rows: { canadianWork: 39 }, changed: ['canadianWork'] },
    cutoff: { value: 507, source: 'round', round: ROUND_380 },
    rulesMayHaveChanged: false,
    ...over,
  };
}

export const PLAN: Plan = {
  score: 498,
  cutoff: 507,
  margin: -9,
  stakes: [
    {
      claim: 'canadian-education',
      now: 'oneOrTwoYear',
      lower: 'none',
      scoreIfLower: 483,
      belowCutoff: true,
    },
  ],
  gains: [
    {
      change: 'canadian-work-next-year',
      gain: 8,
      score: 506,
      earliest: '2027-03-04',
      to: 2,
    },
  ],
  ifDeclined: {
    score: 498,
    on: '2026-11-22',
    recentCutoffs: [{ date: '2026-10-01', name: 'Canadian Experience Class', cutoff: 515 }],
    changed: [],
    expired: [],
  },
  needs: [],
  blocked: null,
};

export function stored(
  a: Assessment,
  readingAt = READ_AT,
  plan: Plan | null = null,
): StoredAssessment {
  return {
    assessment: a,
    computedAt: '2026-11-22T10:00:01.000Z',
    readingAt,
    readingSource: '/mycic/messages/details',
    plan,
  };
}

export const DECLINE = assessment('decline', [
  findings.deadline,
  findings.fundsShort,
  findings.cutoff,
  findings.languageExpires,
]);
export const REVIEW = assessment('review', [findings.factsMissing, findings.deadline], {
  checks: checks(
    ['facts-missing', 'deadline'],
    ['program-requirements-not-met', 'work-experience-short', 'age-after-invitation'],
  ),
  correctedCrs: { total: 512, rows: {}, changed: [] },
});
export const REVIEW_FAMILY = assessment(
  'review',
  [findings.familyChange, findings.factsMissing, findings.deadline],
  { correctedCrs: { total: 512, rows: {}, changed: [] } },
);
export const CUTOFF_UNKNOWN = assessment(
  'review',
  [findings.factsMissing, findings.cutoffUnknown, findings.deadline],
  {
    checks: checks(['facts-missing', 'cutoff-unknown', 'deadline'], ['score-below-cutoff']),
    correctedCrs: { total: 512, rows: {}, changed: [] },
    cutoff: { value: null, source: null, round: null },
  },
);
export const READY = assessment('ready', [findings.deadline], {
  correctedCrs: { total: 512, rows: {}, changed: [] },
});
export const EXPIRED = assessment('decline', [findings.expired]);
