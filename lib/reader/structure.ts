// The page's structure for a bug report when a page cannot be read: its layout (tags, ids,
// classes, roles) and the labels the reader knows, nothing else. Every digit becomes '#', and any
// text that is not a known label has its letters replaced by 'x', so no number, name, address or
// UCI can leave the machine. Its own module, so the content script only carries it if it uses it.

import { isDocument, isElement } from './dom';
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
  const walk = (parent: Node, depth: number): void => {
    for (
      let node = parent.firstChild;
      node !== null && out.length < MAX_LINES;
      node = node.nextSibling
    ) {
      if (node.nodeType === 3) {
        const text = visibleTextOf(node.nodeValue ?? '');
        if (text !== '') out.push(`${'  '.repeat(depth)}"${text}"`);
        continue;
      }
      if (!isElement(node)) continue;
      const tag = node.nodeName.toUpperCase();
      if (SKIP.has(tag)) {
        out.push(`${'  '.repeat(depth)}${tag.toLowerCase()} (skipped)`);
        continue;
      }
      out.push(`${'  '.repeat(depth)}${tag.toLowerCase()}${attributes(node)}`);
      walk(node, depth + 1);
    }
  };
  // From <html> for a document (linkedom does not link the doctype to <html> as siblings).
  const html = isDocument(root) ? root.documentElement : null;
  if (html) {
    out.push(`html${attributes(html)}`);
    walk(html, 1);
  } else walk(root, 0);
  if (out.length >= MAX_LINES) out.push('… (cut)');
  return out.join('\n');
}
