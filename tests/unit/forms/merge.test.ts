// Two pages editing the same form in turn: each page's changes survive the other's save.
import { describe, expect, it } from 'vitest';
import { emptyDraft, emptyWork, mergeDrafts, parseDraft, type FormDraft } from '@/lib/forms';

const draft = (change: (d: FormDraft) => void): FormDraft => {
  const d = emptyDraft();
  change(d);
  return d;
};

const job = (key: string, hours: string) => ({ ...emptyWork(key), hoursPerWeek: hours });

describe('mergeDrafts(base, mine, theirs)', () => {
  const base = draft((d) => {
    d.dateOfBirth = '1994-06-02';
    d.work = [job('work-0', '40'), job('work-1', '20')];
  });

  it.each<[string, (d: FormDraft) => void, (d: FormDraft) => void, (d: FormDraft) => void]>([
    [
      'different fields: both kept',
      (d) => (d.family.size = '2'),
      (d) => (d.nomination = 'active'),
      (d) => ((d.family.size = '2'), (d.nomination = 'active')),
    ],
    [
      'same field changed on both: this page’s typing wins',
      (d) => (d.dateOfBirth = '1994-06-03'),
      (d) => (d.dateOfBirth = '1990-01-01'),
      (d) => (d.dateOfBirth = '1994-06-03'),
    ],
    [
      'a field of one row each: both rows changed',
      (d) => (d.work[0]!.hoursPerWeek = '35'),
      (d) => (d.work[1]!.country = 'IN'),
      (d) => ((d.work[0]!.hoursPerWeek = '35'), (d.work[1]!.country = 'IN')),
    ],
    [
      'a row added on each side: both rows, theirs first',
      (d) => d.work.push(job('work-2', '10')),
      (d) => d.work.push(job('work-3', '15')),
      (d) => d.work.push(job('work-3', '15'), job('work-2', '10')),
    ],
    [
      'a row removed there, untouched here: gone',
      () => undefined,
      (d) => d.work.splice(0, 1),
      (d) => d.work.splice(0, 1),
    ],
    [
      'a row removed there while typed in here: kept',
      (d) => (d.work[0]!.hoursPerWeek = '37.5'),
      (d) => d.work.splice(0, 1),
      (d) => {
        d.work = [job('work-1', '20'), job('work-0', '37.5')];
      },
    ],
    [
      'language test scores (rows without keys) merge by position',
      (d) => (d.languageTests[0]!.reading = '7'),
      (d) => (d.languageTests[0]!.test = 'ielts-general'),
      (d) => ((d.languageTests[0]!.reading = '7'), (d.languageTests[0]!.test = 'ielts-general')),
    ],
  ])('%s', (_name, mineChange, theirsChange, expectedChange) => {
    const mine = structuredClone(base);
    mineChange(mine);
    const theirs = structuredClone(base);
    theirsChange(theirs);
    const expected = structuredClone(base);
    expectedChange(expected);
    expect(
      mergeDrafts(base, mine, theirs),
      'a page’s save must keep what the other page typed in other fields',
    ).toEqual(expected);
  });

  it('nothing changed here: what storage holds is shown as it is', () => {
    const theirs = draft((d) => (d.dateOfBirth = '2000-01-01'));
    expect(mergeDrafts(base, base, theirs)).toEqual(theirs);
  });
});

describe('a stored draft is read field by field (parseDraft)', () => {
  it.each<[string, (d: Record<string, unknown>) => void, (d: FormDraft) => void]>([
    [
      'a field longer than any limit is kept, and so is the rest',
      (d) => void (d.dateOfBirth = 'x'.repeat(500)),
      (d) => void (d.dateOfBirth = 'x'.repeat(500)),
    ],
    [
      'one field of the wrong kind goes back to blank; the rest is kept',
      (d) => void (d.nomination = 42),
      (d) => void (d.nomination = ''),
    ],
  ])('%s', (_name, storedChange, expectedChange) => {
    const base = draft((d) => void (d.family.size = '3'));
    const stored: Record<string, unknown> = structuredClone(base);
    storedChange(stored);
    const expected = structuredClone(base);
    expectedChange(expected);
    expect(parseDraft(stored)).toEqual(expected);
  });
});
