// Storage items (utils/storage.ts): defaults on a fresh install, what cannot be read kept aside
// (bounded, never overwritten by the next problem) while the rest is kept, every write with its
// version, and export → delete → import.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  deleteAll,
  dismissSetAside,
  exportAll,
  factsSlot,
  importAll,
  draftItem,
  loadDraft,
  loadFacts,
  loadReadings,
  loadSetAside,
  loadSettings,
  saveFacts,
  saveFactsAndDraft,
  saveSettings,
  settingsSlot,
} from '@/utils/storage';
import { EMPTY_READINGS, SET_ASIDE_MAX } from '@/lib/schema/state';
import { DEFAULT_SETTINGS } from '@/lib/schema/settings';
import { parseImportFile } from '@/lib/schema/export-file';
import { versionOf } from '@/lib/schema/migrations';
import { emptyDraft } from '@/lib/forms';
import { STORAGE_KEYS } from '@/utils/storage-keys';
import { workPeriod } from '../../support/facts';

const facts = { dateOfBirth: '1996-03-14', nomination: 'none' as const };
const now = new Date('2026-11-22T12:00:00Z');
const job = workPeriod();

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('reading what is stored', () => {
  it('gives defaults on a fresh install', async () => {
    expect(await loadFacts()).toEqual({});
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadReadings()).toEqual(EMPTY_READINGS);
    expect(await loadSetAside()).toEqual([]);
  });

  it.each([
    [
      'one bad date: only that date goes',
      { ...facts, plannedSubmission: 'soon' },
      facts,
      ['plannedSubmission'],
    ],
    [
      'a work period with a bad start: only that period goes',
      { ...facts, work: [job, { ...job, start: '2024-02-30' }] },
      { ...facts, work: [job] },
      ['work[1].start', 'work[1]'],
    ],
    ['a misspelt key: only that key goes', { ...facts, nominaton: 'x' }, facts, ['nominaton']],
    ['not an object at all: all of it goes', 'garbage', {}, null],
  ])(
    'unreadable facts (%s) are repaired and the original kept aside',
    async (_n, stored, kept, dropped) => {
      await fakeBrowser.storage.local.set({ facts: stored });
      expect(await loadFacts(), 'everything that can be read must be kept').toEqual(kept);
      expect(await fakeBrowser.storage.local.get('facts')).toEqual({ facts: kept });
      const [aside] = await loadSetAside();
      expect(aside).toMatchObject({ key: 'facts', value: stored, dropped });
    },
  );

  it('unreadable settings fall back one setting at a time', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, language: 'de' } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ language: 'fr', notifications: true });
    await fakeBrowser.storage.local.set({
      settings: { language: 'fr', notifications: 'yes', roundsRefresh: false },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, language: 'fr' });
  });

  it('a second problem never overwrites the first; only the newest few are kept', async () => {
    for (let i = 0; i < SET_ASIDE_MAX + 2; i++) {
      await fakeBrowser.storage.local.set({ facts: { dateOfBirth: `bad-${i}` } });
      await loadFacts();
    }
    const aside = await loadSetAside();
    expect(aside).toHaveLength(SET_ASIDE_MAX);
    expect(
      aside.map((a) => a.value),
      'newest first, oldest dropped',
    ).toEqual([6, 5, 4, 3, 2].map((i) => ({ dateOfBirth: `bad-${i}` })));
  });

  it('values an older version kept under local:unreadable:* are taken in once', async () => {
    await storage.setItem('local:unreadable:facts', { dateOfBirth: 42 });
    const aside = await loadSetAside();
    expect(aside).toMatchObject([{ key: 'facts', value: { dateOfBirth: 42 }, dropped: null }]);
    expect(await storage.getItem('local:unreadable:facts')).toBeNull();
    expect(await loadSetAside(), 'not taken in twice').toHaveLength(1);
  });

  it('dismissing forgets them', async () => {
    await fakeBrowser.storage.local.set({ facts: 'garbage' });
    await loadFacts();
    await dismissSetAside();
    expect(await loadSetAside()).toEqual([]);
  });
});

describe('writing', () => {
  it('every write records the item’s version, also after "Delete all my data"', async () => {
    await saveFacts(facts);
    await deleteAll();
    await saveFacts(facts);
    await saveSettings({ language: 'fr' });
    expect(await factsSlot.item.getMeta()).toEqual({ v: versionOf('facts') });
    expect(await settingsSlot.item.getMeta()).toEqual({ v: versionOf('settings') });
  });

  it('the options form’s facts and draft land in one write, each with its version', async () => {
    const draft = { ...emptyDraft(), dateOfBirth: '1996-03-14' };
    await saveFacts({ dateOfBirth: '1990-01-01' });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const changes: string[][] = [];
    fakeBrowser.storage.local.onChanged.addListener((changed) =>
      changes.push(Object.keys(changed).sort()),
    );
    await saveFactsAndDraft(facts, draft);
    expect(set, 'two writes leave a gap where another page’s write is lost').toHaveBeenCalledTimes(
      1,
    );
    const facts$ = `${STORAGE_KEYS.facts}$`;
    const draft$ = `${STORAGE_KEYS.draft}$`;
    expect(changes, 'other pages must see the facts and the draft change together').toEqual([
      [STORAGE_KEYS.facts, STORAGE_KEYS.draft, facts$, draft$].sort(),
    ]);
    expect(await loadFacts()).toEqual(facts);
    expect(await loadDraft()).toEqual(draft);
    expect(await factsSlot.item.getMeta()).toEqual({ v: versionOf('facts') });
    expect(await draftItem.getMeta()).toEqual({ v: versionOf('draft') });
  });
});

describe('all my data', () => {
  const roundTrip = async () => parseImportFile(JSON.parse(JSON.stringify(await exportAll(now))));

  it('export → delete → import restores everything, values set aside included', async () => {
    await fakeBrowser.storage.local.set({ facts: { ...facts, nominaton: 'x' } });
    await loadFacts();
    await saveSettings({ language: 'fr' });
    const exported = await exportAll(now);
    expect(exported.setAside, 'the export carries what was set aside').toHaveLength(1);
    const parsed = await roundTrip();
    await deleteAll();
    expect(await loadFacts()).toEqual({});
    if (!parsed.ok || parsed.kind !== 'export') throw new Error('the export did not parse');
    await importAll(parsed.file);
    expect(await loadFacts()).toEqual(facts);
    expect((await loadSettings()).language).toBe('fr');
    expect(await loadSetAside()).toEqual(exported.setAside);
  });
});
