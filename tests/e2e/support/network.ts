// The tests never touch the network: every request the browser makes goes through one route that
// serves registered pages at their real addresses and aborts everything else (recording it, so a
// test can prove the extension asked for nothing).
import { readFileSync } from 'node:fs';
import type { BrowserContext, Route } from '@playwright/test';

/** IRCC's secure account (PORTAL notes "Where"); the content script's `matches` cover it. */
export const PORTAL_ORIGIN = 'https://onlineservices-servicesenligne.cic.gc.ca';
/** An ordinary web origin that is not IRCC's; `.invalid` can never resolve (RFC 2606). */
export const FOREIGN_ORIGIN = 'https://example.invalid';
/** Where the portal shows a message such as the ITA letter; the tests serve letters there. */
export const LETTER_PATH = '/mycic/messages/details';

const SERVED_ORIGINS = new Set([PORTAL_ORIGIN, FOREIGN_ORIGIN]);

export class FakeWeb {
  private readonly pages = new Map<string, string>();
  /** Requests that were aborted because no page was registered for them. */
  readonly blocked: string[] = [];

  /** Serve `htmlFile` at `url` (origin + path; query and fragment are ignored). */
  serve(url: string, htmlFile: string): void {
    this.pages.set(key(url), readFileSync(htmlFile, 'utf8'));
  }

  async install(context: BrowserContext): Promise<void> {
    await context.route('**/*', (route) => this.handle(route));
  }

  private async handle(route: Route): Promise<void> {
    const url = route.request().url();
    const body = this.pages.get(key(url));
    if (body !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      return;
    }
    const { origin, protocol } = new URL(url);
    // The extension's own pages (chrome-extension:, moz-extension:) and data: URLs are local.
    if (protocol !== 'http:' && protocol !== 'https:') {
      await route.continue();
      return;
    }
    // A favicon or a link on a served site: answer locally so the page behaves, but never go out.
    if (SERVED_ORIGINS.has(origin)) {
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served in tests' });
      return;
    }
    this.blocked.push(url);
    await route.abort('blockedbyclient');
  }
}

function key(url: string): string {
  const { origin, pathname } = new URL(url);
  return origin + pathname;
}
