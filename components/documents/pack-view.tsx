// The private upload preparer: the user adds the scans or PDFs of one checklist item, puts them in
// order (buttons, or Alt + ↑ / ↓), sets the largest size, and gets one PDF whose size and page
// count are shown before it is saved through a blob: URL. The engine comes in as a prop, so the
// page that mounts this view decides when to load it; nothing here touches the network.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiLanguage } from '@/lib/i18n';
import { documentsMessages } from '@/lib/i18n/documents';
import type { PackedPdf, PackError, PackFile, PackOptions, PackResult } from '@/lib/pack/types';
import { below, Heading, type HeadingLevel } from './heading';
import { messageOf } from '@/lib/error-message';

export interface PackViewProps {
  language: UiLanguage;
  /** lib/pack's `pack`. */
  pack: (files: PackFile[], options: PackOptions) => Promise<PackResult>;
  /** The level of the preparer's heading; 2 unless inside a page's section. */
  level?: HeadingLevel;
}

interface Added {
  id: number;
  file: File;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; done: number; total: number }
  | ({ kind: 'ready'; url: string; bytes: number } & Omit<PackedPdf, 'pdf'>)
  | { kind: 'failed'; error: PackError }
  | { kind: 'crashed'; reason: string };

const DEFAULT_MB = '4';
const MB_RANGE = { min: 0.5, max: 100 };

/** "4", "3.5" or "3,5" (French) as a number of megabytes within range, else null. */
function megabytes(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= MB_RANGE.min && value <= MB_RANGE.max ? value : null;
}

/** Lets the page repaint between two images. */
const pause = () => new Promise<void>((done) => setTimeout(done, 0));

