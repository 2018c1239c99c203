// What the form knows besides what was typed: the letter's program and its claims (lib/claims).
// They decide which questions apply: a question that does not apply is not shown, not in the Tab
// order, and not saved (what was typed in it stays in the draft, and comes back if it applies again).
import type { Claims } from '../claims';
import type { Program } from '../reader/types';
import type { FormDraft } from './draft';

export interface FormContext {
  /** The program the letter invites under, when a letter was read. */
  program: Program | null;
  /** What the letter's breakdown says the profile claimed, when a letter was read. */
  claims: Claims | null;
}

export const NO_LETTER: FormContext = { program: null, claims: null };

/**
 * The spouse's or partner's own factors (education, Canadian work, language test) count: they come
 * to Canada, or nothing says otherwise yet (not answered, and the letter did not score as single).
 */
export function spouseFactorsApply(d: FormDraft, context: FormContext): boolean {
  const spouse = d.family.spouse;
  if (spouse !== '') return spouse === 'accompanying';
  return context.claims?.spouse === undefined || context.claims.spouse.includes(true);
}

/** There may be a spouse or partner who needs police certificates too (one who is not Canadian). */
export function spouseMayNeedCertificates(d: FormDraft, context: FormContext): boolean {
  const spouse = d.family.spouse;
  if (spouse !== '') return spouse === 'accompanying' || spouse === 'not-accompanying';
  return context.claims?.spouse === undefined || context.claims.spouse.includes(true);
}

/** Proof of funds is asked of the Federal Skilled Worker and Federal Skilled Trades classes only. */
export function fundsApply(context: FormContext): boolean {
  return context.program !== 'CEC';
}

const SPOUSE_IN_FAMILY = new Set(['accompanying', 'not-accompanying', 'canadian']);

/**
 * The family size the answers give (you, a spouse or partner, the dependent children, coming or
 * not), or null until both are answered; a size typed in the field wins over it.
 */
export function familySizeOf(d: FormDraft): number | null {
  const children = d.family.children.trim();
  if (d.family.spouse === '' || !/^\d{1,2}$/.test(children)) return null;
  return 1 + (SPOUSE_IN_FAMILY.has(d.family.spouse) ? 1 : 0) + Number(children);
}
