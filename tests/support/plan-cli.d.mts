// Types of plan-cli.mjs for the TypeScript suite (tests/e2e).
export const PLAN_LETTER: string;
export const PLAN_FACTS: Record<string, unknown>;

export interface CliPlan {
  score: number | null;
  cutoff: number | null;
  margin: number | null;
  stakes: { claim: string; scoreIfLower: number }[];
  gains: { change: string; gain: number; score: number }[];
  ifDeclined: { score: number | null; on: string };
}
export function planFromCli(letter: string, facts: unknown, today: string): CliPlan;
export function planDayOf(stored: unknown): string;
