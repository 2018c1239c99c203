// The raw form, kept as typed (`local:facts-draft`), so text that does not parse yet survives a
// reload. The facts themselves are saved only when the whole form parses (utils/storage saveFacts).
import { storage } from 'wxt/utils/storage';
import { parseDraft, type FormDraft } from '@/lib/forms';

const draftItem = storage.defineItem<unknown>('local:facts-draft', { version: 1, fallback: null });

/** The stored draft, or null when there is none or it is unreadable (then the facts are shown). */
export async function loadDraft(): Promise<FormDraft | null> {
  return parseDraft(await draftItem.getValue());
}

export function saveDraft(draft: FormDraft): Promise<void> {
  return draftItem.setValue(draft);
}
