// The in-page guard (SPEC "The in-page guard"): beside the portal's control that continues to the
// application, a small notice with the verdict in a shadow root (styles apart from the page's); when
// the verdict is decline, the first press of that control opens a confirmation listing the reasons,
// with "Go on anyway". With no assessment or no such control, the page is left untouched.
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { GuardView } from '@/components/guard/guard-view';
import { GUARD_CSS } from '@/components/guard/guard-styles';
import { languageFromTag, type UiLanguage } from '@/lib/i18n';
import { findContinueControl } from '@/lib/view/continue-control';
import { guardInfo, storedLanguage, type GuardInfo } from '@/lib/view/guard-state';
import { interceptFirstPress } from './guard-intercept';

// The storage.local keys of utils/storage.ts (`local:assessment`, `local:settings`), read here with the
// plain API and checked by hand: WXT's storage helper and zod would more than double the script.
const ASSESSMENT_KEY = 'assessment';
const SETTINGS_KEY = 'settings';

async function stored(key: string): Promise<unknown> {
  const values: Record<string, unknown> = await browser.storage.local.get(key);
  return values[key];
}
/** How long the page must be quiet before the control is looked for again. */
const SETTLE_MS = 300;

export interface GuardHandle {
  /** Looks for the control again and redraws (the content script may call it after a reading). */
  refresh(): Promise<void>;
}

export async function mountGuard(ctx: ContentScriptContext): Promise<GuardHandle> {
  let info: GuardInfo | null = guardInfo(await stored(ASSESSMENT_KEY));
  let language = resolveLanguage(await stored(SETTINGS_KEY));
  let control: Element | null = null;
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
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
    const details = ui?.shadow.querySelector('[data-testid="guard-details"]');
    if (!goOn && details instanceof HTMLElement) details.focus();
  };

  function draw() {
    if (!ui?.mounted || !info) return;
    render(
      h(GuardView, {
        info,
        language,
        confirming,
        released,
        onGoOn: () => close(true),
        onDeclineInstead: () => close(false),
      }),
      ui.mounted,
    );
  }

  let syncing = Promise.resolve();
  const sync = () => (syncing = syncing.then(syncNow, syncNow));
  async function syncNow() {
    const found = info ? findContinueControl(document) : null;
    interceptor.arm(info?.verdict === 'decline' && found !== null);
    if (found !== control || !found) {
      ui?.remove();
      ui = null;
      control = found;
    }
    if (!control || !info) return;
    if (!ui) {
      ui = await createShadowRootUi(ctx, {
        name: 'ita-ready-guard',
        position: 'inline',
        anchor: control,
        append: 'after',
        css: GUARD_CSS,
        onMount: (container) => container,
        onRemove: (container) => {
          if (container) render(null, container);
        },
      });
      ui.mount();
    }
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
      void sync();
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  let timer: number | undefined;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => void sync(), SETTLE_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    interceptor.stop();
    browser.storage.onChanged.removeListener(onChanged);
  });

  await sync();
  return { refresh: sync };
}

function resolveLanguage(settings: unknown): UiLanguage {
  const chosen = storedLanguage(settings);
  return chosen === 'auto' ? languageFromTag(browser.i18n.getUILanguage()) : chosen;
}
