// The visible text of a DOM root as lines, laid out the way `innerText` lays it out in a browser, so
// that a page reads the same in the command line, the options page and the tab: a line break
// around every block (inside table cells too), a tab between the cells of a row, line breaks kept
// in `<pre>`. What a user cannot see is left out: what the styles hide (the browser's computed
// styles on a live page, the page's own style sheets without layout: styles.ts), form controls,
// `aria-hidden="true"`. One walk, iterative (a page nested 100,000 deep is read without
// recursion) and bounded in depth.

import { isDocument, isElement } from './dom';
import type { PageStyles } from './styles';

export interface Walk {
  /** Visible text as in the page (not tidied), cells separated by '\t'. */
  lines: string[];
  /** Elements nested deeper than MAX_DEPTH were left unread. */
  tooDeep: boolean;
}

/** Deeper than any real page: browsers' parsers stop nesting at 512. */
export const MAX_DEPTH = 1024;

// Replaced elements and form controls: what a browser shows of them is not their child nodes.
const SKIP = new Set([
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
]);

// How an element lays out its text.
const INLINE = 0;
const BLOCKISH = 1;
const ROW = 2;
const CELL = 3;

const NOT_BLANK = /\S/;
const SOURCE_BREAKS = /[\t\n\r]/g;
// A footnote mark in a `<sup>`: "50<sup>1</sup>" is 50 (footnote-letter.html).
const FOOTNOTE = /^\s*[\d*\u2020\u2021\u00a7\u00b6]{1,3}\s*$/;

/** Whether `el` is a `<sup>` holding a footnote mark, which is not part of the number before it. */
export function isFootnote(el: Element): boolean {
  return el.nodeName.toUpperCase() === 'SUP' && FOOTNOTE.test(el.textContent ?? '');
}

function layoutOf(display: string | undefined): number {
  if (display === undefined) return INLINE;
  if (display === 'table-row') return ROW;
  if (display === 'table-cell') return CELL;
  return display.startsWith('inline') || display === 'contents' || display.startsWith('ruby')
    ? INLINE
    : BLOCKISH;
}

function keepsBreaks(whiteSpace: string | undefined, inherited: boolean): boolean {
  if (whiteSpace === undefined) return inherited;
  return /^(?:pre|pre-wrap|pre-line|break-spaces)$/.test(whiteSpace);
}

// A step of the walk: a node to enter, or the end of an element entered earlier.
interface Exit {
  layout: number;
  outerVisible: boolean;
  outerPre: boolean;
}

/**
 * The visible lines under `root` (a Document, an element or a fragment). `styles`: what the
 * browser computed on a live page, or the page's own style sheets applied without layout
 * (styles.ts, which also knows each tag's default display).
 */
export function visibleLines(root: ParentNode, styles: PageStyles): Walk {
  const lines: string[] = [];
  let buffer = '';
  let visible = true;
  let pre = false;
  let tooDeep = false;
  // Cells already in each open table row, innermost last.
  const cells: number[] = [];

  const flush = (): void => {
    // Raw text: the core tidies only the lines it looks at (page.ts).
    if (NOT_BLANK.test(buffer)) lines.push(buffer);
    buffer = '';
  };
  const append = (text: string): void => {
    buffer += text;
  };

  // Start at <html> for a document: linkedom does not link the doctype to <html> as siblings.
  const start = isDocument(root) ? root.documentElement : root;
  const stack: (Node | Exit)[] = [];
  const depths: number[] = [];
  const push = (parent: Node, depth: number, only?: (child: Node) => boolean): void => {
    // Children in reverse, so the first comes off the stack first.
    for (let child = parent.lastChild; child !== null; child = child.previousSibling) {
      if (only && !only(child)) continue;
      stack.push(child);
      depths.push(depth);
    }
  };
  if (start) {
    if (start !== root) {
      stack.push(start);
      depths.push(1);
    } else push(start, 1);
  }

  while (stack.length > 0) {
    const item = stack.pop();
    const depth = depths.pop() ?? 0;
    if (item === undefined) break;
    if (!('nodeType' in item)) {
      // Leaving an element.
      if (item.layout === BLOCKISH) flush();
      else if (item.layout === ROW) {
        flush();
        cells.pop();
      }
      visible = item.outerVisible;
      pre = item.outerPre;
      continue;
    }
    if (item.nodeType === 3) {
      if (!visible) continue;
      const data = item.nodeValue ?? '';
      if (pre && data.includes('\n')) {
        data.split('\n').forEach((part, i) => {
          if (i > 0) flush();
          append(part.replace(SOURCE_BREAKS, ' '));
        });
      } else {
        // A tab or a line break in the page source is a space: '\t' in a line only ever
        // separates cells, '\n' only ever lines.
        append(data.replace(SOURCE_BREAKS, ' '));
      }
      continue;
    }
    if (!isElement(item)) continue;
    const el = item;
    if (depth > MAX_DEPTH) {
      tooDeep = true;
      continue;
    }
    const tag = el.nodeName.toUpperCase();
    if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true' || isFootnote(el)) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    const style = styles.of(el);
    if (style?.display === 'none') continue;
    const layout = layoutOf(style?.display);
    const exit: Exit = { layout, outerVisible: visible, outerPre: pre };
    // Visibility is inherited, and a child may show itself again inside a hidden parent.
    if (style?.visibility === 'visible') visible = true;
    else if (style?.visibility === 'hidden' || style?.visibility === 'collapse') visible = false;
    pre = keepsBreaks(style?.whiteSpace, pre || tag === 'PRE' || tag === 'LISTING');
    if (layout === BLOCKISH) flush();
    else if (layout === ROW) {
      flush();
      cells.push(0);
    } else if (layout === CELL) {
      const count = cells.length > 0 ? (cells[cells.length - 1] ?? 0) : 0;
      // Count cells rather than test the buffer, so an empty first cell keeps its column.
      if (count > 0) append('\t');
      if (cells.length > 0) cells[cells.length - 1] = count + 1;
    }
    stack.push(exit);
    depths.push(depth);
    // Its box is there, its content is not (`content-visibility: hidden`, `hidden="until-found"`).
    if (style?.contentVisibility === 'hidden') continue;
    if (tag === 'DETAILS' && !el.hasAttribute('open')) {
      // A closed <details> shows its first <summary> only.
      const summary = [...el.children].find((c) => c.nodeName.toUpperCase() === 'SUMMARY');
      if (summary) push(el, depth + 1, (child) => child === summary);
      continue;
    }
    push(el, depth + 1);
  }
  flush();
  return { lines, tooDeep };
}
