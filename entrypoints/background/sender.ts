// Who sent a message. The background accepts messages only from this extension's own pages and
// from its content scripts on IRCC's host (SPEC "Non-negotiables"; Dark Reader's messenger does the same).
import { PORTAL_ORIGIN } from '@/lib/portal';

export type SenderKind = 'content' | 'page';

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

export function classifySender(
  sender: SenderLike,
  runtimeId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (sender.id !== runtimeId || !sender.url) return null;
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return null;
  }
  if (origin === PORTAL_ORIGIN && sender.tab) return 'content';
  if (`${origin}/` === extensionOrigin || origin === extensionOrigin) return 'page';
  return null;
}
