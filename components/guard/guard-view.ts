// The guard's notice and confirmation, drawn with plain DOM calls (Preact would weigh more than the
// whole guard). Text only ever goes in as text nodes (`append` of a string, `textContent`), never as
// markup: a finding's words can quote the page.
import type { UiLanguage } from '@/lib/i18n/language';
import { guardMessages } from '@/lib/i18n/guard';
import { VERDICT_MARK } from '@/lib/verdict';
import { CHECK_FAILED_LOOK } from '@/lib/view/check-failed';
import type { GuardInfo, GuardReason } from '@/lib/view/guard-state';

const LIST_ID = 'ita-ready-reasons';
const TITLE_ID = 'ita-ready-confirm-title';
const INTRO_ID = 'ita-ready-confirm-intro';
const FOCUSABLE = 'button, a[href], [tabindex]:not([tabindex="-1"])';
/**
 * A live region announces changes, not what it holds when it appears: its words go in a moment
 * after it is in the page, once screen readers have seen it (and again whenever they change).
 */
export const ANNOUNCE_DELAY_MS = 250;

export interface GuardViewState {
  info: GuardInfo;
  language: UiLanguage;
  /** The confirmation is open (a press of the portal's control was held back). */
  confirming: boolean;
  /** "Go on anyway" was chosen for this letter: presses go through; say so. */
  released: boolean;
  /** The user's time zone, for the time of a failed run. */
  timeZone: string;
}

export interface GuardViewHandlers {
  onGoOn(): void;
  /** "Not now — stay on this page", or Esc: close the confirmation, nothing else. */
  onStay(): void;
}

export interface GuardView {
  /** Draws the state; the same elements stay in place, so focus stays where it was. */
  update(state: GuardViewState): void;
  /** Puts focus on the notice's "Why?" button (after "Not now" or Esc), when there is one. */
  focusNotice(): void;
  remove(): void;
}

/** An element with attributes and children; strings become text nodes, never markup. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function reasonList(
  reasons: readonly GuardReason[],
  language: UiLanguage,
  full: boolean,
  id?: string,
): HTMLUListElement {
  const t = guardMessages(language);
  const list = el('ul', id ? { class: 'reasons', id } : { class: 'reasons' });
  for (const reason of reasons) {
    const item = el(
      'li',
      { 'data-finding-id': reason.id },
      el('span', { class: 'sev' }, t.labelled(t.severity[reason.severity])),
      ` ${reason.title[language]}`,
    );
    if (full) item.append(el('span', { class: 'detail' }, reason.detail[language]));
    list.append(item);
  }
  return list;
}

/**
 * The notice (verdict in words, mark and colour; "Why?" shows the reasons) and, while `confirming`,
 * a modal `<dialog>`: the browser puts it above the page, makes the page inert and sends `cancel` on
 * Esc. The notice's words are also said by a polite live region, so a screen reader announces the
 * verdict when the notice appears or changes.
 */
