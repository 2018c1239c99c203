// Sending side of the extension's messages. Types only from the schemas (no zod at run time here:
// the content script imports this and must stay small). The background parses every message.
import { browser } from 'wxt/browser';
import type { ContentToBackground, PageToBackground, Reply } from '@/lib/schema/messages';

export interface Replies {
  'reading/found': { stored: boolean };
  'reading/imported': { stored: boolean };
}

type Outgoing = ContentToBackground | PageToBackground;

export async function send<M extends Outgoing>(message: M): Promise<Replies[M['type']]> {
  const reply: Reply<Replies[M['type']]> | undefined = await browser.runtime.sendMessage(message);
  if (!reply) throw new Error('ITA Ready: the background did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
