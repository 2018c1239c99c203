// The form filled in from the letter's claims (lib/forms prefill): only what the claims make
// certain, only blank fields, once per letter, marked until the user changes it.
import { describe, expect, it } from 'vitest';
import type { Claims } from '@/lib/claims';
import { emptyDraft, prefillFromClaims, stillFromLetter } from '@/lib/forms';

const CLAIMS: Claims = {
  spouse: [true],
  education: ['bachelorsOrThreeYear'],
  canadianEducation: ['oneOrTwoYear'],
  certificateOfQualification: [false, true],
  siblingInCanada: [true],
  provincialNomination: [false],
  spouseEducation: ['twoYear'],
  spouseCanadianWorkYears: [5],
};

describe('filled in from the letter', () => {
  it('what the claims make certain, and nothing they leave open', () => {
    const d = prefillFromClaims(emptyDraft(), CLAIMS, 'letter-1');
    expect(d).toMatchObject({
      family: { spouse: 'accompanying' },
      education: { level: 'bachelorsOrThreeYear', canadian: 'oneOrTwoYear' },
      siblingInCanada: 'yes',
      nomination: 'none',
      spouseEducation: 'twoYear',
      // Open in the claims (both allowed) or not one number (5 is 5 or more): left blank.
      certificateOfQualification: '',
      spouseCanadianWorkYears: '',
    });
    expect(d?.fromLetter.sort()).toEqual(
      [
        'education.canadian',
        'education.level',
        'family.spouse',
        'nomination',
        'siblingInCanada',
        'spouseEducation',
      ].sort(),
    );
  });

  it('never over an answer the user gave', () => {
    const mine = emptyDraft();
    mine.education.level = 'doctoral';
    expect(prefillFromClaims(mine, CLAIMS, 'letter-1')?.education.level).toBe('doctoral');
  });

  it('once per letter: a field emptied afterwards stays empty', () => {
    const filled = prefillFromClaims(emptyDraft(), CLAIMS, 'letter-1');
    if (filled === null) throw new Error('nothing filled');
    filled.siblingInCanada = '';
    expect(prefillFromClaims(filled, CLAIMS, 'letter-1')).toBeNull();
    expect(prefillFromClaims(filled, CLAIMS, 'letter-2')?.siblingInCanada).toBe('yes');
  });

  it('a field the user changes is no longer marked as from the letter', () => {
    const filled = prefillFromClaims(emptyDraft(), CLAIMS, 'letter-1');
    if (filled === null) throw new Error('nothing filled');
    const changed = structuredClone(filled);
    changed.nomination = 'withdrawn';
    expect(stillFromLetter(filled, changed)).not.toContain('nomination');
    expect(stillFromLetter(filled, changed)).toContain('education.level');
  });
});
