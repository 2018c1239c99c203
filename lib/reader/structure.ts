// The page's structure for a bug report when a page cannot be read: its layout (tags, ids,
// classes, roles) and the labels the reader knows, nothing else. Every digit becomes '#', and any
// text that is not a known label has its letters replaced by 'x', so no number, name, address or
// UCI can leave the machine. Its own module, so the content script only carries it if it uses it.

import { isDocument, isElement } from './dom';
import { MAX_DEPTH } from './lines';
import { visibleTextOf } from './structure-text';

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'HEAD',
  'SVG',
  'IFRAME',
  'OBJECT',
]);
const MAX_LINES = 2000;
// Deep pages are shown flat past this indentation.
const MAX_INDENT = 40;

function attributes(el: Element): string {
  let out = '';
  const id = el.getAttribute('id');
  if (id) out += `#${id.replace(/\d/g, '#').replace(/[^\w#-]/g, '')}`;
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => c !== '');
  for (const c of classes.slice(0, 4)) out += `.${c.replace(/\d/g, '#').replace(/[^\w#-]/g, '')}`;
  const role = el.getAttribute('role');
  if (role) out += `[role=${role.replace(/[^a-z-]/gi, '')}]`;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') out += '[hidden]';
  const style = el.getAttribute('style') ?? '';
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) out += '[style-hidden]';
  return out;
}

export function pageStructure(root: ParentNode): string {
  const out: string[] = [];
  const line = (depth: number, text: string) =>
    out.push(`${'  '.repeat(Math.min(depth, MAX_INDENT))}${text}`);
  // A work list, not recursion: a page nested 100,000 deep must not overflow the stack.
  const stack: { node: Node; depth: number }[] = [];
  const children = (parent: Node, depth: number) => {
    for (let child = parent.lastChild; child !== null; child = child.previousSibling) {
      stack.push({ node: child, depth });
    }
  };
  // From <html> for a document (linkedom does not link the doctype to <html> as siblings).
  const html = isDocument(root) ? root.documentElement : null;
  if (html) {
    line(0, `html${attributes(html)}`);
    children(html, 1);
  } else children(root, 0);
  while (out.length < MAX_LINES) {
    const next = stack.pop();
    if (!next) break;
    const { node, depth } = next;
    if (node.nodeType === 3) {
      const text = visibleTextOf(node.nodeValue ?? '');
      if (text !== '') line(depth, `"${text}"`);
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) {
      line(depth, `${tag.toLowerCase()} (skipped)`);
      continue;
    }
    line(depth, `${tag.toLowerCase()}${attributes(node)}`);
    if (depth >= MAX_DEPTH) line(depth + 1, '… (too deep)');
    else children(node, depth + 1);
  }
  if (out.length >= MAX_LINES) out.push('… (cut)');
  return out.join('\n');
}
