// The DOM front door: a live document, a linkedom or happy-dom document, a DOMParser document, or
// any element. One notion of visible everywhere:
// - on a live, laid-out page the browser knows what is visible: `innerText` is the cheapest correct
//   source of lines (it drops what CSS hides and lays table cells out with tabs), so the reader
//   costs little more than that floor. innerText keeps `aria-hidden="true"` text: such an element's
//   own innerText is cut out when it holds digits; and it glues a footnote `<sup>` to the number
//   before it. Where either cannot be handled that way the reader walks the DOM (lines.ts) with
//   the styles the browser computed;
// - without layout (linkedom, happy-dom, a DOMParser document) the walk applies the page's own
//   style sheets (styles.ts), and says so when styles it could not apply may explain a conflict.
// The content script imports `readLive`, which leaves the style sheet engine out of its bundle: a
// page in a tab always has its layout.

import { readPage } from './core';
import { isDocument, isElement } from './dom';
import { isFootnote, MAX_DEPTH, visibleLines } from './lines';
import { pageStyles, type PageStyles } from './styles';
import type { ProblemCode, Reading, ReadingProblem } from './types';

export interface ReadOptions {
  /** `walk` forces the DOM walk even on a laid-out page (tests, benchmark). Default `auto`. */
  text?: 'auto' | 'walk';
}

// Problems that mean the page shows two versions of something: a copy hidden by a style sheet the
// reader could not apply is the usual cause.
const TWO_VERSIONS: ReadonlySet<ProblemCode> = new Set([
  'conflicting-values',
  'several-score-tables',
  'program-conflict',
  'deadline-conflict',
  'days-left-ambiguous',
]);

function langOf(root: ParentNode): string | null {
  if (isDocument(root)) return root.documentElement?.getAttribute('lang') ?? null;
  if (isElement(root)) return root.closest('[lang]')?.getAttribute('lang') ?? null;
  return null;
}

/** The root's laid-out element, or null without layout (linkedom has no offsetHeight, happy-dom
 * and a DOMParser document answer 0). */
function laidOut(root: ParentNode): Element | null {
  const el = isDocument(root) ? root.body : isElement(root) ? root : null;
  if (!el || !('offsetHeight' in el)) return null;
  const height = el.offsetHeight;
  return typeof height === 'number' && height > 0 ? el : null;
}

/**
 * `innerText` of a laid-out element, or null when the walk must read instead: an
 * `aria-hidden="true"` element with digits (a stale score table, big-page.html) has its own
 * innerText cut out, which costs far less than walking the DOM, unless it is not laid out or its
 * text cannot be placed exactly once; a footnote `<sup>` (footnote-letter.html) always walks.
 */
function layoutText(root: ParentNode, el: Element): string | null {
  if (!('innerText' in el)) return null;
  // Each getter read once: innerText costs as much as the whole reading.
  const inner: unknown = el.innerText;
  if (typeof inner !== 'string') return null;
  for (const sup of root.querySelectorAll('sup')) if (isFootnote(sup)) return null;
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

/** The styles the browser computed for a page: exactly what it shows. */
function computedStyles(node: ParentNode): PageStyles {
  const doc = isDocument(node) ? node : isElement(node) ? node.ownerDocument : null;
  const view = doc?.defaultView;
  return {
    of: (node) => {
      const style = view?.getComputedStyle(node);
      return (
        style && {
          display: style.display,
          visibility: style.visibility,
          contentVisibility: style.getPropertyValue('content-visibility'),
          whiteSpace: style.whiteSpace,
        }
      );
    },
    links: 0,
    skipped: 0,
  };
}

/** The lines of `root`: its innerText on a laid-out page when that will do, else the walk. */
function linesOf(
  root: ParentNode,
  options: ReadOptions,
  unlaidStyles?: (root: ParentNode) => PageStyles,
): { text: string; tooDeep: boolean; styles?: PageStyles; live: boolean } {
  const live = laidOut(root);
  const text = live && options.text !== 'walk' ? layoutText(root, live) : null;
  if (text !== null) return { text, tooDeep: false, live: true };
  const styles = !live && unlaidStyles ? unlaidStyles(root) : computedStyles(root);
  const walk = visibleLines(root, styles);
  return { text: walk.lines.join('\n'), tooDeep: walk.tooDeep, styles, live: !!live };
}

const deep = (tooDeep: boolean): ReadingProblem[] =>
  tooDeep ? [{ code: 'page-too-deep', values: { depth: MAX_DEPTH } }] : [];

/** Reads a page: a live one as its browser shows it, a saved one with its own style sheets. */
export function read(root: ParentNode, options: ReadOptions = {}): Reading {
  const found = linesOf(root, options, pageStyles);
  const reading = readPage(found.text, langOf(root), deep(found.tooDeep));
  const { styles } = found;
  if (
    styles &&
    !found.live &&
    (styles.links > 0 || styles.skipped > 0) &&
    reading.problems.some((p) => TWO_VERSIONS.has(p.code))
  ) {
    reading.problems.push({
      code: 'page-styles-unknown',
      values: { links: styles.links, rules: styles.skipped },
    });
  }
  return reading;
}

/** Reads a page in a tab, whose layout is there to ask (the content script). */
export function readLive(root: ParentNode): Reading {
  const found = linesOf(root, {});
  return readPage(found.text, langOf(root), deep(found.tooDeep));
}
