import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiLanguage } from '@/lib/i18n';
import { guardMessages } from '@/lib/i18n/guard';
import type { GuardInfo, GuardReason } from '@/lib/view/guard-state';
import type { Verdict } from '@/lib/view/assessment';

const MARK: Record<Verdict, string> = { decline: '✕', review: '!', ready: '✓' };

export interface GuardViewProps {
  info: GuardInfo;
  language: UiLanguage;
  /** The confirmation is open (the first press of the portal's control was held back). */
  confirming: boolean;
  /** "Go on anyway" was chosen: the next press goes through; say so. */
  released: boolean;
  onGoOn: () => void;
  onDeclineInstead: () => void;
}

/** The notice beside the portal's control, and the confirmation when the verdict is decline. */
export function GuardView(props: GuardViewProps) {
  const { info, language, confirming, released } = props;
  const t = guardMessages(language);
  const [open, setOpen] = useState(false);
  const listId = 'ita-ready-reasons';
  return (
    <div class="guard" lang={language} data-testid="guard" data-verdict={info.verdict}>
      <div class={`notice ${info.verdict}`} role="note" aria-label={t.label}>
        <span class="mark" aria-hidden="true">
          {MARK[info.verdict]}
        </span>
        <span class="brand">{t.label}:</span>
        <span class="word" data-testid="guard-verdict">
          {t.verdict[info.verdict]}
        </span>
        {info.reasons.length > 0 && (
          <button
            type="button"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
            data-testid="guard-details"
          >
            {open ? t.hideDetails : t.details}
          </button>
        )}
        {open && <Reasons id={listId} reasons={info.reasons} language={language} />}
        {released && (
          <p class="hint" role="status" data-testid="guard-released">
            {t.goOnHint}
          </p>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          reasons={info.reasons}
          language={language}
          onGoOn={props.onGoOn}
          onDeclineInstead={props.onDeclineInstead}
        />
      )}
    </div>
  );
}

function Reasons(props: {
  id?: string;
  reasons: GuardReason[];
  language: UiLanguage;
  full?: boolean;
}) {
  const { reasons, language } = props;
  const t = guardMessages(language);
  return (
    <ul class="reasons" id={props.id}>
      {reasons.map((reason, index) => (
        <li key={`${reason.id}-${index}`} data-finding-id={reason.id}>
          <span class="sev">{t.severity[reason.severity]}:</span> {reason.title[language]}
          {props.full && <span class="detail">{reason.detail[language]}</span>}
        </li>
      ))}
    </ul>
  );
}

const FOCUSABLE = 'button, a[href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal `<dialog>`: the browser puts it above the page, makes the page inert and closes it on Esc;
 * Tab is also kept inside it by hand. Focus starts on the safer choice, "Decline … instead".
 */
function ConfirmDialog(props: {
  reasons: GuardReason[];
  language: UiLanguage;
  onGoOn: () => void;
  onDeclineInstead: () => void;
}) {
  const { reasons, language, onGoOn, onDeclineInstead } = props;
  const t = guardMessages(language);
  const ref = useRef<HTMLDialogElement>(null);
  const safe = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    safe.current?.focus();
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDeclineInstead();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    const root = ref.current.getRootNode();
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
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby="ita-ready-confirm-title"
      aria-describedby="ita-ready-confirm-intro"
      aria-modal="true"
      onKeyDown={onKeyDown}
      // Esc on a modal dialog: the browser fires `cancel`; closing is ours to do.
      onCancel={(event) => {
        event.preventDefault();
        onDeclineInstead();
      }}
      data-testid="guard-dialog"
    >
      <h2 id="ita-ready-confirm-title">{t.dialogTitle}</h2>
      <p id="ita-ready-confirm-intro">{t.dialogIntro}</p>
      {/* The reasons to decline, in full; the points to check are behind "Why?" and in the popup. */}
      <Reasons
        reasons={reasons.filter((reason) => reason.severity === 'decline')}
        language={language}
        full
      />
      <div class="actions">
        <button
          type="button"
          ref={safe}
          class="primary"
          onClick={onDeclineInstead}
          data-testid="guard-decline"
        >
          {t.declineInstead}
        </button>
        <button type="button" onClick={onGoOn} data-testid="guard-go-on">
          {t.goOn}
        </button>
      </div>
    </dialog>
  );
}
