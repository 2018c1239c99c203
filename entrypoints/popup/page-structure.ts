// "Copy page structure": asks the IRCC page open in the active tab for its structure when the user
// presses the button, by running /structure.js there (entrypoints/structure.ts), so the content
// script stays small and a page's layout leaves the tab only when the user asks. Host access is
// IRCC's only, so any other tab is refused here before the browser would refuse it.
import { browser } from 'wxt/browser';
import type { StructureResult } from '@/components/popup/states-view';
import { PORTAL_ORIGIN } from '@/lib/portal';
import { pageStructureSchema } from '@/lib/schema/reading';

export const STRUCTURE_SCRIPT = '/structure.js';

/** The two calls used, so tests can pass their own (WXT's fake browser has no `scripting`). */
export interface StructureApi {
  tabs: {
    query(filter: { active: true; currentWindow: true }): Promise<{ id?: number; url?: string }[]>;
  };
  scripting: {
    executeScript(injection: {
      target: { tabId: number };
      files: (typeof STRUCTURE_SCRIPT)[];
    }): Promise<{ result?: unknown }[]>;
  };
}

const browserApi: StructureApi = {
  tabs: { query: (filter) => browser.tabs.query(filter) },
  scripting: { executeScript: (injection) => browser.scripting.executeScript(injection) },
};

function isPortal(url: string | undefined): boolean {
  if (url === undefined) return false;
  try {
    return new URL(url).origin === PORTAL_ORIGIN;
  } catch {
    return false;
  }
}

export async function structureOfActiveTab(
  api: StructureApi = browserApi,
): Promise<StructureResult> {
  try {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return { ok: false, reason: 'no-tab' };
    // Without the `tabs` permission the browser gives the URL of IRCC's tabs only: no URL, not IRCC.
    if (!isPortal(tab.url)) return { ok: false, reason: 'not-portal' };
    const results = await api.scripting.executeScript({
      target: { tabId: tab.id },
      files: [STRUCTURE_SCRIPT],
    });
    // What a page's script returns crossed a boundary: checked, as the background checks messages.
    const parsed = pageStructureSchema.safeParse(results[0]?.result);
    if (parsed.success) return { ok: true, structure: parsed.data };
    console.debug('ITA Ready: the page structure came back malformed.');
    return { ok: false, reason: 'failed' };
  } catch (error) {
    // A tab closed or navigated meanwhile, or a page the browser keeps scripts out of.
    console.debug('ITA Ready: the page structure could not be read.', error);
    return { ok: false, reason: 'failed' };
  }
}
