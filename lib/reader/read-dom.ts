// The DOM front door: a live document, a linkedom or happy-dom document, or any element.
//
// On a live, laid-out page the browser already knows what is visible: `innerText` is the cheapest
// correct source of lines (it drops display:none, visibility:hidden, `hidden`, scripts, styles and
// templates, and lays table cells out with tabs), so the reader costs little more than that floor.
// innerText keeps `aria-hidden="true"` text: such an element's own innerText is cut out when it
// holds digits. Elsewhere (linkedom, happy-dom: no layout), or when that cut cannot be placed, the
// reader walks the DOM itself (lines.ts).

import { isDocument, isElement } from './dom';
import { readPage } from './core';
import { visibleLines, type Line } from './lines';
import type { Reading } from './types';

export interface ReadOptions {
  /** The page's address, when known (kept for callers; the reading is by content). */
  url?: string;
  /**
   * Whether an element is rendered, for the DOM walk. Defaults to `Element.checkVisibility` where
   * the DOM has it (happy-dom, browsers); called only on the few elements whose lines offered a
   * value, so a table hidden by a style sheet is caught without styling every node.
   */
  isVisible?: (el: Element) => boolean;
  /** `walk` forces the DOM walk even on a laid-out page (tests, benchmark). Default `auto`. */
  text?: 'auto' | 'walk';
}

function defaultIsVisible(el: Element): boolean {
  // A document without a window (DOMParser: a saved page opened by the options page) has no styles
  // to ask, and checkVisibility would call everything hidden; what its markup hides, the walk has
  // already skipped (lines.ts).
  if (el.ownerDocument.defaultView === null) return true;
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
}

function langOf(root: ParentNode): string | null {
  if (isDocument(root)) return root.documentElement?.getAttribute('lang') ?? null;
  if (isElement(root)) return root.closest('[lang]')?.getAttribute('lang') ?? null;
  return null;
}

/**
 * `innerText` of a laid-out root, or null when there is no layout. innerText keeps the text of
 * `aria-hidden="true"` elements: when one holds digits (a stale score table, big-page.html) its
 * own innerText is cut out of the root's, which costs far less than walking the DOM; when that
 * element is not laid out or its text cannot be placed exactly once, the caller walks the DOM
 * instead (null).
 */
function layoutText(root: ParentNode): string | null {
  const el = isDocument(root) ? root.body : isElement(root) ? root : null;
  // linkedom has no offsetHeight and happy-dom answers 0: no layout, so innerText would not
  // know what CSS hides. (Each getter read once: innerText costs as much as the whole reading.)
  if (!el || !('offsetHeight' in el) || !('innerText' in el)) return null;
  const height = el.offsetHeight;
  if (typeof height !== 'number' || height <= 0) return null;
  const inner: unknown = el.innerText;
  if (typeof inner !== 'string') return null;
  let text = inner;
  for (const hidden of root.querySelectorAll('[aria-hidden="true"]')) {
    if (!/\d/.test(hidden.textContent ?? '')) continue;
    // Inside another aria-hidden element: already cut with it.
    if (hidden.parentElement?.closest('[aria-hidden="true"]')) continue;
    if (!('innerText' in hidden) || typeof hidden.innerText !== 'string') return null;
    // Not laid out (display:none, or a box-less display:contents): its innerText would be its
    // textContent, which might match visible text by chance. Walk instead.
    if (hidden.getClientRects().length === 0) return null;
    const cut = hidden.innerText;
    if (cut === '') continue;
    const at = text.indexOf(cut);
    if (at < 0 || text.indexOf(cut, at + 1) >= 0) return null;
    text = text.slice(0, at) + text.slice(at + cut.length);
  }
  return text;
}

export function read(root: ParentNode, options: ReadOptions = {}): Reading {
  const lang = langOf(root);
  const text = options.text === 'walk' ? null : layoutText(root);
  if (text !== null) return readPage(text, lang).reading;

  const isVisible = options.isVisible ?? defaultIsVisible;
  let lines: Line[] = visibleLines(root);
  // Re-read without lines a style sheet hides; each pass drops at least one line, three is plenty.
  for (let pass = 0; ; pass++) {
    const { reading, used } = readPage(lines.map((l) => l.text).join('\n'), lang);
    if (pass === 3) return reading;
    const hidden = new Set(
      used.filter((i) => {
        const el = lines[i]?.el;
        return el != null && !isVisible(el);
      }),
    );
    if (hidden.size === 0) return reading;
    lines = lines.filter((_, i) => !hidden.has(i));
  }
}
