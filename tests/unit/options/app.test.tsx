// @vitest-environment happy-dom
// The options page wired to (fake) storage: saved as the user types, only when the whole form
// parses; text that does not parse is kept in the draft; import and delete.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/app';
import { loadDraft } from '@/utils/storage';
import { chooseDraft, draftFromFacts } from '@/lib/forms';
import { EMPTY_READINGS } from '@/lib/schema/state';
import { updateRound } from '@/entrypoints/popup/round-choice';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  exportAll,
  loadFacts,
  loadSetAside,
  loadSettings,
  saveFacts,
  saveFactsAndDraft,
  saveSettings,
} from '@/utils/storage';

/** Lets Preact render and pending promises settle (no time passes for the page's own timers). */
const settle = () => new Promise((r) => setTimeout(r, 0));

/** Waits until the page's save line says `text` (the state a user sees), never for a time. */
async function statusSays(root: HTMLElement, text: string | RegExp): Promise<void> {
  await settle(); // the edit's own render ("Saving…") first
  await vi.waitFor(
    () => expect(root.querySelector('[data-testid="save-status"]')?.textContent).toMatch(text),
    { timeout: 5_000 },
  );
}

/** Waits until the data section says `text` (imported, refused, deleted). */
async function dataSays(root: HTMLElement, text: string | RegExp): Promise<void> {
  await vi.waitFor(
    () => expect(root.querySelector('[data-testid="data-status"]')?.textContent).toMatch(text),
    { timeout: 5_000 },
  );
}

/** Gives the import input a file, as choosing it would. */
function choose(root: HTMLElement, file: File): void {
  const input = root.querySelector<HTMLInputElement>('#data-import');
  if (!input) throw new Error('no import input');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function mount(
  language?: 'en' | 'fr' | 'auto',
  browserLanguage = 'en-CA',
  /** What happens after the page's values were read from storage and before it is rendered. */
  meanwhile?: () => Promise<void>,
): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  // As entrypoints/options/main.tsx does: every value from storage (the page reads them again once
  // it follows their changes).
  if (language) await saveSettings({ language });
  const draft = chooseDraft(await loadDraft(), await loadFacts());
  const facts = await loadFacts();
  await meanwhile?.();
  render(
    <App
      draft={draft}
      settings={await loadSettings()}
      readings={EMPTY_READINGS}
      facts={facts}
      assessment={null}
      failure={null}
      browserLanguage={browserLanguage}
      today={() => '2026-11-22'}
      documentsUrl="documents.html"
    />,
    root,
  );
  await settle();
  return root;
}

