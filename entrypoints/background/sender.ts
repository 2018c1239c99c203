// Who sent a message. The background accepts messages only from this extension's own pages and
// from its content scripts on IRCC's host (Dark Reader's messenger does the same).
import { PORTAL_ORIGIN } from '@/lib/portal';

export type SenderKind = 'content' | 'page';

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

/**
 * @param extensionBase this extension's own base URL, `browser.runtime.getURL('/')`
 *   (compared as a prefix: `URL.origin` is "null" for extension schemes outside browsers).
 */
export function classifySender(
  sender: SenderLike,
  runtimeId: string,
  extensionBase: string,
): SenderKind | null {
  if (sender.id !== runtimeId || !sender.url) return null;
  if (sender.url.startsWith(extensionBase)) return 'page';
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return null;
  }
  return origin === PORTAL_ORIGIN && sender.tab ? 'content' : null;
}

/** The id of the tab a content script's message came from, or null (no tab, or not a number). */
export function tabIdOf(sender: SenderLike): number | null {
  const { tab } = sender;
  if (typeof tab !== 'object' || tab === null || !('id' in tab)) return null;
  return typeof tab.id === 'number' && Number.isInteger(tab.id) && tab.id >= 0 ? tab.id : null;
}
