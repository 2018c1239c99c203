// Two options pages on one storage, as two tabs are: what is typed in one shows in the other
// without waiting for any timer, and a save in one never undoes the other's newer typing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DraftSync } from '@/entrypoints/options/draft-sync';
import type { SaveState } from '@/components/options/options-view';
import { emptyDraft, type FormDraft } from '@/lib/forms';
import { loadDraft, saveDraft, watchDraft } from '@/utils/storage';

/** Far longer than any test: a write happens only because a page flushed it. */
const NEVER_BY_TIMER = 3_600_000;

interface Page {
  sync: DraftSync;
  shown: () => FormDraft;
  states: SaveState['state'][];
  type: (change: (d: FormDraft) => void) => void;
  close: () => void;
}

async function openPage(): Promise<Page> {
  let shown = (await loadDraft()) ?? emptyDraft();
  const states: SaveState['state'][] = [];
  const sync = new DraftSync(
    shown,
    { load: loadDraft, save: saveDraft },
    { draft: (d) => void (shown = d), state: (s) => void states.push(s.state) },
    NEVER_BY_TIMER,
  );
  const stop = watchDraft((stored) => sync.stored(stored));
  return {
    sync,
    shown: () => shown,
    states,
    type: (change) => {
      const next = structuredClone(sync.current);
      change(next);
      shown = next;
      sync.edit(next);
    },
    close: () => {
      stop();
      void sync.flush();
    },
  };
}

/** Storage events are delivered asynchronously: let them arrive. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 0));

const pages: Page[] = [];
const open = async () => {
  const page = await openPage();
  pages.push(page);
  return page;
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => pages.splice(0).forEach((p) => p.close()));

describe('two options pages editing in turn', () => {
  it('a page opened right after typing elsewhere shows it once that page is left', async () => {
    const first = await open();
    first.type((d) => (d.family.size = 'two'));
    expect(first.states.at(-1), 'the page says it is still saving').toBe('saving');
    // The user switches to another page: the first one is hidden, which writes at once.
    await first.sync.flush();
    expect(first.states.at(-1)).toBe('saved');
    const second = await open();
    expect(second.shown().family.size).toBe('two');
  });

  it('a page already open follows what another page writes, field by field', async () => {
    const first = await open();
    const second = await open();
    second.type((d) => (d.dateOfBirth = '1994-06-02'));
    first.type((d) => (d.family.size = '3'));
    await first.sync.flush();
    await delivered();
    expect(second.shown().family.size, 'the other page’s field arrives').toBe('3');
    expect(second.shown().dateOfBirth, 'this page’s unsaved typing stays').toBe('1994-06-02');
    await second.sync.flush();
    await delivered();
    expect(first.shown().dateOfBirth).toBe('1994-06-02');
    expect(await loadDraft()).toMatchObject({
      dateOfBirth: '1994-06-02',
      family: { size: '3' },
    });
  });

  it('the older page’s save never overwrites the newer typing of the other', async () => {
    const first = await open();
    first.type((d) => (d.nomination = 'active'));
    await first.sync.flush();
    const second = await open();
    second.type((d) => (d.nomination = 'withdrawn'));
    await second.sync.flush();
    await delivered();
    // The first page edits another field, then saves: it writes only what it changed.
    first.type((d) => (d.funds.amount = '21000'));
    await first.sync.flush();
    expect(await loadDraft()).toMatchObject({
      nomination: 'withdrawn',
      funds: { amount: '21000' },
    });
  });

  it('another page’s write that arrives while this page’s save reads storage is kept', async () => {
    let release: () => void = () => undefined;
    const reading = new Promise<void>((resolve) => (release = resolve));
    const saved: FormDraft[] = [];
    const sync = new DraftSync(
      emptyDraft(),
      {
        // This page's save reads storage; the other page's write lands before the read returns.
        load: async () => {
          await reading;
          return loadDraft();
        },
        save: async (draft) => void saved.push(draft),
      },
      { draft: () => undefined, state: () => undefined },
      NEVER_BY_TIMER,
    );
    const mine = structuredClone(sync.current);
    mine.funds.amount = '21000';
    sync.edit(mine);
    const writing = sync.flush();
    const theirs = emptyDraft();
    theirs.nomination = 'active';
    await saveDraft(theirs);
    sync.stored(theirs);
    release();
    await writing;
    expect(saved.at(-1), 'both pages’ fields are saved').toMatchObject({
      nomination: 'active',
      funds: { amount: '21000' },
    });
  });

  it('an import replaces the form as it is, over a draft already stored', async () => {
    const first = await open();
    first.type((d) => (d.dateOfBirth = '1994-06-02'));
    await first.sync.flush();
    const imported = emptyDraft();
    imported.nomination = 'active';
    await first.sync.replace(imported);
    expect(await loadDraft(), 'the imported form is what is stored').toEqual(imported);
    expect(first.shown()).toEqual(imported);
  });

  it('"Delete all my data" in one page empties the other, and its pending typing is dropped', async () => {
    const first = await open();
    first.type((d) => (d.dateOfBirth = '1994-06-02'));
    await first.sync.flush();
    const second = await open();
    second.type((d) => (d.family.size = '2'));
    await fakeBrowser.storage.local.clear();
    await delivered();
    expect(second.shown()).toEqual(emptyDraft());
    expect(second.sync.pending, 'nothing typed before the delete is written back').toBe(false);
  });
});
