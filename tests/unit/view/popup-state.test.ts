import { describe, expect, it } from 'vitest';
import { popupState } from '@/lib/view/popup-state';
import { EMPTY_READINGS, withReading } from '@/lib/schema/state';
import type { Reading } from '@/lib/reader/types';

const base: Reading = {
  kind: 'ita-letter',
  language: 'en',
  invitation: { date: '2026-11-20', program: 'CEC', deadline: '2027-01-19T00:00:00Z' },
  crs: { total: 512, rows: {} },
  daysLeftToSubmit: null,
  profileNumber: null,
  missing: [],
  problems: [],
};
const at = '2026-11-22T10:00:00.000Z';

describe('popup state', () => {
  it('is empty before any page is seen', () => {
    expect(popupState(EMPTY_READINGS).kind).toBe('empty');
  });
  it('says there is nothing to read after an unrelated portal page', () => {
    const state = withReading(EMPTY_READINGS, { ...base, kind: 'unknown' }, '/mycic/help', at);
    expect(popupState(state)).toEqual({ kind: 'nothing-to-read', source: '/mycic/help' });
  });
  it('shows a letter that has its score', () => {
    expect(popupState(withReading(EMPTY_READINGS, base, '/mycic/m', at)).kind).toBe('reading');
  });
  it('calls a letter with neither score nor deadline unreadable', () => {
    const cut = {
      ...base,
      crs: { total: null, rows: {} },
      invitation: { ...base.invitation, deadline: null },
      missing: ['crs.total', 'invitation.deadline'],
    };
    expect(popupState(withReading(EMPTY_READINGS, cut, '/mycic/m', at)).kind).toBe('unreadable');
  });
});
