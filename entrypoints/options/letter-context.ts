// What the stored ITA letter gives the options form: its program and claims (which questions
// apply, what can be filled in) and how the claims section shows it.
import type { LetterClaims } from '@/components/options/options-view';
import { decodeLetter, describeClaims, type ClaimLine } from '@/lib/claims';
import { formatDate } from '@/lib/dates';
import { letterKey, NO_LETTER, type FormContext } from '@/lib/forms';
import { messages, type UiLanguage } from '@/lib/i18n';
import type { ReadingsState } from '@/lib/schema/state';

export interface LetterContext {
  form: FormContext;
  /** Names the letter (lib/forms letterKey), or null without one. */
  key: string | null;
  claimsFor: (language: UiLanguage) => { lines: ClaimLine[]; view: LetterClaims };
}

const NONE: LetterClaims = { hasLetter: false, date: null, together: true, unexplained: [] };

export function letterContext(readings: ReadingsState): LetterContext {
  const reading = readings.itaLetter?.reading;
  if (reading === undefined || Object.keys(reading.crs.rows).length === 0)
    return { form: NO_LETTER, key: null, claimsFor: () => ({ lines: [], view: NONE }) };
  const decoded = decodeLetter(reading);
  return {
    form: { program: reading.invitation.program, claims: decoded.claims },
    key: letterKey(reading),
    claimsFor: (language) => ({
      lines: describeClaims(decoded.claims, language),
      view: {
        hasLetter: true,
        date:
          reading.invitation.date === null ? null : formatDate(reading.invitation.date, language),
        together: decoded.together,
        unexplained: decoded.unexplained.map((row) => messages(language).rowName(row)),
      },
    }),
  };
}
