// The document checklist's storage: the list worked out from what is stored (the ITA letter's
// reading and the facts), and the user's marks saved into the facts' `documents` key alone. Any
// page that shows the checklist (the documents page, the options page) uses these two.
import { buildChecklist, type Checklist } from '@/lib/checklist';
import { parseFacts, type Facts } from '@/lib/facts';
import { loadFacts, loadReadings, saveFacts } from './storage';

/** The checklist as of `now`, from the stored letter (if any) and facts. */
export async function loadChecklist(now: number, timeZone: string): Promise<Checklist> {
  const [readings, facts] = await Promise.all([loadReadings(), loadFacts()]);
  return buildChecklist({ reading: readings.itaLetter?.reading ?? null, facts, now, timeZone });
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
