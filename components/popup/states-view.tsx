import { useState } from 'preact/hooks';
import type { Messages } from '@/lib/i18n';

/** Nothing read yet: how to get a reading. */
export function EmptyView(props: { t: Messages; optionsUrl: string }) {
  const { t, optionsUrl } = props;
  return (
    <section class="state" aria-labelledby="state-heading">
      <h2 id="state-heading">{t.stateEmptyTitle}</h2>
      <ol class="steps">
        {t.stateEmptySteps.map((step) => (
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

type CopyStatus = 'idle' | 'done' | 'failed';

/**
 * "Copy page structure for a bug report". The structure (labels only, digits and names replaced by
 * the reader's `pageStructure`) is given by the caller; copying is a callback so this view stays pure.
 */
export function CopyStructure(props: {
  t: Messages;
  structure: string | null;
  copy: (text: string) => Promise<void>;
}) {
  const { t, structure, copy } = props;
  const [status, setStatus] = useState<CopyStatus>('idle');
  if (structure === null) {
    return <p class="small muted">{t.copyStructureUnavailable}</p>;
  }
  const onCopy = () => {
    copy(structure).then(
      () => setStatus('done'),
      () => setStatus('failed'),
    );
  };
  return (
    <div class="copy-structure">
      <button type="button" onClick={onCopy} data-testid="copy-structure">
        {t.copyStructure}
      </button>
      <p class="small muted">{t.copyStructureHelp}</p>
      <p role="status" class="small">
        {status === 'done' ? t.copyStructureDone : status === 'failed' ? t.copyStructureFailed : ''}
      </p>
      {status === 'failed' && (
        <textarea readOnly rows={6} aria-label={t.copyStructure} value={structure} />
      )}
    </div>
  );
}
