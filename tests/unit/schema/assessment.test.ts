// Assessments stored before checks existed: not converted (their findings meant something else),
// dropped so the worker stores a fresh one; today's are kept as they are.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/rules';
import { upgradeAssessment, type StoredAssessment } from '../../../lib/schema/assessment';
import { input } from '../rules/cases';

const current: StoredAssessment = {
  assessment: evaluate(input()),
  computedAt: '2026-08-25T12:00:00.000Z',
  readingAt: '2026-08-25T11:00:00.000Z',
  readingSource: '/mycic/messages/details',
};
const legacyAssessment: Record<string, unknown> = { ...current.assessment };
Reflect.deleteProperty(legacyAssessment, 'checks');
const legacy = { ...current, assessment: legacyAssessment };

describe('upgradeAssessment', () => {
  it.each<[string, unknown, StoredAssessment | null]>([
    ['a current assessment is kept as it is', current, current],
    ['one stored before checks existed is dropped for a fresh run', legacy, null],
    ['something else entirely is dropped', { verdict: 'ready' }, null],
    ['nothing stored stays nothing', null, null],
  ])('%s', (_why, raw, expected) => {
    expect(upgradeAssessment(JSON.parse(JSON.stringify(raw)))).toEqual(expected);
  });
});
