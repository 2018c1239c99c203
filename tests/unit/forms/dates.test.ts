// Dates as people type them (lib/forms/dates.ts): one text box, any of the usual forms, English or
// French; a date that can be read two ways is asked about, never guessed.
import { describe, expect, it } from 'vitest';
import { parseTypedDate, type TypedDate } from '@/lib/forms';

describe('read', () => {
  it.each([
    ['2022-05-10', '2022-05-10'],
    ['2022/5/10', '2022-05-10'],
    ['2022.05.10', '2022-05-10'],
    ['20220510', '2022-05-10'],
    ['May 10 2022', '2022-05-10'],
    ['May 10, 2022', '2022-05-10'],
    ['10 May 2022', '2022-05-10'],
    ['10 mai 2022', '2022-05-10'],
    ['1er mai 2022', '2022-05-01'],
    ['10 février 2022', '2022-02-10'],
    ['10 fevrier 2022', '2022-02-10'],
    ['Sept. 3, 2021', '2021-09-03'],
    ['  2022-05-10 ', '2022-05-10'],
    ['30/05/2022', '2022-05-30'],
    ['05/30/2022', '2022-05-30'],
    ['10/10/2022', '2022-10-10'],
  ])('%j → %s', (text, iso) => {
    expect(parseTypedDate(text), `${text} is a date people write`).toEqual({ ok: true, iso });
  });
});

describe('not read, and why', () => {
  it.each<[string, TypedDate]>([
    ['02/30/2026', { ok: false, reason: 'no-such-day', day: 30 }],
    ['2026-02-30', { ok: false, reason: 'no-such-day', day: 30 }],
    ['60230-02-02', { ok: false, reason: 'format' }],
    ['mm/dd/yyyy', { ok: false, reason: 'format' }],
    ['Maybe 10 2022', { ok: false, reason: 'format' }],
    ['03/04/2022', { ok: false, reason: 'ambiguous', first: '2022-03-04', second: '2022-04-03' }],
    ['0202-05-10', { ok: false, reason: 'years', min: 1900, max: 2100 }],
    ['9999-12-31', { ok: false, reason: 'years', min: 1900, max: 2100 }],
  ])('%j', (text, expected) => {
    expect(parseTypedDate(text)).toEqual(expected);
  });
});
