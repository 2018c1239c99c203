// The guard's notice and confirmation, drawn with plain DOM calls: Preact (with WXT's shadow-root
// helper) cost the content script 21 KB for two small pieces of UI (issue 6: content script
// budget). Text only ever goes in as text nodes (`append` of a string, `textContent`), never as
// markup: a finding's words can quote the page.
import type { UiLanguage } from '@/lib/i18n';
import { guardMessages } from '@/lib/i18n/guard';
import { VERDICT_MARK } from '@/lib/verdict';
import type { GuardInfo, GuardReason } from '@/lib/view/guard-state';

const LIST_ID = 'ita-ready-reasons';
const TITLE_ID = 'ita-ready-confirm-title';
const INTRO_ID = 'ita-ready-confirm-intro';
const FOCUSABLE = 'button, a[href], [tabindex]:not([tabindex="-1"])';

export interface GuardViewState {
  info: GuardInfo;
  language: UiLanguage;
  /** The confirmation is open (the first press of the portal's control was held back). */
  confirming: boolean;
  /** "Go on anyway" was chosen: the next press goes through; say so. */
  released: boolean;
}

export interface GuardViewHandlers {
  onGoOn(): void;
  onDeclineInstead(): void;
}

export interface GuardView {
  /** Draws the state; the same elements stay in place, so focus stays where it was. */
  update(state: GuardViewState): void;
  /** Puts focus on the notice's "Why?" button (after "Decline instead" or Esc), when there is one. */
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
      el('span', { class: 'sev' }, `${t.severity[reason.severity]}:`),
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
 * Esc; Tab is also kept inside it by hand. Focus starts on the safer choice, "Decline … instead".
 */
export function createGuardView(parent: ParentNode, handlers: GuardViewHandlers): GuardView {
  let state: GuardViewState | null = null;
  let open = false;
  let extras: Element[] = [];
  let confirmation: ReturnType<typeof createConfirmation> | null = null;

  const root = el('div', { class: 'guard', 'data-testid': 'guard' });
  const notice = el('div', { role: 'note' });
  const mark = el('span', { class: 'mark', 'aria-hidden': 'true' });
  const brand = el('span', { class: 'brand' });
  const word = el('span', { class: 'word', 'data-testid': 'guard-verdict' });
  const toggle = el('button', {
    type: 'button',
    'aria-controls': LIST_ID,
    'data-testid': 'guard-details',
  });
  toggle.addEventListener('click', () => {
    open = !open;
    draw();
  });
  notice.append(mark, brand, word);
  root.append(notice);
  parent.append(root);

  function draw() {
    if (!state) return;
    const { info, language, confirming, released } = state;
    const t = guardMessages(language);
    root.setAttribute('lang', language);
    root.setAttribute('data-verdict', info.verdict);
    notice.className = `notice ${info.verdict}`;
    notice.setAttribute('aria-label', t.label);
    mark.textContent = VERDICT_MARK[info.verdict];
    brand.textContent = `${t.label}:`;
    word.textContent = t.verdict[info.verdict];

    // The toggle is never moved while it is in place (moving a focused element drops its focus);
    // what follows it is drawn afresh.
    for (const extra of extras) extra.remove();
    extras = [];
    if (info.reasons.length > 0) {
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? t.hideDetails : t.details;
      if (toggle.parentNode !== notice) word.after(toggle);
      if (open) extras.push(reasonList(info.reasons, language, false, LIST_ID));
    } else {
      open = false;
      toggle.remove();
    }
    if (released) {
      const hint = { class: 'hint', role: 'status', 'data-testid': 'guard-released' };
      extras.push(el('p', hint, t.goOnHint));
    }
    notice.append(...extras);

    if (confirming) {
      if (confirmation) confirmation.fill(info.reasons, language);
      else confirmation = createConfirmation(root, handlers, info.reasons, language);
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
  const safe = el('button', { type: 'button', class: 'primary', 'data-testid': 'guard-decline' });
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
    el('div', { class: 'actions' }, safe, goOn),
  );
  safe.addEventListener('click', () => handlers.onDeclineInstead());
  goOn.addEventListener('click', () => handlers.onGoOn());
  // Esc on a modal dialog: the browser fires `cancel`; closing is ours to do.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    handlers.onDeclineInstead();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      handlers.onDeclineInstead();
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
      safe.textContent = t.declineInstead;
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
  safe.focus();
  return confirmation;
}
