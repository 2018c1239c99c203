// Language test results → CLB / NCLC levels, per ability (never averaged), from IRCC's charts.
import { ABILITIES, CHARTS, type Chart, type LanguageTest, type PerAbility } from './charts';

export {
  ABILITIES,
  CHARTS,
  LANGUAGE_TESTS,
  type Ability,
  type Chart,
  type LanguageTest,
  type Scale,
} from './charts';

export type TestScores = PerAbility<number>;
export type ClbLevels = PerAbility<number>;

export function languageOf(test: LanguageTest): 'english' | 'french' {
  return CHARTS[test].language;
}

/** The level names the test's language uses: CLB for English, NCLC for French. */
export function levelName(test: LanguageTest): 'CLB' | 'NCLC' {
  return CHARTS[test].language === 'english' ? 'CLB' : 'NCLC';
}

/**
 * One message per score that is not on the test's own scale (out of range, not a whole step, not
 * a number), naming the ability and the scale. Empty when all four are valid.
 */
export function validateTestScores(test: LanguageTest, scores: TestScores): string[] {
  const chart = CHARTS[test];
  const errors: string[] = [];
  for (const ability of ABILITIES) {
    const value = scores[ability];
    const { min, max, step } = chart.scale[ability];
    const stepText = step === 1 ? 'a whole number' : `in steps of ${step}`;
    const onScale =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      value >= min &&
      value <= max &&
      Number.isInteger((value - min) / step);
    if (!onScale) {
      errors.push(
        `${ability}: ${chart.name} scores ${ability} from ${min} to ${max}, ${stepText} (got ${String(value)})`,
      );
    }
  }
  return errors;
}

function levelFor(chart: Chart, ability: keyof TestScores, score: number): number {
  for (const { level, min } of chart.rows) {
    if (score >= min[ability]) return level;
  }
  // Below the chart's lowest row: the level under it, which the CRS grid scores 0.
  const lowest = chart.rows[chart.rows.length - 1];
  return lowest ? lowest.level - 1 : 0;
}

/**
 * CLB (English) or NCLC (French) level for each ability. Throws a RangeError naming the ability
 * when a score is off the test's scale: call `validateTestScores` first to show the message.
 */
export function toClb(test: LanguageTest, scores: TestScores): ClbLevels {
  const errors = validateTestScores(test, scores);
  if (errors.length > 0) throw new RangeError(errors.join('; '));
  const chart = CHARTS[test];
  return {
    reading: levelFor(chart, 'reading', scores.reading),
    writing: levelFor(chart, 'writing', scores.writing),
    listening: levelFor(chart, 'listening', scores.listening),
    speaking: levelFor(chart, 'speaking', scores.speaking),
  };
}
