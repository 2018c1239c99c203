// @vitest-environment happy-dom
// mountGuard over a page with WXT's fake browser: the notice appears beside the control only when
// there is an assessment AND a control; otherwise the page is left exactly as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountGuard } from '@/entrypoints/content/guard';
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
});
