// @vitest-environment happy-dom
// mountGuard over a page with WXT's fake browser: the notice appears beside the control only when
// there is an assessment AND a control; otherwise the page is left exactly as it was.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { GUARD_CSS } from '@/components/guard/guard-styles';
import { mountGuard } from '@/entrypoints/guard/mount-guard';
import { DECLINE, REVIEW, letter, stored, withLetter } from '../../support/stored';
import { letterPage } from '../../support/letter-pages.mjs';

const APPLY_BODY = /<body[^>]*>([\s\S]*)<\/body>/.exec(letterPage('ita-letter-apply'))?.[1];

let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no UI language: the browser says English.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-CA');
  ctx = new ContentScriptContext('content');
});
afterEach(() => {
  ctx.abort();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const guardHost = () => document.querySelector('ita-ready-guard');
const inGuard = (testId: string) =>
  guardHost()?.shadowRoot?.querySelector(`[data-testid="${testId}"]`) ?? null;

describe('mountGuard', () => {
  it('assessment + control: the notice stands right after the control', async () => {
    await fakeBrowser.storage.local.set({ assessment: stored(DECLINE) });
    document.body.innerHTML = APPLY_BODY ?? '';
    await mountGuard(ctx);
    expect(guardHost()?.previousElementSibling?.textContent?.trim()).toBe(
      'Apply online for permanent residence',
    );
    expect(inGuard('guard')?.getAttribute('data-verdict')).toBe('decline');
  });

  it.each([
    ['no assessment stored', undefined, APPLY_BODY ?? ''],
    ['an unreadable assessment', { assessment: 'decline' }, APPLY_BODY ?? ''],
    [
      'no continue control on the page',
      stored(REVIEW),
      '<main><p>Your profile</p><a href="/mycic/home">Back</a></main>',
    ],
  ])('%s: the page is left untouched', async (_, assessment, body) => {
    if (assessment !== undefined) await fakeBrowser.storage.local.set({ assessment });
    document.body.innerHTML = body;
    const before = document.documentElement.outerHTML;
    await mountGuard(ctx);
    expect(guardHost()).toBeNull();
    expect(document.documentElement.outerHTML, 'not one character of the page may change').toBe(
      before,
    );
  });

  it('a verdict that arrives later shows at once; one that goes away removes the notice', async () => {
    document.body.innerHTML = APPLY_BODY ?? '';
    const guard = await mountGuard(ctx);
    expect(guardHost()).toBeNull();
    await fakeBrowser.storage.local.set({ assessment: stored(REVIEW) });
    await guard.refresh();
    expect(inGuard('guard')?.getAttribute('data-verdict')).toBe('review');
    await fakeBrowser.storage.local.remove('assessment');
    await guard.refresh();
    expect(guardHost()).toBeNull();
  });

  it("its styles are a <style> in its own shadow root: nothing is added to the page's styles", async () => {
    await fakeBrowser.storage.local.set({ assessment: stored(DECLINE) });
    document.body.innerHTML = APPLY_BODY ?? '';
    const pageStyles = document.querySelectorAll('style, link').length;
    await mountGuard(ctx);
    const shadow = guardHost()?.shadowRoot;
    expect(shadow?.querySelector('style')?.textContent).toBe(GUARD_CSS);
    expect(document.querySelectorAll('style, link').length).toBe(pageStyles);
  });

  it('a new language in the settings redraws the notice at once', async () => {
    await fakeBrowser.storage.local.set({
      assessment: stored(DECLINE),
      settings: { language: 'en' },
    });
    document.body.innerHTML = APPLY_BODY ?? '';
    await mountGuard(ctx);
    expect(inGuard('guard-verdict')?.textContent).toBe('Decline');
    await fakeBrowser.storage.local.set({ settings: { language: 'fr' } });
    expect(inGuard('guard-verdict')?.textContent).toBe('Refuser');
  });

  it('the page dropping the notice: it is put back right after the control', async () => {
    await fakeBrowser.storage.local.set({ assessment: stored(REVIEW) });
    document.body.innerHTML = APPLY_BODY ?? '';
    const guard = await mountGuard(ctx);
    guardHost()?.remove();
    await guard.refresh();
    expect(guardHost()?.previousElementSibling?.textContent?.trim()).toBe(
      'Apply online for permanent residence',
    );
    expect(document.querySelectorAll('ita-ready-guard')).toHaveLength(1);
  });

  it('the extension going away (context invalidated) removes the notice and holds nothing back', async () => {
    await fakeBrowser.storage.local.set({ assessment: stored(DECLINE) });
    document.body.innerHTML = APPLY_BODY ?? '';
    await mountGuard(ctx);
    expect(guardHost()).not.toBeNull();
    ctx.abort();
    expect(guardHost()).toBeNull();
    const apply = document.querySelector('button[value="apply"]');
    let seenByPage = 0;
    apply?.addEventListener('click', (event) => {
      seenByPage += 1;
      event.preventDefault(); // no navigation in the test
    });
    apply?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(seenByPage, 'with the extension gone, the first press must reach the page').toBe(1);
  });
});

/** The guard over the Apply page, with the user's events marked as such (see intercept.test.ts). */
async function guardedPage(values: Record<string, unknown>) {
  await fakeBrowser.storage.local.set(values);
  document.body.innerHTML = APPLY_BODY ?? '';
  const userEvents = new WeakSet<Event>();
  await mountGuard(ctx, {
    isUser: (event) => userEvents.has(event),
    now: () => Date.parse('2026-11-22T12:00:00Z'),
  });
  const apply = document.querySelector<HTMLButtonElement>('button[value="apply"]');
  const submitted: string[] = [];
  document.addEventListener(
    'submit',
    (event) => {
      event.preventDefault(); // no navigation in the test
      submitted.push('submit');
    },
    { signal: ctx.signal },
  );
  /** The user presses Apply (a trusted click in a browser). */
  const press = () => {
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    userEvents.add(click);
    apply?.dispatchEvent(click);
  };
  const choose = (testId: string) =>
    inGuard(testId)?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  return { apply, submitted, press, choose };
}

const DECLINING = { assessment: stored(DECLINE), readings: withLetter() };

describe('the guard keeps guarding until "Go on anyway"', () => {
  let click: ReturnType<typeof vi.spyOn>;
  let submit: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    click = vi.spyOn(HTMLElement.prototype, 'click');
    submit = vi.spyOn(HTMLFormElement.prototype, 'submit');
  });
  afterEach(() => {
    expect(click, 'the guard never clicks anything').not.toHaveBeenCalled();
    expect(submit, 'the guard never submits anything').not.toHaveBeenCalled();
  });

  it.each([
    [
      '"Not now — stay on this page"',
      () => inGuard('guard-stay')?.dispatchEvent(new MouseEvent('click', { bubbles: true })),
    ],
    [
      'Esc',
      () =>
        inGuard('guard-dialog')?.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
        ),
    ],
  ])('after %s the next press opens the confirmation again', async (_, dismiss) => {
    const page = await guardedPage(DECLINING);
    for (let round = 1; round <= 2; round++) {
      page.press();
      expect(inGuard('guard-dialog'), `press ${round} opens the confirmation`).not.toBeNull();
      dismiss();
      expect(inGuard('guard-dialog')).toBeNull();
      const details = inGuard('guard-details');
      expect(details, "the notice's details must be there to take the focus").not.toBeNull();
      expect(
        guardHost()?.shadowRoot?.activeElement,
        'focus on the notice, not on the control a stray Enter would press',
      ).toBe(details);
    }
    expect(page.submitted, 'no press reached the portal').toEqual([]);
    expect(await fakeBrowser.storage.local.get('guardRelease')).toEqual({});
  });

  it('after "Go on anyway" presses go through, and the choice is kept for this letter', async () => {
    const page = await guardedPage(DECLINING);
    page.press();
    page.choose('guard-go-on');
    expect(inGuard('guard-dialog')).toBeNull();
    expect(document.activeElement, 'focus back on the portal control').toBe(page.apply);
    expect(inGuard('guard-released')?.textContent).toBe(
      'You chose to go on with this invitation: ITA Ready will not stop you again.',
    );
    page.press();
    page.press();
    expect(page.submitted, 'every later press goes through untouched').toEqual([
      'submit',
      'submit',
    ]);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.local.get('guardRelease')).toEqual({
        guardRelease: {
          letter: 'letter|2026-11-19|2027-01-19T00:00:00Z|E001234567',
          at: '2026-11-22T12:00:00.000Z',
        },
      }),
    );
  });

  it('the letter page opened again after "Go on anyway": presses go through from the start', async () => {
    const page = await guardedPage({
      ...DECLINING,
      guardRelease: { letter: 'letter|2026-11-19|2027-01-19T00:00:00Z|E001234567', at: 'x' },
    });
    expect(inGuard('guard-released')).not.toBeNull();
    page.press();
    expect(inGuard('guard-dialog')).toBeNull();
    expect(page.submitted).toEqual(['submit']);
  });

  it('"Go on anyway" chosen for another letter: this one is still guarded', async () => {
    const other = { ...letter, invitation: { ...letter.invitation, date: '2026-12-03' } };
    const page = await guardedPage({
      assessment: stored(DECLINE),
      readings: withLetter(other),
      guardRelease: { letter: 'letter|2026-11-19|2027-01-19T00:00:00Z|E001234567', at: 'x' },
    });
    page.press();
    expect(inGuard('guard-dialog')).not.toBeNull();
    expect(page.submitted).toEqual([]);
  });

  it("a page script's click on Apply is not the user's press: never held back", async () => {
    const page = await guardedPage(DECLINING);
    page.apply?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(inGuard('guard-dialog')).toBeNull();
    expect(page.submitted).toEqual(['submit']);
  });

  it('a failed rules run: "could not check" instead of the old decline, and nothing held back', async () => {
    const page = await guardedPage({
      ...DECLINING,
      checkFailure: { at: '2026-11-22T12:00:00.000Z', reason: 'rules-failed', readingAt: null },
    });
    expect(inGuard('guard')?.getAttribute('data-verdict')).toBe('failed');
    page.press();
    expect(inGuard('guard-dialog')).toBeNull();
    expect(page.submitted).toEqual(['submit']);
  });

  it('a run failing while the page is open replaces the verdict at once; the next good run brings it back', async () => {
    const page = await guardedPage(DECLINING);
    expect(inGuard('guard')?.getAttribute('data-verdict')).toBe('decline');
    await fakeBrowser.storage.local.set({
      assessment: null,
      checkFailure: { at: '2026-11-22T12:00:00.000Z', reason: 'storage-failed', readingAt: null },
    });
    expect(inGuard('guard')?.getAttribute('data-verdict')).toBe('failed');
    await fakeBrowser.storage.local.set({ assessment: stored(DECLINE), checkFailure: null });
    expect(inGuard('guard')?.getAttribute('data-verdict')).toBe('decline');
    page.press();
    expect(inGuard('guard-dialog')).not.toBeNull();
  });
});
