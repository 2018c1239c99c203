// Reads the candidate's own IRCC pages and sends the reading (nothing else) to the background.
// Read-only: it never clicks, fills or submits anything on the portal. The in-page guard
// (entrypoints/guard) and the page structure for bug reports (entrypoints/structure.ts) are separate
// scripts, run in the tab only where they are needed: this one is on every IRCC page and must stay
// within its 30 KB budget (scripts/budgets.mjs, docs/architecture.md). Hence `readLive` from
// read-dom, not the reader's index: the index also exports pageStructure and the style sheet engine
// for pages without layout, which a tab never needs.
import { readLive } from '@/lib/reader/read-dom';
import { PORTAL_MATCHES } from '@/lib/portal';
import { send } from '@/utils/messaging';

// How long the page must be quiet before it is read again (IRCC pages fill in after load).
const SETTLE_MS = 400;

export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    let lastSent = '';
    const report = () => {
      const reading = readLive(document);
      const key = JSON.stringify(reading);
      if (key === lastSent) return;
      lastSent = key;
      // The background injects the guard (/guard.js) into this tab when the reading is a letter.
      send({ type: 'reading/found', path: location.pathname, reading }).catch((error: unknown) => {
        lastSent = '';
        console.debug('ITA Ready: the reading was not delivered.', error);
      });
    };

    report();
    let timer: number | undefined;
    const observer = new MutationObserver(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(report, SETTLE_MS);
    });
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    ctx.onInvalidated(() => observer.disconnect());
  },
});
