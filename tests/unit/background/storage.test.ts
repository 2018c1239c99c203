import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  deleteAll,
  exportAll,
  importAll,
  loadFacts,
  loadReadings,
  loadSettings,
  saveFacts,
  saveSettings,
  factsSlot,
} from '@/utils/storage';
import { EMPTY_READINGS } from '@/lib/schema/state';
import { DEFAULT_SETTINGS } from '@/lib/schema/settings';

const facts = { dateOfBirth: '1996-03-14', nomination: 'none' as const };
const now = new Date('2026-11-22T12:00:00Z');

beforeEach(() => fakeBrowser.reset());

describe('storage', () => {
  it('gives defaults on a fresh install', async () => {
    expect(await loadFacts()).toEqual({});
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadReadings()).toEqual(EMPTY_READINGS);
  });

  it('resets unreadable facts instead of crashing', async () => {
    await factsSlot.item.setValue({ dateOfBirth: 42 });
    expect(await loadFacts()).toEqual({});
    // What could not be read is kept aside, not thrown away.
    expect(await storage.getItem('local:unreadable:facts')).toEqual({ dateOfBirth: 42 });
  });

  it('export → delete → import restores everything', async () => {
    await saveFacts(facts);
    await saveSettings({ language: 'fr' });
    const file = JSON.parse(JSON.stringify(await exportAll(now)));
    await deleteAll();
    expect(await loadFacts()).toEqual({});
    expect(await importAll(file)).toEqual({ ok: true });
    expect(await loadFacts()).toEqual(facts);
    expect((await loadSettings()).language).toBe('fr');
  });

  it.each([
    ['not JSON object', 'hello', /not an ITA Ready export/],
    ['another app', { format: 'other' }, /not an ITA Ready export/],
    ['a future version', { format: 'ita-ready-export', version: 9 }, /version/],
  ])('refuses %s and changes nothing', async (_name, file, message) => {
    await saveFacts(facts);
    const reply = await importAll(file);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(message);
    expect(await loadFacts()).toEqual(facts);
  });

  it('refuses a file with a bad fact, naming it, and changes nothing', async () => {
    await saveFacts(facts);
    const file = JSON.parse(JSON.stringify(await exportAll(now)));
    file.facts.dateOfBirth = 'yesterday';
    const reply = await importAll(file);
    expect(!reply.ok && reply.error).toMatch(/facts\.dateOfBirth/);
    expect(await loadFacts()).toEqual(facts);
  });
});
