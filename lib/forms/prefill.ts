// The form filled in from what the letter's breakdown makes certain (lib/claims), once per letter,
// only where the user has not answered: the spouse when the letter scored one, the education and
// Canadian study, the certificate, the sibling, the nomination, the spouse's education and work.
// Each field filled is marked "from your letter" until the user changes it.
import type { Claims } from '../claims';
import { EDUCATION_LEVELS } from '../facts';
import { CANADIAN_EDUCATION, type Answer, type FormDraft } from './draft';

interface Prefill {
  /** The field's id (its path), as the page and `fromLetter` name it. */
  id: string;
  get: (d: FormDraft) => string;
  set: (d: FormDraft, value: string) => void;
  /** The value the claims make certain, or null when they allow more than one (or say nothing). */
  from: (claims: Claims) => string | null;
}

/** The one value of a claim, or null. */
const only = <T>(values: readonly T[] | undefined): T | null =>
  values?.length === 1 ? (values[0] ?? null) : null;

const yesNo = (value: boolean | null): Answer | null =>
  value === null ? null : value ? 'yes' : 'no';

const PREFILLS: readonly Prefill[] = [
  {
    id: 'family.spouse',
    get: (d) => d.family.spouse,
    set: (d, v) => void (d.family.spouse = v === 'accompanying' ? v : ''),
    // Scored with a spouse: one who comes. Scored as single says less (none, not coming, Canadian).
    from: (c) => (only(c.spouse) === true ? 'accompanying' : null),
  },
  {
    id: 'education.level',
    get: (d) => d.education.level,
    set: (d, v) => void (d.education.level = EDUCATION_LEVELS.find((e) => e === v) ?? ''),
    from: (c) => only(c.education),
  },
  {
    id: 'education.canadian',
    get: (d) => d.education.canadian,
    set: (d, v) => void (d.education.canadian = CANADIAN_EDUCATION.find((e) => e === v) ?? ''),
    from: (c) => only(c.canadianEducation),
  },
  {
    id: 'certificateOfQualification',
    get: (d) => d.certificateOfQualification,
    set: (d, v) => void (d.certificateOfQualification = answerOf(v)),
    from: (c) => yesNo(only(c.certificateOfQualification)),
  },
  {
    id: 'siblingInCanada',
    get: (d) => d.siblingInCanada,
    set: (d, v) => void (d.siblingInCanada = answerOf(v)),
    from: (c) => yesNo(only(c.siblingInCanada)),
  },
  {
    id: 'nomination',
    get: (d) => d.nomination,
    set: (d, v) => void (d.nomination = v === 'active' || v === 'none' ? v : ''),
    from: (c) => {
      const claimed = only(c.provincialNomination);
      return claimed === null ? null : claimed ? 'active' : 'none';
    },
  },
  {
    id: 'spouseEducation',
    get: (d) => d.spouseEducation,
    set: (d, v) => void (d.spouseEducation = EDUCATION_LEVELS.find((e) => e === v) ?? ''),
    from: (c) => (only(c.spouse) === true ? only(c.spouseEducation) : null),
  },
  {
    id: 'spouseCanadianWorkYears',
    get: (d) => d.spouseCanadianWorkYears,
    set: (d, v) => void (d.spouseCanadianWorkYears = v),
    // 5 is "5 or more": not one number of years.
    from: (c) => {
      const years = only(c.spouse) === true ? only(c.spouseCanadianWorkYears) : null;
      return years === null || years >= 5 ? null : String(years);
    },
  },
];

const answerOf = (v: string): Answer => (v === 'yes' || v === 'no' ? v : '');

/**
 * The draft with the blank fields the claims make certain filled in and marked, or null when there
 * is nothing to do (this letter was already used, or nothing is both certain and unanswered).
 * `letter` names the letter (letterKey), so the same letter fills a field only once: a field the
 * user empties afterwards stays empty.
 */
export function prefillFromClaims(d: FormDraft, claims: Claims, letter: string): FormDraft | null {
  if (d.letterSeen === letter) return null;
  const next = structuredClone(d);
  next.letterSeen = letter;
  for (const field of PREFILLS) {
    const value = field.from(claims);
    if (value === null || field.get(next) !== '') continue;
    field.set(next, value);
    if (field.get(next) === value && !next.fromLetter.includes(field.id))
      next.fromLetter.push(field.id);
  }
  return next;
}

/** `fromLetter` without the fields whose value changed between `before` and `after`. */
export function stillFromLetter(before: FormDraft, after: FormDraft): string[] {
  return after.fromLetter.filter((id) => {
    const field = PREFILLS.find((f) => f.id === id);
    return field !== undefined && field.get(before) === field.get(after);
  });
}

/** One name per letter: its date and its breakdown (a new letter fills the form again). */
export function letterKey(reading: {
  invitation: { date: string | null };
  crs: { total: number | null; rows: object };
}): string {
  return JSON.stringify([reading.invitation.date, reading.crs.total, reading.crs.rows]);
}
