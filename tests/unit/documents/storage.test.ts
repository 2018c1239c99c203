// The checklist marks in storage (WXT's fake browser): one mark changes `documents[key]` and
// nothing else the user entered; an emptied mark goes away; a key storage would refuse is not saved.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_READINGS, withReading } from '@/lib/schema/state';
import { loadChecklist, saveDocumentMark } from '@/utils/documents';
import { loadFacts, saveFacts, saveReadings } from '@/utils/storage';
import { BASE, NOW, ZONE, letter } from '../../support/readings';

beforeEach(() => fakeBrowser.reset());

describe('saveDocumentMark', () => {
  it('changes only documents[key]', async () => {
    await saveFacts(BASE);
    expect(await saveDocumentMark('passport:candidate', { have: true })).toEqual({ ok: true });
    expect(
      await saveDocumentMark('police-certificate:candidate:in', { requested: '2026-11-10' }),
    ).toEqual({
      ok: true,
    });
    expect(await loadFacts()).toEqual({
      ...BASE,
      documents: {
        'passport:candidate': { have: true },
        'police-certificate:candidate:in': { requested: '2026-11-10' },
      },
    });
  });

  it('an unticked mark with no date is removed, and the key with it when it was the last', async () => {
    await saveFacts({
      ...BASE,
      documents: { 'passport:candidate': { have: true, requested: '2026-11-01' } },
    });
    await saveDocumentMark('passport:candidate', { have: false });
    expect((await loadFacts()).documents).toEqual({
      'passport:candidate': { requested: '2026-11-01' },
    });
    await saveDocumentMark('passport:candidate', { requested: null });
    expect(await loadFacts()).toEqual(BASE);
  });

  it.each([
    ['a key storage refuses', 'Passport:Candidate', { have: true }, /documents/],
    [
      'a date that is not one',
      'passport:candidate',
      { requested: '2026-02-30' },
      /expected a date/,
    ],
  ])('%s is not saved', async (_, key, change, error) => {
    await saveFacts(BASE);
    const result = await saveDocumentMark(key, change);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
    expect(await loadFacts()).toEqual(BASE);
  });
});

describe('loadChecklist', () => {
  it('from the stored letter and facts', async () => {
    await saveFacts(BASE);
    await saveReadings(
      withReading(EMPTY_READINGS, letter('CEC'), '/mycic/messages', '2026-11-22T10:00:00.000Z'),
    );
    const checklist = await loadChecklist(NOW, ZONE);
    expect(checklist.program).toBe('CEC');
    expect(checklist.deadline?.lastDay).toBe('2027-01-11');
  });

  it('before any letter: no program, no deadline', async () => {
    const checklist = await loadChecklist(NOW, ZONE);
    expect([checklist.program, checklist.deadline]).toEqual([null, null]);
  });
});
