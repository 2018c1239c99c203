// One Express Entry round of invitations, in the project's own compact form.
import type { Program } from '../reader/types';

export interface Round {
  /** IRCC's draw number, a string because some are like `91a`. */
  number: string;
  /** `YYYY-MM-DD`, IRCC's drawDate. */
  date: string;
  /** IRCC's drawName, e.g. "Canadian Experience Class", "French language proficiency (Version 1)". */
  name: string;
  /** The lowest CRS score invited (drawCRS). */
  cutoff: number;
  /** Invitations issued (drawSize), null when IRCC left it blank. */
  size: number | null;
  /** Programs the round invited from (IRCC's drawText2). */
  programs: string;
  /** The category of a category-based round (`french`, `healthcare`, `stem`, …), else null. */
  category: string | null;
}

// Category slugs from drawName; the names IRCC used are in rounds-data.json "names".
const CATEGORY_PATTERNS: readonly [RegExp, string][] = [
  [/french/i, 'french'],
  [/health/i, 'healthcare'],
  [/stem/i, 'stem'],
  [/trade occupations|trades occupations/i, 'trade'],
  [/transport/i, 'transport'],
  [/agricultur/i, 'agriculture'],
  [/education occupations/i, 'education'],
  [/physician/i, 'physicians'],
  [/senior manager/i, 'senior-managers'],
  [/researcher/i, 'researchers'],
  [/military/i, 'military'],
];

export function categoryOf(drawName: string): string | null {
  return CATEGORY_PATTERNS.find(([pattern]) => pattern.test(drawName))?.[1] ?? null;
}

/** The class names as IRCC writes them in drawText2. */
const PROGRAM_WORDS: Record<Program, RegExp> = {
  FSW: /federal skilled worker/i,
  CEC: /canadian experience class/i,
  FST: /federal skilled trades/i,
  PNP: /provincial nominee/i,
};

export function roundInvites(round: Round, program: Program): boolean {
  return PROGRAM_WORDS[program].test(round.programs);
}
