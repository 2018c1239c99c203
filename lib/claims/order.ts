// Claims listed once each, in order, and as few as say the same: adjacent age bands and level
// ranges are joined ([20,29] and [30,30] are [20,30]).
import type { AgeRange, FourLevels, LevelRange } from './types';

/** Age ranges sorted, duplicates dropped, touching ones joined. */
export function mergeRanges(ranges: readonly AgeRange[]): AgeRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: AgeRange[] = [];
  for (const [from, to] of sorted) {
    const last = out.at(-1);
    if (last !== undefined && (last[1] === null || from <= last[1] + 1)) {
      if (last[1] !== null && (to === null || to > last[1])) last[1] = to;
    } else out.push([from, to]);
  }
  return out;
}

const key = (four: FourLevels): string => JSON.stringify(four);

function compare(a: FourLevels, b: FourLevels): number {
  for (let i = 0; i < 4; i++) {
    const [x, y] = [a[i], b[i]];
    if (x === undefined || y === undefined) return 0;
    if (x[0] !== y[0]) return x[0] - y[0];
    if (x[1] !== y[1]) return x[1] - y[1];
  }
  return 0;
}

/** `a` and `b` joined, when they differ in one place only and touch there; else null. */
function join(a: FourLevels, b: FourLevels): FourLevels | null {
  let at = -1;
  for (let i = 0; i < 4; i++) {
    const [x, y] = [a[i], b[i]];
    if (x === undefined || y === undefined) return null;
    if (x[0] === y[0] && x[1] === y[1]) continue;
    if (at !== -1) return null;
    at = i;
  }
  const [x, y] = [a[at], b[at]];
  if (at === -1 || x === undefined || y === undefined) return null;
  let joined: LevelRange;
  if (x[1] + 1 === y[0]) joined = [x[0], y[1]];
  else if (y[1] + 1 === x[0]) joined = [y[0], x[1]];
  else return null;
  const out: FourLevels = [a[0], a[1], a[2], a[3]];
  out[at] = joined;
  return out;
}

/**
 * The ways four abilities can stand, each once, joined where two differ only by touching ranges in
 * one place (so "CLB 4 or 5" is one entry, not two), lowest first.
 */
export function compactFour(list: readonly FourLevels[]): FourLevels[] {
  let out = [...new Map(list.map((f) => [key(f), f])).values()];
  for (let changed = true; changed;) {
    changed = false;
    search: for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const [a, b] = [out[i], out[j]];
        if (a === undefined || b === undefined) continue;
        const joined = join(a, b);
        if (joined === null) continue;
        out = [...out.slice(0, i), joined, ...out.slice(i + 1, j), ...out.slice(j + 1)];
        changed = true;
        break search;
      }
    }
  }
  return out.sort(compare);
}
