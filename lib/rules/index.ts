// The rules engine's public face: the catalogue and `evaluate`, `(reading, facts, rounds, now) →
// verdict + findings + checks`; time is an argument, never the clock. Each check reports how it
// ended; a finding means its rule fired (docs/formats.md "Findings, checks and the verdict").
import { bySeverity, verdictOf } from '../verdict';
import { rule as ageAfterInvitation } from './age-after-invitation';
import { rule as breakdownMismatch } from './breakdown-mismatch';
import { rule as categoryExperienceShort } from './category-experience-short';
import { buildInput, type EvaluateInput } from './context';
import { rule as cutoffUnknown } from './cutoff-unknown';
import { rule as deadline } from './deadline';
import { rule as ecaExpired } from './eca-expired';
import { rule as factsContradict } from './facts-contradict';
import { FACTS_MISSING_NAME, factsMissing } from './facts-missing';
import { rule as familyChange } from './family-change';
import { rule as fundsShort } from './funds-short';
import { rule as invitationDateAssumed } from './invitation-date-assumed';
import { rule as languageTestExpires } from './language-test-expires';
import { rule as nominationWithdrawn } from './nomination-withdrawn';
import { rule as policeCertificatesPending } from './police-certificates-pending';
import { rule as programRequirementsNotMet } from './program-requirements-not-met';
import { rule as rulesMayHaveChanged } from './rules-may-have-changed';
import { rule as scoreBelowCutoff } from './score-below-cutoff';
import { SOURCES } from './sources';
import { text } from './text';
import {
  RULE_IDS,
  type Assessment,
  type Check,
  type Finding,
  type Rule,
  type RuleId,
  type RuleResult,
  type Text,
} from './types';
import { rule as workExperienceShort } from './work-experience-short';

export * from './types';
export { type EvaluateInput, ITA_VALID_DAYS } from './context';
export { SOURCES } from './sources';
export { fundsNeeded } from './funds-short';

/**
 * The rules that judge the candidate, in catalogue order; `facts-missing` is not among them: it
 * gathers what the others could not judge without.
 */
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
  factsContradict,
  invitationDateAssumed,
];

/** Every check of the catalogue with its name in words, `facts-missing` included. */
export const CHECKS: readonly { id: RuleId; name: Text }[] = [
  ...RULES,
  { id: 'facts-missing', name: FACTS_MISSING_NAME },
];

/** A check's name in words ("Proof of funds"), for the list of checks and what each waits for. */
export function checkName(id: RuleId): Text {
  return CHECKS.find((check) => check.id === id)?.name ?? text('a check', 'une vérification');
}

export { verdictOf };

function checkOf(id: RuleId, result: RuleResult): Check {
  if (result.status !== 'needs-facts') return { id, status: result.status };
  return {
    id,
    status: 'needs-facts',
    ...(result.facts.length > 0 ? { facts: result.facts } : {}),
    ...(result.page.length > 0 ? { page: result.page } : {}),
  };
}

const findingsOf = (result: RuleResult): Finding[] =>
  result.status === 'fired' ? result.findings : [];

/** A page that is not an ITA letter, profile or account page: no rule runs, no verdict pretends. */
function unreadable(input: EvaluateInput): Assessment {
  const missing =
    input.reading.missing.length > 0 ? input.reading.missing : ['invitation.date', 'crs.total'];
  return {
    verdict: 'review',
    findings: [
      {
        id: 'page-unreadable',
        severity: 'warning',
        title: text('Could not read this page', 'Impossible de lire cette page'),
        detail: text(
          'This page was not recognised as an IRCC invitation, profile or account page, so nothing was checked. Open your ITA letter in your IRCC account, or import it as a PDF.',
          'Cette page n’a pas été reconnue comme une page d’invitation, de profil ou de compte d’IRCC : rien n’a été vérifié. Ouvrez votre lettre d’invitation dans votre compte IRCC, ou importez-la en PDF.',
        ),
        source: SOURCES.applyPr,
      },
    ],
    checks: RULE_IDS.map((id): Check => ({ id, status: 'needs-facts', page: [...missing] })),
    correctedCrs: { total: null, rows: {}, changed: [] },
    cutoff: { value: null, source: null, round: null },
    rulesMayHaveChanged: false,
  };
}

export function evaluate(input: EvaluateInput): Assessment {
  if (input.reading.kind === 'unknown') return unreadable(input);
  const ruleInput = buildInput(input);
  const results = new Map(RULES.map((rule) => [rule.id, rule.evaluate(ruleInput)]));
  const judged = RULES.map((rule) => checkOf(rule.id, results.get(rule.id) ?? { status: 'pass' }));
  const summary = factsMissing(judged, checkName);
  results.set('facts-missing', summary);
  const checks = RULE_IDS.map((id) =>
    id === 'facts-missing'
      ? checkOf(id, summary)
      : (judged.find((c) => c.id === id) ?? checkOf(id, { status: 'pass' })),
  );
  // An invitation that can no longer be used is said first, before any other reason to decline.
  const order: RuleId[] = ['deadline', ...RULE_IDS.filter((id) => id !== 'deadline')];
  const findings = bySeverity(
    order.flatMap((id) => findingsOf(results.get(id) ?? { status: 'pass' })),
  );
  const { total, rows, changed } = ruleInput.corrected;
  const { value, source, round } = ruleInput.cutoff;
  return {
    verdict: verdictOf(findings),
    findings,
    checks,
    correctedCrs: { total, rows, changed },
    cutoff: { value, source, round },
    rulesMayHaveChanged: checks.some(
      (c) => c.id === 'rules-may-have-changed' && c.status === 'fired',
    ),
  };
}
