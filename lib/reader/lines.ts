// The visible text of a DOM root as lines, the way `innerText` lays it out: one line per block,
// table cells joined by a tab. Everything the reader knows about a page comes through here, so it
// is the one place that decides what a user can see. One walk, no style computation per node:
// hidden content is recognised from markup (the `hidden` attribute, `aria-hidden="true"`, inline
// `display:none` / `visibility:hidden`, and elements that never render). Elements hidden by a
// style sheet are caught later, only for the few lines the reading actually used (see read-dom.ts).

import { isDocument, isElement } from './dom';

export interface Line {
  /** Visible text as in the page (not tidied), cells separated by '\t'. */
  text: string;
  /** The block element the line came from (a `tr` for a table row), for the visibility re-check. */
  el: Element | null;
}

// Never rendered, or not page text a person reads as the letter.
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'DIALOG',
]);

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);

const NOT_BLANK = /\S/;
const SOURCE_BREAK = /[\t\n\r]/;
const SOURCE_BREAKS = /[\t\n\r]/g;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))/i;

function isHiddenByMarkup(el: Element): boolean {
  // Most elements carry no attribute at all: one cheap check before three lookups.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** The visible lines under `root` (a Document, an element or a fragment). */
export function visibleLines(root: ParentNode): Line[] {
  const lines: Line[] = [];
  let buffer = '';
  let bufferEl: Element | null = null;
  let blockEl: Element | null = null;
  let cellDepth = 0;
  let cellsInLine = 0;
  let preDepth = 0;

  const flush = (): void => {
    // Raw text: the core tidies only the lines it looks at (page.ts). Blank lines are dropped
    // here and in toPageLines alike, so line indexes agree.
    if (NOT_BLANK.test(buffer)) lines.push({ text: buffer, el: bufferEl ?? blockEl });
    buffer = '';
    bufferEl = null;
    cellsInLine = 0;
  };
  const append = (text: string): void => {
    if (buffer === '') bufferEl = blockEl;
    buffer += text;
  };

  const walk = (parent: Node): void => {
    for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const data = node.nodeValue ?? '';
        if (preDepth > 0 && cellDepth === 0 && data.includes('\n')) {
          const parts = data.split('\n');
          parts.forEach((part, i) => {
            if (i > 0) flush();
            append(part);
          });
        } else {
          // A tab or a line break in the page source is a space: '\t' in a line only ever
          // separates cells, '\n' only ever lines.
          append(SOURCE_BREAK.test(data) ? data.replace(SOURCE_BREAKS, ' ') : data);
        }
        continue;
      }
      if (isElement(node)) walkElement(node);
    }
  };

  const walkElement = (el: Element): void => {
    const tag = el.nodeName.toUpperCase();
    if (SKIP.has(tag) || isHiddenByMarkup(el)) return;
    if (tag === 'BR') {
      if (cellDepth > 0) append(' ');
      else flush();
      return;
    }
    if (tag === 'TD' || tag === 'TH') {
      // Count cells rather than test the buffer, so an empty first cell keeps its column.
      if (cellsInLine > 0) append('\t');
      else if (buffer === '') bufferEl = blockEl;
      cellsInLine++;
      cellDepth++;
      walk(el);
      cellDepth--;
      return;
    }
    if (BLOCK.has(tag) && cellDepth === 0) {
      flush();
      const outer = blockEl;
      blockEl = el;
      if (tag === 'PRE') preDepth++;
      walk(el);
      if (tag === 'PRE') preDepth--;
      flush();
      blockEl = outer;
      return;
    }
    if (BLOCK.has(tag)) append(' ');
    walk(el);
    if (BLOCK.has(tag)) append(' ');
  };

  // Start at <html> for a document: linkedom does not link the doctype to <html> as siblings.
  const start = isDocument(root) ? root.documentElement : root;
  if (start) {
    if (isElement(start) && start !== root) walkElement(start);
    else walk(start);
  }
  flush();
  return lines;
}
