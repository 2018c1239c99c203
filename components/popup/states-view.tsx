import { useState } from 'preact/hooks';
import type { Messages } from '@/lib/i18n';

/** Nothing read yet: how to get a reading. */
export function EmptyView(props: { t: Messages; optionsUrl: string }) {
  const { t, optionsUrl } = props;
  return (
    <section class="state" aria-labelledby="state-heading">
      <h2 id="state-heading">{t.empty.title}</h2>
      <ol class="steps">
        {t.empty.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p>
        <a href={optionsUrl} target="_blank" rel="noopener" data-testid="import-link">
          {t.importLetter}
        </a>
      </p>
    </section>
  );
}

/**
 * The page structure asked for when the button is pressed (entrypoints/popup/page-structure.ts runs
 * /structure.js in the active tab). Why it failed decides nothing here but is kept for the log.
 */
export type StructureResult =
  { ok: true; structure: string } | { ok: false; reason: 'no-tab' | 'not-portal' | 'failed' };

type CopyStatus =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done' }
  | { kind: 'failed'; structure: string }
  | { kind: 'unavailable' };

/**
 * "Copy page structure for a bug report". The structure (labels only, digits and names replaced by
 * the reader's `pageStructure`) is asked for when the button is pressed, from the IRCC page open in
 * the active tab; asking and copying are callbacks so this view stays pure.
 */
export function CopyStructure(props: {
  t: Messages;
  getStructure: (() => Promise<StructureResult>) | null;
  copy: (text: string) => Promise<void>;
}) {
  const { t, getStructure, copy } = props;
  const [status, setStatus] = useState<CopyStatus>({ kind: 'idle' });
  if (getStructure === null || status.kind === 'unavailable') {
    // No IRCC page to ask (the tab is gone, or it is not the portal): how to get one, not a dead button.
    return (
      <p role="status" class="small muted" data-testid="copy-structure-unavailable">
        {t.copyStructure.unavailable}
      </p>
    );
  }
  const onCopy = async () => {
    setStatus({ kind: 'working' });
    const found = await getStructure().catch((): StructureResult => ({
      ok: false,
      reason: 'failed',
    }));
    if (!found.ok) {
      setStatus({ kind: 'unavailable' });
      return;
    }
    await copy(found.structure).then(
      () => setStatus({ kind: 'done' }),
      () => setStatus({ kind: 'failed', structure: found.structure }),
    );
  };
  return (
    <div class="copy-structure">
      <button
        type="button"
        onClick={() => void onCopy()}
        disabled={status.kind === 'working'}
        data-testid="copy-structure"
      >
        {t.copyStructure.button}
      </button>
      <p class="small muted">{t.copyStructure.help}</p>
      <p role="status" class="small">
        {status.kind === 'done'
          ? t.copyStructure.done
          : status.kind === 'failed'
            ? t.copyStructure.failed
            : ''}
      </p>
      {status.kind === 'failed' && (
        <textarea readOnly rows={6} aria-label={t.copyStructure.button} value={status.structure} />
      )}
    </div>
  );
}
