// The background's answers to messages: check the sender, parse the body, then act.
import {
  contentToBackgroundSchema,
  pageToBackgroundSchema,
  type Reply,
} from '@/lib/schema/messages';
import { withReading } from '@/lib/schema/state';
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

  if (from === 'content') {
    const parsed = contentToBackgroundSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: 'Rejected: malformed message.' };
    const { reading, path, structure } = parsed.data;
    const at = new Date(context.now()).toISOString();
    await saveReadings(withReading(await loadReadings(), reading, path, at, structure));
    return { ok: true, data: { stored: reading.kind !== 'unknown' } };
  }

  const parsed = pageToBackgroundSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'Rejected: malformed message.' };
  switch (parsed.data.type) {
    case 'state/get':
      return { ok: true, data: await loadReadings() };
    case 'reading/imported': {
      const { reading, fileName } = parsed.data;
      const at = new Date(context.now()).toISOString();
      await saveReadings(withReading(await loadReadings(), reading, `import:${fileName}`, at));
      return { ok: true, data: { stored: reading.kind !== 'unknown' } };
    }
  }
}
