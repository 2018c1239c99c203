// Language levels as the planner moves them: the lowest ability one level down (a stake), every
// ability up to a level (a retake or a new test).
import { ABILITIES, type Ability } from '../language';

type Levels = Record<Ability, number>;

/** The grid gives no more points above CLB/NCLC 10, so no retake aims higher. */
export const TOP_LEVEL = 10;

export const lowestOf = (levels: Levels): number => Math.min(...ABILITIES.map((a) => levels[a]));

/** The first of the lowest abilities one level lower (every ability is scored on the same table). */
export function lowerLowest(levels: Levels): Levels {
  const lowest = lowestOf(levels);
  const ability = ABILITIES.find((a) => levels[a] === lowest) ?? 'reading';
  return { ...levels, [ability]: lowest - 1 };
}

/** Every ability at `level` at least. */
export function raiseTo(levels: Levels, level: number): Levels {
  return {
    reading: Math.max(levels.reading, level),
    writing: Math.max(levels.writing, level),
    listening: Math.max(levels.listening, level),
    speaking: Math.max(levels.speaking, level),
  };
}

export const NO_LEVELS: Levels = { reading: 0, writing: 0, listening: 0, speaking: 0 };