export function createGuardView(parent: ParentNode, handlers: GuardViewHandlers): GuardView {
  let state: GuardViewState | null = null;
  let open = false;
  let extras: Element[] = [];
  let confirmation: ReturnType<typeof createConfirmation> | null = null;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const root = el('div', { class: 'guard', 'data-testid': 'guard' });
  const notice = el('div', { role: 'group' });
  const mark = el('span', { class: 'mark', 'aria-hidden': 'true' });
  // What sighted users read; screen readers hear the same words from the live region below.
  const shown = el('span', { 'aria-hidden': 'true' });
  const brand = el('span', { class: 'brand' });
  const word = el('span', { class: 'word', 'data-testid': 'guard-verdict' });
  const live = el('span', {
    class: 'visually-hidden',
    role: 'status',
    'aria-live': 'polite',
    'aria-atomic': 'true',
    'data-testid': 'guard-announcement',
  });
  const toggle = el('button', {
    type: 'button',
    'aria-controls': LIST_ID,
    'data-testid': 'guard-details',
  });
  toggle.addEventListener('click', () => {
    open = !open;
    draw();
  });
  shown.append(brand, ' ', word);
  notice.append(mark, shown, live);
  root.append(notice);
  parent.append(root);

  function announce(words: string) {
    if (announceTimer !== undefined) clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      if (live.textContent !== words) live.textContent = words;
    }, ANNOUNCE_DELAY_MS);
  }

  function draw() {
    if (!state) return;
    const { info, language, confirming, released, timeZone } = state;
    const t = guardMessages(language);
    const look = info.kind === 'failed' ? 'failed' : info.verdict;
    const verdictWord = info.kind === 'failed' ? t.checkFailed.word : t.verdict[info.verdict];
    root.setAttribute('lang', language);
    root.setAttribute('data-verdict', look);
    notice.className = `notice ${look}`;
    notice.setAttribute('aria-label', t.label);
    mark.textContent = info.kind === 'failed' ? CHECK_FAILED_LOOK.mark : VERDICT_MARK[info.verdict];
    brand.textContent = t.labelled(t.label);
    word.textContent = verdictWord;
    announce(`${t.labelled(t.label)} ${verdictWord}${released ? `. ${t.released}` : ''}`);

    // The toggle is never moved while it is in place (moving a focused element drops its focus);
    // what follows it is drawn afresh.
    for (const extra of extras) extra.remove();
    extras = [];
    const hasDetails = info.kind === 'failed' || info.reasons.length > 0;
    if (hasDetails) {
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? t.hideDetails : t.details;
      if (toggle.parentNode !== notice) live.before(toggle);
      if (open && info.kind === 'failed') {
        extras.push(
          el(
            'p',
            { class: 'reasons', id: LIST_ID, 'data-testid': 'guard-failure' },
            `${t.checkFailed.reason[info.failure.reason]} `,
            t.checkFailed.when({ at: info.failure.at, timeZone }),
          ),
        );
      } else if (open && info.kind === 'verdict') {
        extras.push(reasonList(info.reasons, language, false, LIST_ID));
      }
    } else {
      open = false;
      toggle.remove();
    }
    if (released)
      extras.push(el('p', { class: 'hint', 'data-testid': 'guard-released' }, t.released));
    notice.append(...extras);

    const reasons = info.kind === 'verdict' ? info.reasons : [];
    if (confirming) {
      if (confirmation) confirmation.fill(reasons, language);
      else confirmation = createConfirmation(root, handlers, reasons, language);
    } else {
      confirmation?.remove();
      confirmation = null;
    }
  }

  return {
    update(next) {
      state = next;
      draw();
    },
    focusNotice() {
      if (toggle.parentNode === notice) toggle.focus();
    },
    remove() {
      if (announceTimer !== undefined) clearTimeout(announceTimer);
      confirmation?.remove();
      confirmation = null;
      root.remove();
    },
  };
}

function createConfirmation(
  parent: HTMLElement,
  handlers: GuardViewHandlers,
  reasons: readonly GuardReason[],
  language: UiLanguage,
) {
  const title = el('h2', { id: TITLE_ID });
  const intro = el('p', { id: INTRO_ID });
  const stay = el('button', { type: 'button', class: 'primary', 'data-testid': 'guard-stay' });
  const goOn = el('button', { type: 'button', 'data-testid': 'guard-go-on' });
  let list = el('ul');
  const dialog = el(
    'dialog',
    {
      'aria-labelledby': TITLE_ID,
      'aria-describedby': INTRO_ID,
      'aria-modal': 'true',
      'data-testid': 'guard-dialog',
    },
    title,
    intro,
    list,
    el('div', { class: 'actions' }, stay, goOn),
  );
  stay.addEventListener('click', () => handlers.onStay());
  goOn.addEventListener('click', () => handlers.onGoOn());
  // Esc on a modal dialog: the browser fires `cancel`; closing is ours to do.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    handlers.onStay();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      handlers.onStay();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    // Inside a shadow root the document's activeElement is the host: ask the dialog's own root.
    const root = dialog.getRootNode();
    const active =
      'activeElement' in root && root.activeElement instanceof HTMLElement
        ? root.activeElement
        : null;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  });
  const confirmation = {
    fill(shown: readonly GuardReason[], words: UiLanguage) {
      const t = guardMessages(words);
      title.textContent = t.dialogTitle;
      intro.textContent = t.dialogIntro;
      stay.textContent = t.stay;
      goOn.textContent = t.goOn;
      // The reasons to decline, in full; the points to check are behind "Why?" and in the popup.
      const declines = shown.filter((reason) => reason.severity === 'decline');
      const fresh = reasonList(declines, words, true);
      list.replaceWith(fresh);
      list = fresh;
    },
    remove() {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      dialog.remove();
    },
  };
  confirmation.fill(reasons, language);
  parent.append(dialog);
  if (dialog.isConnected && typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
  stay.focus();
  return confirmation;
}
