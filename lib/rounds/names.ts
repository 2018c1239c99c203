// A round's name as codes and values, so each page can say it in the user's language: IRCC's feed
// names rounds in English only ("Healthcare and Social Services Occupations, 2026-Version 3",
// "French language proficiency (Version 1)", "Canadian Experience Class", "General").
import type { Program } from '../reader/types';
import { categoryOf, type Round } from './round';

export type RoundName =
  /** A category-based round: its category slug (`categoryOf`), IRCC's version and year of it. */
  | { kind: 'category'; category: string; version: number | null; year: number | null }
  /** A round for one program. */
  | { kind: 'program'; program: Program }
  /** A round open to every program ("General"). */
  | { kind: 'general' }
  /** IRCC's name for the early rounds open to every program ("No Program Specified"). */
  | { kind: 'no-program-specified' }
  /** A name not recognised: IRCC's own words, shown as they are. */
  | { kind: 'other'; text: string };

/** The feed's names for rounds of one program. */
const PROGRAM_NAMES: readonly [RegExp, Program][] = [
  [/^canadian experience class$/i, 'CEC'],
  [/^provincial nominee program$/i, 'PNP'],
  [/^federal skilled worker( program)?$/i, 'FSW'],
  [/^federal skilled trades( program)?$/i, 'FST'],
];

export function roundName(round: Pick<Round, 'name'>): RoundName {
  const name = round.name.trim();
  const category = categoryOf(name);
  if (category !== null) {
    const version = /version\s*(\d{1,2})/i.exec(name)?.[1];
    const year = /\b(20\d\d)\b/.exec(name)?.[1];
    return {
      kind: 'category',
      category,
      version: version === undefined ? null : Number(version),
      year: year === undefined ? null : Number(year),
    };
  }
  const program = PROGRAM_NAMES.find(([pattern]) => pattern.test(name))?.[1];
  if (program) return { kind: 'program', program };
  if (/^general$/i.test(name)) return { kind: 'general' };
  if (/^no program specified$/i.test(name)) return { kind: 'no-program-specified' };
  return { kind: 'other', text: name };
}
