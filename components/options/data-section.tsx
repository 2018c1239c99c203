// "Your data": export as JSON, import a JSON export, delete everything (after a confirmation).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OptionsMessages } from '@/lib/i18n/options-en';
import type { ImportRefusal } from '@/lib/schema/export-file';
import { Section } from './section';

export type DataStatus =
  | { state: 'idle' }
  /** `all`: an export file; `facts`: a facts file (the facts alone were replaced). */
  | { state: 'imported'; what: 'all' | 'facts' }
  /** `refusal` null: the file is not JSON at all. */
  | { state: 'refused'; refusal: ImportRefusal | null }
  | { state: 'deleted' };

export function DataSection(props: {
  t: OptionsMessages;
  status: DataStatus;
  onExport: () => void;
  onImport: (file: File) => void;
  onDelete: () => void;
}) {
  const { t, status } = props;
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  // The question appears with the safe answer (Cancel) focused.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);
  return (
    <Section name="data" t={t}>
      <div class="field">
        <button
          type="button"
          id="data-export"
          aria-describedby="data-export--hint"
          onClick={props.onExport}
        >
          {t.exportLabel}
        </button>
        <p class="hint" id="data-export--hint">
          {t.exportHint}
        </p>
      </div>
      <div class="field">
        <label for="data-import">{t.importLabel}</label>
        <p class="hint" id="data-import--hint">
          {t.importHint}
        </p>
        <input
          id="data-import"
          type="file"
          accept=".json,application/json"
          aria-describedby="data-import--hint"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) props.onImport(file);
            e.currentTarget.value = '';
          }}
        />
      </div>
      <div class="field">
        {confirming ? (
          <div class="confirm" role="group" aria-labelledby="data-delete--question">
            <p id="data-delete--question">
              <strong>{t.deleteConfirm}</strong>
            </p>
            <button
              type="button"
              class="danger"
              id="data-delete--yes"
              onClick={() => {
                setConfirming(false);
                props.onDelete();
              }}
            >
              {t.deleteYes}
            </button>{' '}
            <button
              type="button"
              id="data-delete--no"
              ref={cancel}
              onClick={() => setConfirming(false)}
            >
              {t.deleteNo}
            </button>
          </div>
        ) : (
          <>
            <button
              type="button"
              class="danger"
              id="data-delete"
              aria-describedby="data-delete--hint"
              onClick={() => setConfirming(true)}
            >
              {t.deleteLabel}
            </button>
            <p class="hint" id="data-delete--hint">
              {t.deleteHint}
            </p>
          </>
        )}
      </div>
      <div aria-live="polite" data-testid="data-status">
        {status.state === 'imported' ? (
          <p class="state ok">{status.what === 'all' ? t.importDone : t.importFactsDone}</p>
        ) : null}
        {status.state === 'deleted' ? <p class="state ok">{t.deleteDone}</p> : null}
        {status.state === 'refused' ? (
          <p class="state bad" role="alert">
            {t.importRefused({
              reason: status.refusal ? t.importRefusal(status.refusal) : t.importNotJson,
            })}
          </p>
        ) : null}
      </div>
    </Section>
  );
}