function type(root: HTMLElement, id: string, value: string): void {
  const el = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[id="${id}"]`);
  if (!el) throw new Error(`no field #${id}`);
  el.value = value;
  el.dispatchEvent(
    new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  );
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('saved as they go', () => {
  it('saves the facts once the form parses', async () => {
    const root = await mount();
    type(root, 'dateOfBirth', '1996-03-14');
    type(root, 'nomination', 'withdrawn');
    type(root, 'funds.amount', '21,000');
    await statusSays(root, 'All changes saved.');
    expect(await loadFacts()).toEqual({
      dateOfBirth: '1996-03-14',
      nomination: 'withdrawn',
      funds: { amount: 21000 },
    });
    expect(root.textContent).toContain('All changes saved.');
  });

  it('a field that does not parse keeps its text (also after reload) and saves nothing', async () => {
    await saveFacts({ family: { size: 3 } });
    const root = await mount();
    type(root, 'family.size', 'four');
    await statusSays(root, /^Not saved yet/);
    expect(await loadFacts(), 'facts must not change while a field is wrong').toEqual({
      family: { size: 3 },
    });
    expect((await loadDraft())?.family.size, 'the draft must keep what was typed').toBe('four');
    render(null, root);
    const again = await mount();
    expect(again.querySelector<HTMLInputElement>('[id="family.size"]')?.value).toBe('four');
    expect(again.querySelector('[id="family.size--error"]')?.textContent).toContain(
      'whole number from 1 to 30',
    );
  });
});

describe('another tab’s typing', () => {
  it('written after this page read storage and before it followed its changes, is shown', async () => {
    const typed = { dateOfBirth: '1994-06-02' };
    const root = await mount(undefined, undefined, () =>
      saveFactsAndDraft(typed, draftFromFacts(typed)),
    );
    await vi.waitFor(() =>
      expect(root.querySelector<HTMLInputElement>('[id="dateOfBirth"]')?.value).toBe('1994-06-02'),
    );
  });
});

describe('the page’s language', () => {
  it.each([
    ['auto', 'fr-CA', 'Vos renseignements'],
    ['auto', 'en-US', 'Your facts'],
    ['en', 'fr-CA', 'Your facts'],
    ['fr', 'en-CA', 'Vos renseignements'],
  ] as const)('setting %s with the browser in %s: %s', async (setting, browser, heading) => {
    const root = await mount(setting, browser);
    expect(root.querySelector('h1')?.textContent).toBe(heading);
  });
});

describe('a fact another page saved meanwhile (the popup’s cut-off)', () => {
  const cutoff = (value: number) => updateRound((round) => ({ ...round, cutoff: value }));

  it.each([
    ['typing waits to be saved when the popup saves', true],
    ['a draft was saved before the popup saved', false],
  ])('%s: the cut-off survives the next save of the form', async (_, pending) => {
    await saveFacts({ round: { cutoff: 480 }, nomination: 'none' });
    const root = await mount();
    type(root, 'dateOfBirth', '1996-03-14');
    if (!pending) await statusSays(root, 'All changes saved.');
    expect(await cutoff(500), 'the popup’s save').toBe(true);
    type(root, 'family.children', '0');
    await statusSays(root, 'All changes saved.');
    const facts = await loadFacts();
    expect(facts.round, 'the options page wrote back its older cut-off').toEqual({ cutoff: 500 });
    expect(facts.dateOfBirth, 'what was typed on this page is saved too').toBe('1996-03-14');
    expect(facts.family?.children).toBe(0);
    await vi.waitFor(() =>
      expect(
        root.querySelector<HTMLInputElement>('[id="round.cutoff"]')?.value,
        'the form shows the cut-off the popup saved',
      ).toBe('500'),
    );
  });

  it('a cut-off typed on this page meanwhile wins over the popup’s', async () => {
    await saveFacts({ round: { cutoff: 480 } });
    const root = await mount();
    type(root, 'round.cutoff', '490');
    expect(await cutoff(500)).toBe(true);
    await statusSays(root, 'All changes saved.');
    expect((await loadFacts()).round).toEqual({ cutoff: 490 });
  });
});

describe('your data', () => {
  it('a bad import file changes nothing and says why', async () => {
    await saveFacts({ nomination: 'active' });
    const root = await mount();
    const input = root.querySelector<HTMLInputElement>('#data-import');
    if (!input) throw new Error('no import input');
    const file = new File(['{"format":"something else"}'], 'bad.json', {
      type: 'application/json',
    });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await dataSays(root, /^Nothing was changed: .+/);
    expect(await loadFacts()).toEqual({ nomination: 'active' });
  });

  it('an import of an export restores the facts into the form', async () => {
    await saveFacts({ nomination: 'active', dateOfBirth: '1990-01-02' });
    const exported = await exportAll(new Date('2026-11-22T12:00:00Z'));
    await saveFacts({});
    const root = await mount();
    const input = root.querySelector<HTMLInputElement>('#data-import');
    if (!input) throw new Error('no import input');
    const file = new File([JSON.stringify(exported)], 'ita-ready.json');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await dataSays(root, /Imported/);
    expect(root.querySelector<HTMLInputElement>('#dateOfBirth')?.value).toBe('1990-01-02');
    expect(await loadFacts()).toEqual({ nomination: 'active', dateOfBirth: '1990-01-02' });
  });

  it('a facts file in the documented format replaces the facts only', async () => {
    await saveSettings({ language: 'en', notifications: true });
    const text = readFileSync(
      join(import.meta.dirname, '../../fixtures/facts/cec-short-work.json'),
    );
    const root = await mount();
    choose(root, new File([text], 'cec-short-work.json'));
    await dataSays(root, 'Imported: your facts are replaced');
    expect((await loadFacts()).education?.canadian).toBe('threeYearsOrMore');
    expect((await loadSettings()).notifications, 'settings stay as they were').toBe(true);
    expect(root.querySelector<HTMLInputElement>('[id="work[0].country"]')?.value).toBe('CA');
  });

  it('a refused file says where and what, in the page’s language', async () => {
    await saveSettings({ language: 'fr' });
    await saveFacts({ nomination: 'active' });
    const root = await mount('fr');
    choose(root, new File(['{ "family": { "size": "two" } }'], 'facts.json'));
    await dataSays(
      root,
      /^Rien n’a été changé\u00a0: «\u202ffamily\.size\u202f» \(Taille de la famille\) vaut "two"/,
    );
    expect(await loadFacts()).toEqual({ nomination: 'active' });
  });

  it('what could not be read is shown once, can be downloaded, and goes when dismissed', async () => {
    await fakeBrowser.storage.local.set({ facts: { nomination: 'active', nominaton: 'x' } });
    const root = await mount();
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="set-aside"]')?.textContent).toContain('Your facts'),
    );
    expect(root.querySelector('[data-testid="set-aside"]')?.textContent).toContain('nominaton');
    root.querySelector<HTMLButtonElement>('#set-aside-dismiss')?.click();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="set-aside"]')).toBeNull());
    expect(await loadSetAside()).toEqual([]);
  });

  it('delete asks first, then removes the facts and the draft', async () => {
    await saveFacts({ nomination: 'active' });
    const root = await mount();
    root.querySelector<HTMLButtonElement>('#data-delete')?.click();
    await settle();
    expect(document.activeElement?.id, 'the safe answer (Cancel) is focused').toBe(
      'data-delete--no',
    );
    expect(await loadFacts()).toEqual({ nomination: 'active' });
    root.querySelector<HTMLButtonElement>('#data-delete--yes')?.click();
    await dataSays(root, /deleted/);
    expect(await loadFacts()).toEqual({});
    expect(await loadDraft()).toBeNull();
    expect(root.querySelector<HTMLSelectElement>('#nomination')?.value).toBe('');
  });
});
