import { describe, expect, it } from 'vitest';
import { parseFacts } from '../../../lib/facts';
import { CANADIAN_JOB, FACTS_EXAMPLE as example, IELTS_TEST } from '../../support/facts';

describe('parseFacts', () => {
  it('accepts the example of docs/formats.md "Candidate facts" and an empty object', () => {
    expect(parseFacts(example)).toMatchObject({ ok: true });
    expect(parseFacts({})).toEqual({ ok: true, facts: {} });
  });

  it.each([
    [{ dateOfBirth: '1996-02-30' }, 'dateOfBirth: expected a date written YYYY-MM-DD'],
    [{ family: { sise: 2 } }, 'family: unknown key "sise" (check the spelling)'],
    [{ nomination: 'maybe' }, 'nomination: expected one of "none", "active", "withdrawn"'],
    [
      { work: [{ ...CANADIAN_JOB, hoursPerWeek: 'forty' }] },
      'work[0].hoursPerWeek: expected a number',
    ],
    [
      { work: [{ ...CANADIAN_JOB, end: '2020-01-01' }] },
      'work[0].end: ends (2020-01-01) before it starts (2024-03-04)',
    ],
    [{ family: { size: 0 } }, 'family.size: must be at least 1'],
    [
      { languageTests: [{ ...IELTS_TEST, resultDate: '9999-12-31' }] },
      'languageTests[0].resultDate: expected a year from 1900 to 2100',
    ],
    [{ spouseCanadianWorkYears: 1.5 }, 'spouseCanadianWorkYears: expected a whole number'],
    [[], 'facts: expected an object'],
    [
      { languageTests: [{ ...IELTS_TEST, language: 'french' }] },
      'languageTests[0].language: ielts-general is a test of english, not french',
    ],
  ])('rejects %j with "%s"', (input, message) => {
    const result = parseFacts(input);
    expect(result.ok, 'input should be rejected').toBe(false);
    if (!result.ok) expect(result.errors).toContain(message);
  });
});

describe('parseFacts: language scores on the test scale', () => {
  it('names the ability and the scale of an off-scale score', () => {
    const result = parseFacts({
      languageTests: [
        {
          test: 'ielts-general',
          resultDate: '2025-01-20',
          scores: { listening: 9.5, reading: 7, writing: 7, speaking: 7 },
        },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatch(/^languageTests\[0\]\.scores\.listening: .*9\.5/);
  });
});
