// One ISO-instant check (lib/schema/iso.ts) for every instant that crosses a boundary: a reading's
// deadline (message, storage) and when a reading was stored and a page seen (storage).
import { describe, expect, it } from 'vitest';
import { ISO_DATE, ISO_INSTANT } from '@/lib/schema/iso';
import { readingSchema } from '@/lib/schema/reading';
import { EMPTY_READINGS, readingsStateSchema, withReading } from '@/lib/schema/state';
// A 2026 CEC letter (samples/ita-letter.html numbers); its deadline is replaced by each instant.
import { letter as reading } from '../../support/stored';

const INSTANTS: [string, boolean][] = [
  ['2027-01-19T00:00:00Z', true], // the reader's deadline (lib/reader/dates.ts)
  ['2026-11-22T12:00:00.000Z', true], // Date#toISOString
  ['2026-11-22T12:00Z', true],
  ['2026-11-22T12:00:00.5Z', true],
  ['2026-11-22', false], // a date is not an instant
  ['2026-11-22T12:00:00', false], // no zone: local time, not an instant
  ['2026-11-22T12:00:00+00:00', false], // offsets: not written by the extension
  ['2026-11-22T1Z', false],
  ['2026-11-22T12:00:00.Z', false],
  [' 2026-11-22T12:00:00Z', false],
];

describe.each(INSTANTS)('%j', (instant, valid) => {
  const verb = valid ? 'accepts' : 'refuses';

  it(`ISO_INSTANT ${verb} it`, () => {
    expect(ISO_INSTANT.test(instant)).toBe(valid);
  });

  it(`a reading's deadline ${verb} it (lib/schema/reading.ts)`, () => {
    const input = { ...reading, invitation: { ...reading.invitation, deadline: instant } };
    expect(readingSchema.safeParse(input).success).toBe(valid);
  });

  it(`stored readAt and lastPage.seenAt ${verb} it (lib/schema/state.ts)`, () => {
    const state = withReading(EMPTY_READINGS, reading, '/mycic/messages/details', instant);
    expect(state.itaLetter?.readAt).toBe(instant);
    expect(state.lastPage?.seenAt).toBe(instant);
    expect(readingsStateSchema.safeParse(state).success).toBe(valid);
  });
});

describe('ISO_DATE', () => {
  it.each([
    ['2026-11-19', true],
    ['2026-11-19T00:00:00Z', false],
    ['26-11-19', false],
  ])('%j → %s', (date, valid) => {
    expect(ISO_DATE.test(date)).toBe(valid);
  });
});