export function PackView(props: PackViewProps) {
  const t = documentsMessages(props.language).pack;
  const level = props.level ?? 2;
  const [files, setFiles] = useState<Added[]>([]);
  const [maxMb, setMaxMb] = useState(DEFAULT_MB);
  const [sizeError, setSizeError] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [fileName, setFileName] = useState('upload.pdf');
  const [announce, setAnnounce] = useState('');
  const [focusAfter, setFocusAfter] = useState<{ id: number; action: string } | null>(null);
  const nextId = useRef(1);
  const list = useRef<HTMLOListElement>(null);
  const url = status.kind === 'ready' ? status.url : null;

  // A blob URL holds the PDF in memory until released: release it when it is replaced or gone.
  useEffect(() => (url ? () => URL.revokeObjectURL(url) : undefined), [url]);

  useEffect(() => {
    if (!focusAfter) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-file="${focusAfter.id}"]`);
    const button = row?.querySelector<HTMLButtonElement>(`[data-action="${focusAfter.action}"]`);
    (button && !button.disabled ? button : row)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const reset = () => setStatus({ kind: 'idle' });

  const add = (chosen: FileList | null) => {
    if (!chosen || chosen.length === 0) return;
    const added = [...chosen].map((file) => ({ id: nextId.current++, file }));
    setFiles((current) => [...current, ...added]);
    reset();
  };

  const move = (index: number, delta: number, action: string) => {
    const target = index + delta;
    if (target < 0 || target >= files.length) return;
    const next = [...files];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(target, 0, moved);
    setFiles(next);
    setAnnounce(t.moved({ name: moved.file.name, position: target + 1, count: next.length }));
    setFocusAfter({ id: moved.id, action });
    reset();
  };

  const remove = (id: number) => {
    setFiles((current) => current.filter((f) => f.id !== id));
    reset();
  };

  const make = async (allowBelowMinimum: boolean) => {
    const limit = megabytes(maxMb);
    setSizeError(limit === null);
    if (limit === null) return;
    setStatus({ kind: 'working', done: 0, total: files.length });
    try {
      const inputs = await Promise.all(
        files.map(async ({ file }) => ({
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        })),
      );
      const result = await props.pack(inputs, {
        maxBytes: Math.round(limit * 1_000_000),
        allowBelowMinimum,
        pause,
        progress: (p) => setStatus({ kind: 'working', ...p }),
      });
      if (!result.ok) {
        setStatus({ kind: 'failed', error: result.error });
        return;
      }
      const { pdf, ...rest } = result;
      const blob = new Blob([new Uint8Array(pdf)], { type: 'application/pdf' });
      setStatus({ kind: 'ready', url: URL.createObjectURL(blob), bytes: pdf.length, ...rest });
    } catch (error) {
      setStatus({
        kind: 'crashed',
        reason: messageOf(error),
      });
    }
  };

  const working = status.kind === 'working';
  const saveAs = /\.pdf$/i.test(fileName.trim())
    ? fileName.trim()
    : `${fileName.trim() || 'upload'}.pdf`;

  return (
    <section class="documents-pack" aria-labelledby="pack-heading" data-testid="pack">
      <Heading level={level} id="pack-heading">
        {t.heading}
      </Heading>
      <p class="hint">{t.intro}</p>

      <div
        class="pack-drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          add(e.dataTransfer?.files ?? null);
        }}
      >
        <label for="pack-files">{t.choose}</label>
        <input
          id="pack-files"
          type="file"
          multiple
          accept=".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf"
          disabled={working}
          onChange={(e) => {
            add(e.currentTarget.files);
            // The same file can be chosen again after it was removed.
            e.currentTarget.value = '';
          }}
        />
        <span class="hint">{t.drop}</span>
      </div>

      <Heading level={below(level)} id="pack-files-heading">
        {t.files}
      </Heading>
      {files.length === 0 ? (
        <p class="hint">{t.none}</p>
      ) : (
        <>
          <p class="hint" id="pack-keys">
            {t.keys}
          </p>
          <ol
            class="pack-files"
            ref={list}
            aria-labelledby="pack-files-heading"
            data-testid="pack-files"
          >
            {files.map((added, index) => (
              <li
                key={added.id}
                data-file={added.id}
                tabIndex={-1}
                onKeyDown={(e) => {
                  if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
                  e.preventDefault();
                  const up = e.key === 'ArrowUp';
                  move(index, up ? -1 : 1, up ? 'up' : 'down');
                }}
              >
                <span class="pack-file-name">{added.file.name}</span>{' '}
                <span class="hint">{t.size(added.file.size)}</span>
                <span class="pack-file-actions">
                  <button
                    type="button"
                    data-action="up"
                    disabled={working || index === 0}
                    aria-describedby="pack-keys"
                    onClick={() => move(index, -1, 'up')}
                  >
                    {t.moveUp}
                  </button>
                  <button
                    type="button"
                    data-action="down"
                    disabled={working || index === files.length - 1}
                    aria-describedby="pack-keys"
                    onClick={() => move(index, 1, 'down')}
                  >
                    {t.moveDown}
                  </button>
                  <button
                    type="button"
                    data-action="remove"
                    disabled={working}
                    onClick={() => remove(added.id)}
                  >
                    {t.remove}
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <p class="visually-hidden" aria-live="polite">
        {announce}
      </p>

      <div class={sizeError ? 'field invalid' : 'field'}>
        <label for="pack-max">{t.maxSize}</label>
        <p class="hint" id="pack-max--hint">
          {t.maxSizeHint}
        </p>
        <input
          id="pack-max"
          type="text"
          inputMode="decimal"
          size={6}
          value={maxMb}
          aria-describedby={sizeError ? 'pack-max--hint pack-max--error' : 'pack-max--hint'}
          aria-invalid={sizeError ? 'true' : undefined}
          onInput={(e) => {
            setMaxMb(e.currentTarget.value);
            reset();
          }}
        />
        {sizeError && (
          <p class="error" id="pack-max--error">
            {t.badMaxSize}
          </p>
        )}
      </div>

      <p>
        <button
          type="button"
          class="primary"
          data-testid="pack-make"
          disabled={working || files.length === 0}
          onClick={() => void make(false)}
        >
          {t.make}
        </button>
      </p>

      <div aria-live="polite" data-testid="pack-status" data-state={status.kind}>
        {status.kind === 'working' && <p>{t.working(status)}</p>}
        {status.kind === 'ready' && (
          <div class="pack-result">
            <p>
              <strong data-testid="pack-ready">
                {t.ready({ bytes: status.bytes, pages: status.pages })}
              </strong>
            </p>
            <p class="hint">{t.quality(status.quality)}</p>
            {status.lowResolution.map((low) => (
              <p class="warning" key={low.page}>
                {t.lowResolution(low)}
              </p>
            ))}
            <div class="field">
              <label for="pack-name">{t.fileName}</label>
              <input
                id="pack-name"
                type="text"
                value={fileName}
                onInput={(e) => setFileName(e.currentTarget.value)}
              />
            </div>
            <p>
              <a class="button primary" href={status.url} download={saveAs} data-testid="pack-save">
                {t.save}
              </a>
            </p>
          </div>
        )}
        {status.kind === 'failed' && (
          <div class="error" role="alert" data-testid="pack-error" data-code={status.error.code}>
            <p>{t.error(status.error)}</p>
            {status.error.code === 'too-big' && status.error.canGoLower && (
              <>
                <p>{t.goLowerWarning}</p>
                <p>
                  <button type="button" data-testid="pack-lower" onClick={() => void make(true)}>
                    {t.goLower}
                  </button>
                </p>
              </>
            )}
          </div>
        )}
        {status.kind === 'crashed' && (
          <p class="error" role="alert" data-testid="pack-error" data-code="crashed">
            {t.unexpected({ reason: status.reason })}
          </p>
        )}
      </div>
    </section>
  );
}
