// Who the application covers, and the documents each person needs whatever they claim: a digital
// photo and a passport for the candidate, an accompanying spouse or partner and each dependent
// child; proof of the relationship; each child's birth certificate; and the medical exam, which
// IRCC no longer asks for upfront (completeness check, since October 1, 2023).
import type { Context } from './context';
import type { Draft } from './draft';
import { CHECKLIST_SOURCES as SRC } from './sources';
import type { PersonRef } from './types';

/** Since this day an e-APR goes in without an upfront medical exam (IRCC completeness check). */
export const NO_UPFRONT_MEDICAL_FROM = '2023-10-01';

export type SpouseStatus = 'accompanying' | 'not-accompanying' | 'canadian';

/** The spouse or partner the application declares, null for none, undefined when not entered. */
export function spouseOf(ctx: Context): SpouseStatus | null | undefined {
  const spouse = ctx.facts.family?.spouse;
  if (spouse === undefined) {
    ctx.missing.add('family.spouse');
    return undefined;
  }
  return spouse === 'none' ? null : spouse;
}

/** The dependent children, `child-1` … `child-n`; none until their number is entered. */
export function childrenOf(ctx: Context): PersonRef[] {
  const count = ctx.facts.family?.children;
  if (count === undefined) {
    ctx.missing.add('family.children');
    return [];
  }
  return Array.from({ length: count }, (_, i): PersonRef => `child-${i + 1}`);
}

/** Photo and passport: every person who comes (the completeness check rejects an e-APR without). */
export function identityDrafts(person: PersonRef): Draft[] {
  return [
    {
      id: 'digital-photo',
      for: person,
      why: { code: 'photo' },
      needed: true,
      required: true,
      source: SRC.completeness,
    },
    {
      id: 'passport',
      for: person,
      why: { code: 'passport' },
      needed: true,
      required: true,
      source: SRC.completeness,
    },
  ];
}

/** A marriage certificate or proof of a common-law union: one of the two, whichever applies. */
export function relationshipDrafts(): Draft[] {
  const common = { for: 'spouse', needed: true, required: false, either: 'relationship' } as const;
  return [
    {
      ...common,
      id: 'marriage-certificate',
      why: { code: 'marriage' },
      source: SRC.documents,
    },
    {
      ...common,
      id: 'common-law-proof',
      why: { code: 'common-law' },
      source: SRC.documents,
    },
  ];
}

export function childDrafts(child: PersonRef): Draft[] {
  return [
    ...identityDrafts(child),
    {
      id: 'birth-certificates-children',
      for: child,
      why: { code: 'birth-certificate' },
      needed: true,
      required: false,
      source: SRC.documents,
    },
  ];
}

export function medicalDraft(ctx: Context): Draft {
  const upfront = ctx.submission < NO_UPFRONT_MEDICAL_FROM;
  return {
    id: 'medical-exam',
    for: 'candidate',
    why: { code: upfront ? 'medical-upfront' : 'medical-not-upfront' },
    needed: upfront,
    required: upfront,
    source: SRC.completeness,
  };
}
