// The documents behind each claim: language results and ECA reports (dated: valid 2 and 5 years,
// MI 2017-1 s.3(4)), education credentials, and the proofs of what the profile claimed points or
// eligibility for. IRCC's breakdown on the page says what was claimed; the facts fill in where the
// page is silent.
import { addYears } from '../dates';
import type { LanguageTestFact } from '../facts';
import { languageOf } from '../language';
import type { CrsRowKey } from '../reader/types';
import { ECA_VALID_YEARS } from '../rules/eca-expired';
import { languageExpiry } from '../rules/language-levels';
import { dated, type Context } from './context';
import type { Draft } from './draft';
import { CHECKLIST_SOURCES as SRC } from './sources';
import type { ClaimBasis, PersonRef, TestRef } from './types';

const testRef = (t: LanguageTestFact): TestRef => ({
  test: t.test,
  resultDate: t.resultDate,
  expires: languageExpiry(t),
});

/** Points IRCC's breakdown shows for a row: a number, or undefined when the page did not show it. */
const row = (ctx: Context, key: CrsRowKey): number | undefined => ctx.rows[key];

/** Claimed when the breakdown shows points, or when the facts say so; how we know it is not. */
function claim(
  ctx: Context,
  key: CrsRowKey | null,
  fact: boolean | undefined,
): { claimed: true; basis: 'reading' | 'facts' } | { claimed: false; basis: ClaimBasis } {
  const points = key === null ? undefined : row(ctx, key);
  if (points !== undefined && points > 0) return { claimed: true, basis: 'reading' };
  if (fact === true) return { claimed: true, basis: 'facts' };
  if (points === 0) return { claimed: false, basis: 'reading' };
  return { claimed: false, basis: fact === false ? 'facts' : 'unknown' };
}

/** The state of a set of language results: the one that stops holding first decides. */
function languageDraft(
  ctx: Context,
  person: PersonRef,
  tests: readonly LanguageTestFact[],
): Pick<Draft, 'why' | 'proven' | 'lastValidDay'> {
  // The newest result per language held today is the one to upload.
  const newest = new Map<string, LanguageTestFact>();
  for (const t of tests) {
    if (t.resultDate > ctx.today) continue;
    const held = newest.get(languageOf(t.test));
    if (!held || held.resultDate < t.resultDate) newest.set(languageOf(t.test), t);
  }
  const refs = [...newest.values()].map(testRef).sort((a, b) => (a.expires < b.expires ? -1 : 1));
  if (refs.length === 0) return { why: { code: 'language-none' } };
  for (const ref of refs) {
    const state = dated(ref.expires, ctx);
    if (state.state === 'expired') return { why: { code: 'language-expired', test: ref } };
    if (state.state === 'expiring') {
      return {
        why: { code: 'language-expiring', test: ref, lastValidDay: state.lastValidDay },
        lastValidDay: state.lastValidDay,
      };
    }
  }
  return {
    why:
      person === 'candidate'
        ? { code: 'language', tests: refs }
        : { code: 'language-spouse', tests: refs },
    proven: true,
  };
}

export function candidateLanguageDraft(ctx: Context): Draft {
  return {
    id: 'language-results',
    for: 'candidate',
    needed: true,
    required: false,
    source: SRC.validity,
    ...languageDraft(ctx, 'candidate', ctx.facts.languageTests ?? []),
  };
}

export function spouseLanguageDraft(ctx: Context): Draft {
  const base = {
    id: 'language-results',
    for: 'spouse',
    required: false,
    source: SRC.validity,
  } as const;
  const test = ctx.facts.spouseLanguageTest;
  const points = row(ctx, 'spouseLanguage');
  if (points === 0) {
    return {
      ...base,
      why: { code: 'language-spouse-not-claimed', basis: 'reading' },
      needed: false,
    };
  }
  if (test) return { ...base, needed: true, ...languageDraft(ctx, 'spouse', [test]) };
  if (points !== undefined) {
    return { ...base, why: { code: 'language-spouse-claimed', points }, needed: true };
  }
  const basis = test === null ? 'facts' : 'unknown';
  return { ...base, why: { code: 'language-spouse-not-claimed', basis }, needed: false };
}

