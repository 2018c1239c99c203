// @vitest-environment happy-dom
// /guard.js is injected after every reading of the letter in a tab (entrypoints/background), so it
// runs more than once on one page: only the first run may start a guard. Two guards would draw two
// notices, and a second would hold back the presses the user already chose to let through.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startGuard } from '@/entrypoints/guard/start-guard';
import { DECLINE, stored } from '../../support/stored';
import { letterPage } from '../../support/letter-pages.mjs';

const APPLY_BODY = /<body[^>]*>([\s\S]*)<\/body>/.exec(letterPage('ita-letter-apply'))?.[1] ?? '';
const RUNNING = Symbol.for('ita-ready:guard');

/** The user's click: happy-dom has no `isTrusted`, so it is set here as the browser would. */
function userClick(): MouseEvent {
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(click, 'isTrusted', { value: true });
  return click;
}

/** The scope each test injects into: the page's extension world, fresh per test. */
let scope: Record<symbol, unknown>;
const running = () => Reflect.get(scope, RUNNING);
const hosts = () => document.querySelectorAll('ita-ready-guard');
const inGuard = (testId: string) =>
  document.querySelector('ita-ready-guard')?.shadowRoot?.querySelector(`[data-testid="${testId}"]`);

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-CA');
  await fakeBrowser.storage.local.set({ assessment: stored(DECLINE) });
  document.body.innerHTML = APPLY_BODY;
  scope = {};
});
afterEach(() => {
  const ctx: unknown = running();
  if (ctx && typeof ctx === 'object') Reflect.get(ctx, 'abort')?.call(ctx);
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('startGuard (the body of /guard.js)', () => {
  it('the first injection starts the guard beside the control', async () => {
    expect(startGuard(scope)).toBe(true);
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(inGuard('guard')?.getAttribute('data-verdict')).toBe('decline');
  });

  it.each([2, 3])('%i injections on one page: one notice, one press held back', async (times) => {
    const started = Array.from({ length: times }, () => startGuard(scope));
    expect(started, 'only the first injection may start a guard').toEqual([
      true,
      ...Array<boolean>(times - 1).fill(false),
    ]);
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    // Let any second guard, had one started, finish mounting before counting again.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hosts(), 'a second injection must not draw a second notice').toHaveLength(1);

    const apply = document.querySelector('button[value="apply"]');
    let reachedPage = 0;
    apply?.addEventListener('click', (event) => {
      reachedPage += 1;
      event.preventDefault(); // no navigation in the test
    });
    const press = () => apply?.dispatchEvent(userClick());
    press();
    expect(inGuard('guard-dialog'), 'the first press opens the confirmation').not.toBeUndefined();
    expect(reachedPage).toBe(0);
    inGuard('guard-go-on')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    press();
    expect(reachedPage, 'after "Go on anyway" no second guard holds the press back').toBe(1);
    press();
    expect(reachedPage, 'nor any later press').toBe(2);
  });

  it('a guard left by a reloaded extension (its context invalid) is replaced', async () => {
    startGuard(scope);
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    const old: unknown = running();
    if (old && typeof old === 'object') Reflect.get(old, 'abort')?.call(old);
    expect(hosts(), 'the invalidated guard removes its notice').toHaveLength(0);
    expect(startGuard(scope)).toBe(true);
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(running()).not.toBe(old);
  });
});
