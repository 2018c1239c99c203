// The background's answers to messages: check the sender, parse the body, then act.
import {
  contentToBackgroundSchema,
  pageToBackgroundSchema,
  type Reply,
} from '@/lib/schema/messages';
import { withReading } from '@/lib/schema/state';
import type { Reading } from '@/lib/reader/types';
import { loadReadings, saveReadings } from '@/utils/storage';
import { classifySender, tabIdOf, type SenderLike } from './sender';

export interface BackgroundContext {
  runtimeId: string;
  extensionBase: string;
  now: () => number;
  /**
   * Called once a letter read in a tab is stored: runs the in-page guard there (index.ts re-assesses
   * first, then injects /guard.js). Not awaited: the content script's reply does not wait for it.
   */
  onLetterInTab?: (tabId: number) => Promise<void>;
}

export async function handleMessage(
  message: unknown,
  sender: SenderLike,
  context: BackgroundContext,
): Promise<Reply<unknown>> {
  const from = classifySender(sender, context.runtimeId, context.extensionBase);
  if (from === null) return { ok: false, error: 'Rejected: not from this extension or IRCC.' };

  /** Stores a reading, from a portal page or an imported file alike. */
  const store = async (reading: Reading, source: string) => {
    const at = new Date(context.now()).toISOString();
    await saveReadings(withReading(await loadReadings(), reading, source, at));
    return { ok: true as const, data: { stored: reading.kind !== 'unknown' } };
  };

  if (from === 'content') {
    const parsed = contentToBackgroundSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: 'Rejected: malformed message.' };
    const { reading, path } = parsed.data;
    const reply = await store(reading, path);
    const tabId = tabIdOf(sender);
    if (reading.kind === 'ita-letter' && tabId !== null && context.onLetterInTab) {
      context.onLetterInTab(tabId).catch((error: unknown) => {
        console.debug('ITA Ready: the guard was not started.', error);
      });
    }
    return reply;
  }

  const parsed = pageToBackgroundSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'Rejected: malformed message.' };
  switch (parsed.data.type) {
    case 'reading/imported':
      return store(parsed.data.reading, `import:${parsed.data.fileName}`);
  }
}
