// The in-page guard (SPEC "The in-page guard"): beside the portal's control that continues to the
// application, a small notice with the verdict in a shadow root (styles apart from the page's); when
// the verdict is decline, the first press of that control opens a confirmation listing the reasons,
// with "Go on anyway". With no assessment or no such control, the page is left untouched.
//
// Not in the content script (issue 3: 30 KB budget): the background injects entrypoints/guard/index.ts
// (`/guard.js`) into the tab once a letter was read there. Plain DOM on purpose (issue 6): Preact and
// WXT's `createShadowRootUi` took the script from 49.1 KB to 70.3 KB for one host element, one style
// sheet and two small pieces of UI. tests/unit/guard/import-graph.test.ts keeps them out.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createGuardView, type GuardView } from '@/components/guard/guard-view';
import { GUARD_CSS } from '@/components/guard/guard-styles';
import { uiLanguage, type UiLanguage } from '@/lib/i18n/language';
import { findContinueControl } from '@/lib/view/continue-control';
import { guardInfo, storedLanguage, type GuardInfo } from '@/lib/view/guard-state';
import { interceptFirstPress } from './guard-intercept';
import { STORAGE_KEYS } from '@/utils/storage-keys';

// Two of utils/storage.ts's keys, read here with the plain API and checked by hand: WXT's storage
// helper and zod would more than double the script.
const ASSESSMENT_KEY = STORAGE_KEYS.assessment;
const SETTINGS_KEY = STORAGE_KEYS.settings;

async function stored(key: string): Promise<unknown> {
  const values: Record<string, unknown> = await browser.storage.local.get(key);
  return values[key];
}
/** How long the page must be quiet before the control is looked for again. */
const SETTLE_MS = 300;
/** The host element's name: the e2e tests and the page see the guard as `<ita-ready-guard>`. */
export const HOST_TAG = 'ita-ready-guard';

export interface GuardHandle {
  /** Looks for the control again and redraws. */
  refresh(): Promise<void>;
}

export async function mountGuard(ctx: ContentScriptContext): Promise<GuardHandle> {
  let info: GuardInfo | null = guardInfo(await stored(ASSESSMENT_KEY));
  let language = resolveLanguage(await stored(SETTINGS_KEY));
  let control: Element | null = null;
  let host: HTMLElement | null = null;
  let view: GuardView | null = null;
  let confirming = false;
  let released = false;

  const interceptor = interceptFirstPress(
    window,
    () => control,
    () => {
      confirming = true;
      draw();
    },
  );

  const close = (goOn: boolean) => {
    confirming = false;
    released = goOn;
    draw();
    // "Go on anyway": back on the portal's control, so the next press (Enter or click) is theirs.
    // "Decline instead": on the notice, not on the control a stray Enter would now send through.
    if (goOn && control instanceof HTMLElement) control.focus();
    if (!goOn) view?.focusNotice();
  };

  function draw() {
    if (info) view?.update({ info, language, confirming, released });
  }

  function unmount() {
    view?.remove();
    host?.remove();
    view = null;
    host = null;
  }

  /**
   * A host element right after the control, with an open shadow root holding the guard's own style
   * sheet: the page's CSS cannot reach inside and ours cannot leak out (`:host { all: initial }` also
   * stops the page's inherited styles at the door). Open, so the browser tests can look inside.
   */
  function mount(anchor: Element) {
    host = document.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = GUARD_CSS;
    shadow.append(style);
    view = createGuardView(shadow, {
      onGoOn: () => close(true),
      onDeclineInstead: () => close(false),
    });
    anchor.after(host);
  }

  function sync() {
    if (ctx.isInvalid) return;
    const found = info ? findContinueControl(document) : null;
    interceptor.arm(info?.verdict === 'decline' && found !== null);
    if (found !== control || !found) {
      unmount();
      control = found;
    }
    if (!control || !info) return;
    if (!host) mount(control);
    // The page re-drew around the control and dropped the notice: put it back beside the control.
    else if (host.previousElementSibling !== control) control.after(host);
    draw();
  }

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const assessment = changes[ASSESSMENT_KEY];
    const settings = changes[SETTINGS_KEY];
    if (settings) {
      language = resolveLanguage(settings.newValue);
      draw();
    }
    if (assessment) {
      info = guardInfo(assessment.newValue);
      sync();
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  let timer: number | undefined;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(sync, SETTLE_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    interceptor.stop();
    browser.storage.onChanged.removeListener(onChanged);
    unmount();
  });

  sync();
  return {
    refresh() {
      sync();
      return Promise.resolve();
    },
  };
}

function resolveLanguage(settings: unknown): UiLanguage {
  const chosen = storedLanguage(settings);
  return uiLanguage(chosen, browser.i18n.getUILanguage());
}
