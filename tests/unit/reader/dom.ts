// Parse a saved page with linkedom or happy-dom, the two DOMs the reader must agree on.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';

export const PAGES_DIR = new URL('../../fixtures/pages/', import.meta.url);

export function fixtureHtml(name: string): string {
  return readFileSync(new URL(`${name}.html`, PAGES_DIR), 'utf8');
}

export function linkedomDocument(html: string): Document {
  return parseHTML(html).document;
}

const windows: Window[] = [];

export function happyDocument(html: string): Document {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigator: { userAgent: 'ita-ready-tests' },
    },
  });
  windows.push(window);
  const parser = new window.DOMParser();
  // happy-dom's Document is structurally the DOM's; the reader only takes a ParentNode.
  const doc: unknown = parser.parseFromString(html, 'text/html');
  if (!isDocument(doc)) throw new Error('happy-dom did not return a document');
  return doc;
}

function isDocument(value: unknown): value is Document {
  return typeof value === 'object' && value !== null && 'documentElement' in value;
}

export async function closeHappyWindows(): Promise<void> {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
}
