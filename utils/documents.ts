// The document checklist's wiring, shared by every page that shows it (the options page's "Your
// documents" and documents.html): the list worked out from what is stored (the ITA letter's reading,
// the facts and the rounds, as the popup and the rules take them), the user's marks saved into the
// facts' `documents` key alone, the list worked out again after each save or change in storage, and
// the upload preparer's engine, loaded the first time a file is prepared.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DocumentsState } from '@/components/documents/documents-content';
import { buildChecklist, type Checklist } from '@/lib/checklist';
import { parseFacts, type Facts } from '@/lib/facts';
import type { PackFile, PackOptions, PackResult } from '@/lib/pack/types';
import { knownRounds } from '@/lib/rounds/known';
import { messageOf } from '@/lib/error-message';
import { NewestOnly } from '@/lib/view/newest-only';
import { loadFacts, loadReadings, loadRoundsCache, saveFacts, watchAll } from './storage';

/** The checklist as of `now`, from the stored letter (if any), facts and rounds. */
export async function loadChecklist(now: number, timeZone: string): Promise<Checklist> {
  const [readings, facts, rounds] = await Promise.all([
    loadReadings(),
    loadFacts(),
    loadRoundsCache(),
  ]);
  return buildChecklist({
    reading: readings.itaLetter?.reading ?? null,
    facts,
    now,
    timeZone,
    rounds: knownRounds(rounds),
  });
}

/** A change to one mark: `have` ticked or not, the request date set or cleared (null). */
export interface MarkChange {
  have?: boolean;
  requested?: string | null;
}

type Mark = NonNullable<Facts['documents']>[string];

/** The mark after the change, or null when nothing is left to keep. */
function changed(mark: Mark, change: MarkChange): Mark | null {
  const have = 'have' in change ? change.have : mark.have;
  const requested = 'requested' in change ? change.requested : mark.requested;
  const next: Mark = {
    ...(have === true ? { have } : {}),
    ...(requested ? { requested } : {}),
  };
  return Object.keys(next).length > 0 ? next : null;
}

/**
 * Saves one mark: loads the stored facts, changes only `documents[key]` and saves them back, so
 * nothing else the user entered is touched. The result goes through the facts' own parser, so a
 * mark storage would refuse is never written.
 */
export async function saveDocumentMark(
  key: string,
  change: MarkChange,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const facts = await loadFacts();
  const documents = { ...facts.documents };
  const next = changed(documents[key] ?? {}, change);
  if (next) documents[key] = next;
  else delete documents[key];
  const updated: Facts = { ...facts, documents };
  if (Object.keys(documents).length === 0) delete updated.documents;
  const parsed = parseFacts(updated);
  if (!parsed.ok) return { ok: false, error: parsed.errors[0] ?? 'invalid' };
  await saveFacts(parsed.facts);
  return { ok: true };
}

/** lib/pack's `pack`, fetched from the extension's own files the first time it is used. */
export async function packLazily(files: PackFile[], options: PackOptions): Promise<PackResult> {
  return (await import('@/lib/pack')).pack(files, options);
}

/**
 * The checklist and its actions for a page, kept current: worked out at once, again whenever
 * storage changes (a mark here or in another page, new facts, a new letter), and again after each
 * mark is saved (a mark that could not be saved is undone on screen, and said why).
 */
export function useDocuments(timeZone: string): DocumentsState {
  const [checklist, setChecklist] = useState<Checklist | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  // Only the newest of several overlapping loads is shown, and none while a mark is being saved: a
  // load that read storage before the mark landed would take the user's tick back off the screen.
  const saving = useRef(0);
  const { run: refresh } = useMemo(
    () =>
      new NewestOnly(
        () =>
          loadChecklist(Date.now(), timeZone).then(
            (list) => ({ list, error: null }),
            (error: unknown) => ({ list: null, error: messageOf(error) }),
          ),
        ({ list, error }) => {
          if (list === null) setLoadError(error);
          else if (saving.current === 0) {
            setChecklist(list);
            setLoadError(null);
          }
        },
      ),
    [timeZone],
  );

  useEffect(() => {
    void refresh();
    return watchAll(() => void refresh());
  }, [refresh]);

  const mark = async (key: string, change: MarkChange) => {
    saving.current += 1;
    try {
      const saved = await saveDocumentMark(key, change);
      setSaveError(saved.ok ? null : saved.error);
    } catch (error) {
      setSaveError(messageOf(error));
    } finally {
      saving.current -= 1;
    }
    await refresh();
  };

  return {
    checklist,
    loadError,
    saveError,
    onHave: (key, have) => void mark(key, { have }),
    onRequested: (key, requested) => void mark(key, { requested }),
    pack: packLazily,
  };
}
