// The background's answers to messages: check the sender, parse the body, then act.
import {
  contentToBackgroundSchema,
  pageToBackgroundSchema,
  type Reply,
} from '@/lib/schema/messages';
import { withReading } from '@/lib/schema/state';
import type { Reading } from '@/lib/reader/types';
import { loadReadings, saveReadings } from '@/utils/storage';
import { classifySender, type SenderLike } from './sender';

export interface BackgroundContext {
  runtimeId: string;
  extensionBase: string;
  now: () => number;
}

export async function handleMessage(
  message: unknown,
  sender: SenderLike,
  context: BackgroundContext,
): Promise<Reply<unknown>> {
  const from = classifySender(sender, context.runtimeId, context.extensionBase);
  if (from === null) return { ok: false, error: 'Rejected: not from this extension or IRCC.' };

  /** Stores a reading, from a portal page or an imported file alike. */
  const store = async (reading: Reading, source: string, structure?: string) => {
    const at = new Date(context.now()).toISOString();
    await saveReadings(withReading(await loadReadings(), reading, source, at, structure));
    return { ok: true as const, data: { stored: reading.kind !== 'unknown' } };
  };

  if (from === 'content') {
    const parsed = contentToBackgroundSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: 'Rejected: malformed message.' };
    const { reading, path, structure } = parsed.data;
    return store(reading, path, structure);
  }

  const parsed = pageToBackgroundSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'Rejected: malformed message.' };
  switch (parsed.data.type) {
    case 'state/get':
      return { ok: true, data: await loadReadings() };
    case 'reading/imported':
      return store(parsed.data.reading, `import:${parsed.data.fileName}`);
  }
}
