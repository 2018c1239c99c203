// The page's own style sheets, applied the way a browser applies them, for a document that has no
// layout to ask (the command line's linkedom, the options page's DOMParser, happy-dom): what hides
// an element (display: none, visibility: hidden, content-visibility: hidden, the `hidden`
// attribute), what lays it out as a line or a table cell (display), and what keeps its line breaks
// (white-space: pre). Under them, the browser's own style sheet: each tag's default display. Only
// the properties the reader needs are read, from `<style>` elements and `style` attributes; each
// selector is tested with the DOM's own `Element.matches`, which linkedom, happy-dom and browsers
// all have. A linked style sheet's rules are not known: the caller says so when the reading shows
// two versions of something (read-dom.ts). stale-style-letter.html shows each kind of hiding.

/** What the page's styles say about one element (absent: nothing, the tag's default). */
export interface ElementStyle {
  display?: string;
  visibility?: string;
  contentVisibility?: string;
  whiteSpace?: string;
}

export interface PageStyles {
  of(el: Element): ElementStyle | undefined;
  /** Linked style sheets and `@import`s, whose rules the reader does not have. */
  readonly links: number;
  /** Rules that could not be applied (a media query that depends on the window, a selector the DOM
   * could not evaluate), counted as they are met. */
  readonly skipped: number;
}

// The browser's default display of the tags the walk lays out (the HTML standard's rendering
// section); any other tag is inline. A pure call, so a bundle without the engine (the content
// script's) drops it.
const UA = /* @__PURE__ */ defaultDisplays();
function defaultDisplays(): Map<string, ElementStyle> {
  const displays: [string, string][] = [
    [
      'block',
      'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML LEGEND LI MAIN MENU NAV OL P PRE SEARCH SECTION SUMMARY TABLE TBODY TFOOT THEAD UL',
    ],
    ['none', 'SCRIPT STYLE TEMPLATE NOSCRIPT HEAD TITLE META LINK DIALOG'],
    ['table-row', 'TR'],
    ['table-cell', 'TD TH'],
  ];
  const map = new Map<string, ElementStyle>();
  for (const [display, tags] of displays) {
    for (const tag of tags.split(' ')) map.set(tag, { display });
  }
  return map;
}
const INLINE: ElementStyle = {};

type Property = keyof ElementStyle;
const PROPERTIES: Record<string, Property> = {
  display: 'display',
  visibility: 'visibility',
  'content-visibility': 'contentVisibility',
  'white-space': 'whiteSpace',
};

interface Declaration {
  property: Property;
  value: string;
  important: boolean;
}

interface Rule {
  selector: string;
  /** Specificity as one number (ids, classes, types in base 1000) plus source order. */
  weight: number;
  declarations: Declaration[];
}

// Pseudo-elements style generated text, which no reader sees; dynamic states do not hold on a
// saved page.
const IGNORED =
  /::|:(?:before|after|first-line|first-letter|hover|focus|focus-within|focus-visible|active|visited|target)\b/i;

function declarationsOf(block: string): Declaration[] {
  const out: Declaration[] = [];
  for (const part of block.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const property = PROPERTIES[part.slice(0, colon).trim().toLowerCase()];
    if (!property) continue;
    let value = part
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    const important = /!\s*important$/.test(value);
    if (important) value = value.replace(/!\s*important$/, '').trim();
    out.push({ property, value, important });
  }
  return out;
}

/** ids, then classes, attributes and pseudo-classes, then types, as one number. */
function specificity(selector: string): number {
  const plain = selector
    .replace(/"[^"]*"|'[^']*'/g, '')
    .replace(/:where\([^)]*\)/gi, '')
    .replace(/:(?:not|is|has)\(/gi, ' ');
  const ids = (plain.match(/#[\w-]+/g) ?? []).length;
  const classes = (plain.match(/\.[\w-]+|\[[^\]]*\]|:[\w-]+/g) ?? []).length;
  const types = (plain.replace(/\[[^\]]*\]/g, '').match(/(?:^|[\s>+~(])[a-z][\w-]*/gi) ?? [])
    .length;
  return ids * 1e6 + classes * 1e3 + types;
}

/** Splits at commas outside parentheses and brackets. */
function selectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter((s) => s !== '');
}

/** Whether a media query holds on a screen of any size (`screen`, `all`, none); null: unknowable. */
function mediaApplies(query: string): boolean | null {
  const q = query.trim().toLowerCase();
  if (q === '' || /^(?:only\s+)?(?:screen|all)$/.test(q)) return true;
  if (/^(?:only\s+)?(?:print|speech)$/.test(q)) return false;
  return null;
}

/** Index of the `}` closing the block opened just before `from`, or the text's end. */
function blockEnd(css: string, from: number): number {
  let depth = 1;
  for (let i = from; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i;
  }
  return css.length;
}

class Collected {
  rules: Rule[] = [];
  links = 0;
  skipped = 0;
  order = 0;