export function candidateEcaDraft(ctx: Context): Draft | null {
  const base = { id: 'eca', for: 'candidate', required: false, source: SRC.validity } as const;
  const education = ctx.facts.education;
  const issued = education?.ecaIssued;
  if (issued === null) return { ...base, why: { code: 'eca-canadian' }, needed: false };
  if (typeof issued === 'string') {
    const expires = addYears(issued, ECA_VALID_YEARS);
    const state = dated(expires, ctx);
    if (state.state === 'expired') {
      return { ...base, why: { code: 'eca-expired', issued, expires }, needed: true };
    }
    if (state.state === 'expiring') {
      const { lastValidDay } = state;
      return {
        ...base,
        why: { code: 'eca-expiring', issued, expires, lastValidDay },
        needed: true,
        lastValidDay,
      };
    }
    return { ...base, why: { code: 'eca', issued, expires }, needed: true, proven: true };
  }
  if (education?.level === 'lessThanSecondary') {
    return { ...base, why: { code: 'eca-no-credential' }, needed: false };
  }
  const points = row(ctx, 'education');
  if (education?.level !== undefined || (points !== undefined && points > 0)) {
    // A credential is claimed and its ECA date is not entered: needed unless it is Canadian.
    ctx.missing.add('education.ecaIssued');
    return { ...base, why: { code: 'eca-foreign' }, needed: true };
  }
  ctx.missing.add('education.ecaIssued');
  return null;
}

export function spouseEcaDraft(ctx: Context): Draft {
  const level = ctx.facts.spouseEducation;
  const fact = level === undefined ? undefined : level !== 'lessThanSecondary';
  const c = claim(ctx, 'spouseEducation', fact);
  return {
    id: 'eca',
    for: 'spouse',
    why: c.claimed ? { code: 'eca-spouse' } : { code: 'eca-spouse-not-claimed', basis: c.basis },
    needed: c.claimed,
    required: false,
    source: SRC.validity,
  };
}

export function educationDraft(ctx: Context): Draft {
  const none =
    ctx.facts.education?.level === 'lessThanSecondary' ||
    (ctx.facts.education?.level === undefined && row(ctx, 'education') === 0);
  return {
    id: 'education-credentials',
    for: 'candidate',
    why: { code: none ? 'education-none' : 'education' },
    needed: !none,
    required: false,
    source: SRC.documents,
  };
}

/** The proofs of claims: nomination, job offer, sibling, Canadian education, certificate. */
export function claimDrafts(ctx: Context): Draft[] {
  const { facts } = ctx;
  const base = { for: 'candidate', required: false, source: SRC.documents } as const;
  const drafts: Draft[] = [];

  const nomination = claim(
    ctx,
    'provincialNomination',
    facts.nomination === undefined ? undefined : facts.nomination !== 'none',
  );
  drafts.push({
    ...base,
    id: 'provincial-nomination',
    ...(ctx.program === 'PNP'
      ? { why: { code: 'nomination', basis: 'program' }, needed: true }
      : nomination.claimed
        ? { why: { code: 'nomination', basis: nomination.basis }, needed: true }
        : { why: { code: 'no-nomination', basis: nomination.basis }, needed: false }),
    source: SRC.pnp,
  });

  // Job offers earn no CRS points since 2025-03-25, so a 0 on that row says nothing: facts only,
  // unless an older breakdown shows points for one.
  const offerPoints = row(ctx, 'arrangedEmployment');
  const offer =
    offerPoints !== undefined && offerPoints > 0
      ? ({ claimed: true, basis: 'reading' } as const)
      : claim(ctx, null, facts.funds?.jobOffer);
  drafts.push({
    ...base,
    id: 'job-offer',
    why: offer.claimed
      ? { code: 'job-offer', basis: offer.basis }
      : { code: 'no-job-offer', basis: offer.basis },
    needed: offer.claimed,
  });

  const sibling = claim(ctx, 'sibling', facts.siblingInCanada);
  drafts.push({
    ...base,
    id: 'sibling-proof',
    why: sibling.claimed
      ? { code: 'sibling', basis: sibling.basis }
      : { code: 'no-sibling', basis: sibling.basis },
    needed: sibling.claimed,
  });

  const canadian = facts.education?.canadian;
  const studied = claim(
    ctx,
    'canadianEducation',
    canadian === undefined ? undefined : canadian !== 'none',
  );
  drafts.push({
    ...base,
    id: 'canadian-education-proof',
    why: studied.claimed
      ? { code: 'canadian-education', basis: studied.basis }
      : { code: 'no-canadian-education', basis: studied.basis },
    needed: studied.claimed,
  });

  // FST needs a certificate of qualification or a valid job offer.
  const certificate = claim(ctx, 'transferCertificate', facts.certificateOfQualification);
  const forFst = ctx.program === 'FST' && !certificate.claimed && facts.funds?.jobOffer !== true;
  drafts.push({
    ...base,
    id: 'certificate-of-qualification',
    why: certificate.claimed
      ? { code: 'certificate', basis: certificate.basis }
      : forFst
        ? { code: 'certificate', basis: 'fst' }
        : { code: 'no-certificate', basis: certificate.basis },
    needed: certificate.claimed || forFst,
  });
  return drafts;
}
