import { describe, expect, it } from 'vitest';
import {
  ABILITIES,
  CHARTS,
  LANGUAGE_TESTS,
  languageOf,
  toClb,
  validateTestScores,
  type Ability,
  type LanguageTest,
} from '../../../lib/language';
import { EXPECTED } from './charts.expected';

/** Scores with `value` on `ability` and the scale's top elsewhere (only `ability` is checked). */
function scoresWith(test: LanguageTest, ability: Ability, value: number) {
  const scale = CHARTS[test].scale;
  const top = (a: Ability) => scale[a].max;
  return {
    reading: ability === 'reading' ? value : top('reading'),
    writing: ability === 'writing' ? value : top('writing'),
    listening: ability === 'listening' ? value : top('listening'),
    speaking: ability === 'speaking' ? value : top('speaking'),
  };
}

const boundaries = LANGUAGE_TESTS.flatMap((test) =>
  ABILITIES.flatMap((ability) =>
    EXPECTED[test][ability].flatMap(([level, low, high]) => [
      { test, ability, score: low, level },
      { test, ability, score: high, level },
    ]),
  ),
);

describe('toClb: every row edge of every chart', () => {
  it.each(boundaries)(
    '$test $ability $score is level $level',
    ({ test, ability, score, level }) => {
      expect(
        toClb(test, scoresWith(test, ability, score))[ability],
        'fix lib/language/charts.ts',
      ).toBe(level);
    },
  );
});

const belowCharts: [LanguageTest, Ability, number, number][] = [
  ['ielts-general', 'reading', 3, 3],
  ['ielts-general', 'listening', 4, 3],
  ['ielts-general', 'reading', 0, 3],
  ['celpip-general', 'speaking', 3, 3],
  ['celpip-general', 'speaking', 0, 3],
  ['pte-core', 'reading', 23, 2],
  ['pte-core', 'listening', 17, 2],
  ['pte-core', 'writing', 10, 2],
  ['tef-canada', 'reading', 120, 3],
  ['tef-canada', 'speaking', 0, 3],
  ['tcf-canada', 'writing', 3, 3],
  ['tcf-canada', 'listening', 330, 3],
];

describe('below the lowest row: the level under it (0 CRS points)', () => {
  it.each(belowCharts)('%s %s %d is level %d', (test, ability, score, level) => {
    expect(toClb(test, scoresWith(test, ability, score))[ability]).toBe(level);
  });
});

describe('examples and traps from the charts', () => {
  it.each([
    [
      'L8 R7 W7 S7 is CLB 9 on all four',
      { listening: 8, reading: 7, writing: 7, speaking: 7 },
      9,
      9,
    ],
    [
      'L7.5 R7 W7 S7: listening CLB 8, others 9',
      { listening: 7.5, reading: 7, writing: 7, speaking: 7 },
      8,
      9,
    ],
    [
      'L6.5 is CLB 7 (never averaged up)',
      { listening: 6.5, reading: 7, writing: 7, speaking: 7 },
      7,
      9,
    ],
  ])('IELTS %s', (_name, scores, listening, reading) => {
    const clb = toClb('ielts-general', scores);
    expect(clb.listening).toBe(listening);
    expect(clb.reading).toBe(reading);
  });

  it('IELTS reading 7.5 is CLB 9 (7.0 <= 7.5 < 8.0)', () => {
    expect(
      toClb('ielts-general', { reading: 7.5, writing: 7, listening: 8, speaking: 7 }).reading,
    ).toBe(9);
  });

  it('TEF reading 121 is NCLC 4, not 7 (a known mistake in peer code)', () => {
    expect(
      toClb('tef-canada', { reading: 121, writing: 450, listening: 360, speaking: 450 }).reading,
    ).toBe(4);
  });

  it('CELPIP 11 and 12 are CLB 10', () => {
    expect(
      toClb('celpip-general', { reading: 11, writing: 12, listening: 10, speaking: 9 }),
    ).toEqual({
      reading: 10,
      writing: 10,
      listening: 10,
      speaking: 9,
    });
  });
});

describe('validateTestScores rejects scores off the scale, naming the ability', () => {
  it.each<[LanguageTest, Ability, number, string]>([
    ['ielts-general', 'reading', 9.5, 'from 0 to 9'],
    ['ielts-general', 'writing', 6.25, 'in steps of 0.5'],
    ['ielts-general', 'listening', -1, 'from 0 to 9'],
    ['ielts-general', 'speaking', Number.NaN, 'from 0 to 9'],
    ['celpip-general', 'reading', 13, 'from 0 to 12'],
    ['celpip-general', 'writing', 7.5, 'a whole number'],
    ['pte-core', 'listening', 9, 'from 10 to 90'],
    ['pte-core', 'speaking', 91, 'from 10 to 90'],
    ['pte-core', 'reading', 50.5, 'a whole number'],
    ['tef-canada', 'reading', 301, 'from 0 to 300'],
    ['tef-canada', 'listening', 361, 'from 0 to 360'],
    ['tef-canada', 'writing', 451, 'from 0 to 450'],
    ['tcf-canada', 'writing', 21, 'from 0 to 20'],
    ['tcf-canada', 'reading', 700, 'from 0 to 699'],
  ])('%s %s %d', (test, ability, value, scale) => {
    const scores = scoresWith(test, ability, value);
    const errors = validateTestScores(test, scores);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${ability}:`);
    expect(errors[0]).toContain(CHARTS[test].name);
    expect(errors[0]).toContain(scale);
    expect(() => toClb(test, scores)).toThrow(RangeError);
  });

  it.each(LANGUAGE_TESTS)('%s accepts the top and bottom of its scale', (test) => {
    const scale = CHARTS[test].scale;
    const top = {
      reading: scale.reading.max,
      writing: scale.writing.max,
      listening: scale.listening.max,
      speaking: scale.speaking.max,
    };
    const bottom = {
      reading: scale.reading.min,
      writing: scale.writing.min,
      listening: scale.listening.min,
      speaking: scale.speaking.min,
    };
    expect(validateTestScores(test, top)).toEqual([]);
    expect(validateTestScores(test, bottom)).toEqual([]);
    expect(toClb(test, top)).toEqual({ reading: 10, writing: 10, listening: 10, speaking: 10 });
  });
});

describe('languageOf', () => {
  it.each<[LanguageTest, 'english' | 'french']>([
    ['ielts-general', 'english'],
    ['celpip-general', 'english'],
    ['pte-core', 'english'],
    ['tef-canada', 'french'],
    ['tcf-canada', 'french'],
  ])('%s is %s', (test, language) => {
    expect(languageOf(test)).toBe(language);
  });
});