  /** Rules of a style sheet's text; nested blocks (`@media`, `@supports`) by a work list. */
  add(text: string): void {
    const work = [text.replace(/\/\*[\s\S]*?\*\//g, '')];
    for (let css = work.pop(); css !== undefined; css = work.pop()) {
      let at = 0;
      while (at < css.length) {
        const open = css.indexOf('{', at);
        const semi = css.indexOf(';', at);
        if (semi >= 0 && (open < 0 || semi < open)) {
          // A statement: `@import url(…);` brings rules we do not have.
          if (/^\s*@import\b/i.test(css.slice(at, semi))) this.links++;
          at = semi + 1;
          continue;
        }
        if (open < 0) break;
        const prelude = css.slice(at, open).trim();
        const end = blockEnd(css, open + 1);
        const body = css.slice(open + 1, end);
        at = end + 1;
        if (prelude.startsWith('@')) {
          const [, name = '', condition = ''] = /^@([\w-]+)\s*([\s\S]*)$/.exec(prelude) ?? [];
          if (name === 'media') {
            const applies = mediaApplies(condition);
            if (applies) work.push(body);
            else if (applies === null && /display|visibility/i.test(body)) this.skipped++;
          } else if (name === 'supports' || name === 'layer' || name === 'scope') work.push(body);
          continue;
        }
        const declarations = declarationsOf(body);
        if (declarations.length === 0) continue;
        for (const selector of selectors(prelude)) {
          if (IGNORED.test(selector)) continue;
          this.rules.push({
            selector,
            weight: specificity(selector) * 1e4 + this.order++,
            declarations,
          });
        }
      }
    }
  }
}

/** The key of a selector's last compound, to try only the rules that could match an element. */
function keyOf(selector: string): string {
  // Anything with brackets or parentheses: try it on every element.
  if (/[[(]/.test(selector)) return '*';
  const last = selector.split(/[\s>+~]+/).at(-1) ?? '';
  const id = /#([\w-]+)/.exec(last);
  if (id) return `#${id[1]}`;
  const cls = /\.([\w-]+)/.exec(last);
  if (cls) return `.${cls[1]}`;
  const tag = /^([a-z][\w-]*)/i.exec(last);
  return tag?.[1] ? tag[1].toUpperCase() : '*';
}

/** The page's styles: its `<style>` elements and `style` attributes, the `hidden` attribute. */
export function pageStyles(root: ParentNode): PageStyles {
  const collected = new Collected();
  // One query for both: in linkedom each walks the whole page (tens of ms on big-page.html).
  for (const el of root.querySelectorAll('style, link')) {
    if (el.nodeName.toUpperCase() === 'STYLE') {
      const media = el.getAttribute('media');
      if (media !== null && mediaApplies(media) !== true) continue;
      // A `<noscript>` style does not apply where scripts run, as on the live page.
      if (el.closest('noscript, template')) continue;
      collected.add(el.textContent ?? '');
      continue;
    }
    const rel = el.getAttribute('rel') ?? '';
    if (!el.hasAttribute('href') || !/(?:^|\s)stylesheet(?:\s|$)/i.test(rel)) continue;
    const media = el.getAttribute('media');
    if (media === null || mediaApplies(media) !== false) collected.links++;
  }
  const index = new Map<string, Rule[]>();
  for (const rule of collected.rules) {
    const key = keyOf(rule.selector);
    index.set(key, [...(index.get(key) ?? []), rule]);
  }
  const broken = new Set<Rule>();

  const of = (el: Element): ElementStyle => {
    const tag = el.nodeName.toUpperCase();
    // An open <dialog> is a block; closed, it is not rendered.
    const base =
      (tag === 'DIALOG' && el.hasAttribute('open') ? UA.get('DIV') : UA.get(tag)) ?? INLINE;
    const inline = el.getAttribute('style');
    if (index.size === 0 && inline === null && !el.hasAttribute('hidden')) return base;
    const candidates = [...(index.get(tag) ?? []), ...(index.get('*') ?? [])];
    const id = el.getAttribute('id');
    if (id) candidates.push(...(index.get(`#${id}`) ?? []));
    // The attribute, not classList: linkedom builds a list object for every element asked.
    for (const name of (el.getAttribute('class') ?? '').split(/\s+/)) {
      if (name !== '') candidates.push(...(index.get(`.${name}`) ?? []));
    }
    const winners = new Map<Property, { value: string; rank: number }>();
    const apply = (d: Declaration, rank: number) => {
      const at = rank + (d.important ? 1e15 : 0);
      const now = winners.get(d.property);
      if (!now || at >= now.rank) winners.set(d.property, { value: d.value, rank: at });
    };
    for (const rule of candidates) {
      if (broken.has(rule)) continue;
      let matches = false;
      try {
        matches = el.matches(rule.selector);
      } catch {
        broken.add(rule);
        collected.skipped++;
      }
      if (matches) for (const d of rule.declarations) apply(d, rule.weight);
    }
    // A `style` attribute wins over every rule but an !important one.
    if (inline !== null) for (const d of declarationsOf(inline)) apply(d, 1e14);
    const style: ElementStyle = { ...base };
    for (const [property, { value }] of winners) style[property] = value;
    // The browser's own rule, `[hidden] { display: none }`, yields to any author display.
    if (el.hasAttribute('hidden') && !winners.has('display')) {
      if ((el.getAttribute('hidden') ?? '').toLowerCase() === 'until-found') {
        style.contentVisibility = 'hidden';
      } else style.display = 'none';
    }
    return style;
  };
  return {
    of,
    get links() {
      return collected.links;
    },
    get skipped() {
      return collected.skipped;
    },
  };
}
