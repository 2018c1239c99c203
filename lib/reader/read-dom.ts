// The DOM front door: a live document, a linkedom or happy-dom document, or any element.

import { readLines } from './core';
import { visibleLines, type Line } from './lines';
import type { Reading } from './types';

export interface ReadOptions {
  /** The page's address, when known (kept for callers; the reading is by content). */
  url?: string;
  /**
   * Whether an element is rendered. Defaults to `Element.checkVisibility` where the DOM has it
   * (browsers, happy-dom); called only on the few elements whose lines the reading used, so a
   * table hidden by a style sheet is caught without styling every node.
   */
  isVisible?: (el: Element) => boolean;
}

function defaultIsVisible(el: Element): boolean {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
}

function isDocument(node: Node): node is Document {
  return node.nodeType === 9;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function langOf(root: ParentNode): string | null {
  if (isDocument(root)) return root.documentElement?.getAttribute('lang') ?? null;
  if (isElement(root)) return root.closest('[lang]')?.getAttribute('lang') ?? null;
  return null;
}

export function read(root: ParentNode, options: ReadOptions = {}): Reading {
  const isVisible = options.isVisible ?? defaultIsVisible;
  let lines: Line[] = visibleLines(root);
  const lang = langOf(root);
  // Re-read without lines a style sheet hides; each pass drops at least one line, three is plenty.
  for (let pass = 0; ; pass++) {
    const { reading, used } = readLines(
      lines.map((l) => l.text),
      lang,
    );
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
