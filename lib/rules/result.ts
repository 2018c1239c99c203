// How a rule says how its check ended (types.ts `RuleResult`), and the one way every rule says it
// could not judge without the invitation date.
import { isEntered, type FactPath } from '../facts';
import type { Finding, PageField, RuleInput, RuleResult } from './types';

export const pass = (): RuleResult => ({ status: 'pass' });

export const notApplicable = (): RuleResult => ({ status: 'not-applicable' });

/** Fired with these findings; with none, the check passed. */
export function fired(...findings: Finding[]): RuleResult {
  return findings.length > 0 ? { status: 'fired', findings } : pass();
}

/** Could not judge: the facts the user can enter, and what the page did not show. */
export function needs(facts: readonly FactPath[], page: readonly PageField[] = []): RuleResult {
  return { status: 'needs-facts', facts: [...new Set(facts)], page: [...new Set(page)] };
}

/**
 * Could not judge without the invitation date: the page did not show it, and the round the user
 * picked (its number) would give it.
 */
export function needsInvitationDate(input: RuleInput): RuleResult {
  return needs(isEntered(input.facts, 'round') ? [] : ['round'], ['invitation.date']);
}
