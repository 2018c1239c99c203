// A field's id named in words, for the error summary and the announcements.
import { describe, expect, it } from 'vitest';
import { fieldLabel } from '@/components/options/field-label';
import { optionsEn } from '@/lib/i18n/options-en';
import { optionsFr } from '@/lib/i18n/options-fr';

describe('fieldLabel', () => {
  it.each([
    ['dateOfBirth', 'Date of birth'],
    ['round.cutoff', optionsEn.roundCutoff.label],
    ['work[1].start', 'Work period 2: Start date'],
    ['work[0].hoursPerWeek', `Work period 1: ${optionsEn.hoursPerWeek.label}`],
    ['languageTests[0].scores.listening', `${optionsEn.testHeading({ n: 1 })}: Listening`],
    ['spouseLanguageTest.resultDate', `${optionsEn.spouseTestHeading}: Result date`],
    [
      'policeCertificates[2].person',
      `${optionsEn.policeHeading({ n: 3 })}: ${optionsEn.person.label}`,
    ],
    ['work[0].scores.shouting', 'Work period 1: scores.shouting'],
    ['nothing.like.this', 'nothing.like.this'],
  ])('%s → %s', (id, label) => {
    expect(fieldLabel(optionsEn, 'en', id)).toBe(label);
  });

  it('in French', () => {
    expect(fieldLabel(optionsFr, 'fr', 'work[1].start')).toBe(
      optionsFr.labelIn({ group: optionsFr.workHeading({ n: 2 }), field: optionsFr.start.label }),
    );
    expect(fieldLabel(optionsFr, 'fr', 'languageTests[0].scores.speaking')).toContain(
      optionsFr.abilities.speaking,
    );
  });
});
