// Reads the candidate's own IRCC pages and sends the reading (nothing else) to the background.
// Read-only: it never clicks, fills or submits anything on the portal.
import { read } from '@/lib/reader';
import { pageStructure } from '@/lib/reader/structure';
import { send } from '@/utils/messaging';
import { mountGuard } from './guard';

// How long the page must be quiet before it is read again (IRCC pages fill in after load).
const SETTLE_MS = 400;

export default defineContentScript({
  matches: ['https://onlineservices-servicesenligne.cic.gc.ca/*'],
  runAt: 'document_idle',
  main(ctx) {
    let lastSent = '';
    const report = () => {
      const reading = read(document, { url: location.href });
      const key = JSON.stringify(reading);
      if (key === lastSent) return;
      lastSent = key;
      // A page not (fully) read also sends its structure, labels only, for the user's bug report.
      const unread = reading.kind === 'unknown' || reading.missing.length > 0;
      const structure = unread ? pageStructure(document).slice(0, 20_000) : undefined;
      send({
        type: 'reading/found',
        path: location.pathname,
        reading,
        ...(structure === undefined ? {} : { structure }),
      }).catch((error: unknown) => {
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

    // In-page guard beside the portal's continue control (entrypoints/content/guard.ts, popup/guard owner).
    mountGuard(ctx).catch((error: unknown) => console.debug('ITA Ready: guard not shown.', error));
  },
});
