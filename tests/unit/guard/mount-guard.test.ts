// @vitest-environment happy-dom
// mountGuard over a page with WXT's fake browser: the notice appears beside the control only when
// there is an assessment AND a control; otherwise the page is left exactly as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { GUARD_CSS } from '@/components/guard/guard-styles';
import { mountGuard } from '@/entrypoints/guard/mount-guard';
import { DECLINE, REVIEW, stored } from '../popup/fixtures';

const PAGES = join(import.meta.dirname, 'pages');
const APPLY_BODY = /<body[^>]*>([\s\S]*)<\/body>/.exec(
  readFileSync(join(PAGES, 'ita-letter-apply.html'), 'utf8'),
)?.[1];

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

  it.each([
    ['Go on anyway', 'guard-go-on', 'the portal control', true],
    ['Decline instead', 'guard-decline', 'the notice', false],
  ])('decline, first press held back, "%s": focus goes to %s', async (_, button, __, toControl) => {
    const click = vi.spyOn(HTMLElement.prototype, 'click');
    const submit = vi.spyOn(HTMLFormElement.prototype, 'submit');
    await fakeBrowser.storage.local.set({ assessment: stored(DECLINE) });
    document.body.innerHTML = APPLY_BODY ?? '';
    const submitted: string[] = [];
    const onSubmit = (event: Event) => {
      event.preventDefault(); // no navigation in the test
      submitted.push('submit');
    };
    document.addEventListener('submit', onSubmit, { signal: ctx.signal });
    await mountGuard(ctx);
    const apply = document.querySelector<HTMLButtonElement>('button[value="apply"]');
    const press = () =>
      apply?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    press();
    expect(inGuard('guard-dialog'), 'the first press opens the confirmation').not.toBeNull();
    expect(submitted, 'the held-back press must not reach the portal').toEqual([]);
    inGuard(button)?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(inGuard('guard-dialog')).toBeNull();
    const focused = toControl ? apply : inGuard('guard-details');
    const active = toControl ? document.activeElement : guardHost()?.shadowRoot?.activeElement;
    expect(active).toBe(focused);
    press();
    expect(submitted, 'the next press goes through untouched').toEqual(['submit']);
    expect(click, 'the guard never clicks anything').not.toHaveBeenCalled();
    expect(submit, 'the guard never submits anything').not.toHaveBeenCalled();
  });
});
