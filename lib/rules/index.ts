// The rules engine's public face: the catalogue and `evaluate` (SPEC.md "Findings and the verdict").
// `(reading, facts, rounds, now) → findings + verdict`; time is an argument, never the clock.
import { rule as ageAfterInvitation } from './age-after-invitation';
import { rule as breakdownMismatch } from './breakdown-mismatch';
import { rule as categoryExperienceShort } from './category-experience-short';
import { buildInput, type EvaluateInput } from './context';
import { rule as cutoffUnknown } from './cutoff-unknown';
import { rule as deadline } from './deadline';
import { rule as ecaExpired } from './eca-expired';
import { rule as familyChange } from './family-change';
import { rule as fundsShort } from './funds-short';
import { rule as languageTestExpires } from './language-test-expires';
import { rule as nominationWithdrawn } from './nomination-withdrawn';
import { rule as policeCertificatesPending } from './police-certificates-pending';
import { rule as programRequirementsNotMet } from './program-requirements-not-met';
import { rule as rulesMayHaveChanged } from './rules-may-have-changed';
import { rule as scoreBelowCutoff } from './score-below-cutoff';
import { SOURCES } from './sources';
import { text } from './text';
import { bySeverity, verdictOf } from '../verdict';
import type { Assessment, Rule } from './types';
import { rule as workExperienceShort } from './work-experience-short';

export * from './types';
export { type EvaluateInput, ITA_VALID_DAYS } from './context';
export { SOURCES } from './sources';
export { fundsNeeded } from './funds-short';

/** The catalogue, in SPEC.md order; each module's file name is its id. */
export const RULES: readonly Rule[] = [
  scoreBelowCutoff,
  programRequirementsNotMet,
  workExperienceShort,
  languageTestExpires,
  ecaExpired,
  nominationWithdrawn,
  familyChange,
  fundsShort,
  categoryExperienceShort,
  policeCertificatesPending,
  deadline,
  ageAfterInvitation,
  breakdownMismatch,
  cutoffUnknown,
  rulesMayHaveChanged,
];

export { verdictOf };

/** A page that is not an ITA letter, profile or account page: no rule runs, no verdict pretends. */
function unreadable(input: EvaluateInput): Assessment {
  const missing =
    input.reading.missing.length > 0 ? input.reading.missing.join(', ') : 'everything';
  return {
    verdict: 'review',
    findings: [
      {
        id: 'page-unreadable',
        severity: 'warning',
        title: text('Could not read this page', 'Impossible de lire cette page'),
        detail: text(
          `This page was not recognised as an IRCC invitation, profile or account page. Not found: ${missing}. Open your ITA letter or import it as a PDF.`,
          `Cette page n’a pas été reconnue comme une page d’invitation, de profil ou de compte d’IRCC. Introuvable : ${missing}. Ouvrez votre lettre d’invitation ou importez-la en PDF.`,
        ),
        source: SOURCES.applyPr,
      },
    ],
    correctedCrs: { total: null, rows: {}, changed: [] },
    cutoff: { value: null, source: null, round: null },
    rulesMayHaveChanged: false,
  };
}

export function evaluate(input: EvaluateInput): Assessment {
  if (input.reading.kind === 'unknown') return unreadable(input);
  const ruleInput = buildInput(input);
  const findings = bySeverity(RULES.flatMap((rule) => rule.evaluate(ruleInput)));
  const { total, rows, changed } = ruleInput.corrected;
  const { value, source, round } = ruleInput.cutoff;
  return {
    verdict: verdictOf(findings),
    findings,
    correctedCrs: { total, rows, changed },
    cutoff: { value, source, round },
    rulesMayHaveChanged: findings.some((f) => f.id === 'rules-may-have-changed'),
  };
}
