// The in-page guard: beside the portal's control that continues to the application, a small notice
// with the verdict (or "could not check" when the last rules run failed) in a shadow root, its styles
// apart from the page's. When the verdict is decline, every press of that control opens a
// confirmation listing the reasons, until the user chooses "Go on anyway" for this letter; that
// choice is remembered (`local:guardRelease`), so the next presses, here or after a reload, go
// through. "Not now" and Esc close the confirmation and keep guarding. With no assessment or no such
// control, the page is left untouched.
//
// Not in the content script, which runs on every IRCC page: the background injects
// entrypoints/guard/index.ts (`/guard.js`) into the tab once a letter was read there. Plain DOM, no
// Preact, zod or WXT storage helper, to keep the script small; tests/unit/guard/import-graph.test.ts
// keeps them out.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createGuardView, type GuardView } from '@/components/guard/guard-view';
import { GUARD_CSS } from '@/components/guard/guard-styles';
import { uiLanguage, type UiLanguage } from '@/lib/i18n/language';
import { findContinueControl } from '@/lib/view/continue-control';
import {
  guardInfo,
  letterKey,
  releasedLetter,
  storedLanguage,
  type GuardInfo,
  type GuardRelease,
} from '@/lib/view/guard-state';
import { guardPresses, type PressGuardOptions } from './guard-intercept';
import { STORAGE_KEYS } from '@/utils/storage-keys';

// utils/storage.ts's keys, read here with the plain API and checked by hand: WXT's storage helper
// and zod would more than double the script.
const KEYS = {
  assessment: STORAGE_KEYS.assessment,
  failure: STORAGE_KEYS.checkFailure,
  settings: STORAGE_KEYS.settings,
  readings: STORAGE_KEYS.readings,
  release: STORAGE_KEYS.guardRelease,
} as const;

/** How long the page must be quiet before the control is looked for again. */
const SETTLE_MS = 300;
/** The host element's name: the e2e tests and the page see the guard as `<ita-ready-guard>`. */
export const HOST_TAG = 'ita-ready-guard';

export interface GuardHandle {
  /** Looks for the control again and redraws. */
  refresh(): Promise<void>;
}

export interface GuardOptions {
  /** The user's-event test of the press guard (tests pass their own: they cannot make trusted events). */
  isUser?: PressGuardOptions['isUser'];
  /** The clock, for the time "Go on anyway" was chosen. */
  now?: () => number;
}

export async function mountGuard(
  ctx: ContentScriptContext,
  options: GuardOptions = {},
): Promise<GuardHandle> {
  const values: Record<string, unknown> = await browser.storage.local.get(Object.values(KEYS));
  let assessment = values[KEYS.assessment];
  let failure = values[KEYS.failure];
  let info: GuardInfo | null = guardInfo(assessment, failure);
  let language = resolveLanguage(values[KEYS.settings]);
  let letter = letterKey(values[KEYS.readings]);
  let releasedFor = releasedLetter(values[KEYS.release]);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const now = options.now ?? (() => Date.now());
  let control: Element | null = null;
  let host: HTMLElement | null = null;
  let view: GuardView | null = null;
  let confirming = false;

  /** The letter "Go on anyway" was chosen for on this page (null: a letter the page did not name). */
  let releasedHere: string | null | undefined;
  const released = () =>
    (releasedHere !== undefined && releasedHere === letter) ||
    (letter !== null && releasedFor === letter);

  const presses = guardPresses({
    target: window,
    control: () => control,
    onHeldBack: () => {
      confirming = true;
      draw();
    },
    isUser: options.isUser,
  });

  const close = (goOn: boolean) => {
    confirming = false;
    if (goOn) releasedHere = letter;
    if (goOn && letter !== null) {
      releasedFor = letter;
      const release: GuardRelease = { letter, at: new Date(now()).toISOString() };
      browser.storage.local
        .set({ [KEYS.release]: release })
        .catch((error: unknown) => console.debug('ITA Ready: "Go on anyway" not kept.', error));
    }
    arm();
    draw();
    // "Go on anyway": back on the portal's control, so the next press (Enter or click) is theirs.
    // "Not now": on the notice, not on the control a stray Enter would press again.
    if (goOn && control instanceof HTMLElement) control.focus();
    if (!goOn) view?.focusNotice();
  };

  function arm() {
    presses.arm(
      info?.kind === 'verdict' && info.verdict === 'decline' && control !== null && !released(),
    );
  }

  function draw() {
    if (info) view?.update({ info, language, confirming, released: released(), timeZone });
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
      onStay: () => close(false),
    });
    anchor.after(host);
  }

  function sync() {
    if (ctx.isInvalid) return;
    const found = info ? findContinueControl(document) : null;
    if (found !== control || !found) {
      unmount();
      control = found;
    }
    // A confirmation open for a verdict that is no longer decline (or a control gone) closes.
    if (confirming && !(info?.kind === 'verdict' && info.verdict === 'decline' && control)) {
      confirming = false;
    }
    arm();
    if (!control || !info) return;
    if (!host) mount(control);
    // The page re-drew around the control and dropped the notice: put it back beside the control.
    else if (host.previousElementSibling !== control) control.after(host);
    draw();
  }

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const changed = (key: string) => key in changes;
    if (changed(KEYS.settings)) language = resolveLanguage(changes[KEYS.settings]?.newValue);
    if (changed(KEYS.readings)) letter = letterKey(changes[KEYS.readings]?.newValue);
    if (changed(KEYS.release)) releasedFor = releasedLetter(changes[KEYS.release]?.newValue);
    if (changed(KEYS.assessment)) assessment = changes[KEYS.assessment]?.newValue;
    if (changed(KEYS.failure)) failure = changes[KEYS.failure]?.newValue;
    if (changed(KEYS.assessment) || changed(KEYS.failure)) {
      info = guardInfo(assessment, failure);
      sync();
    } else {
      arm();
      draw();
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
    presses.stop();
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
  return uiLanguage(storedLanguage(settings), browser.i18n.getUILanguage());
}
