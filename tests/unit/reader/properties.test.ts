// Properties over mutated fixtures (fast-check): whatever happens to a page — nodes deleted,
// duplicated, shuffled, text with digits injected, labels swapped, dashes and spaces changed —
// `read` never throws, and every number it returns appears as digits in the page's visible text.
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read, type Reading } from '../../../lib/reader';
import { visibleLines } from '../../../lib/reader/lines';
import { pageStyles } from '../../../lib/reader/styles';
import { fixtureHtml, linkedomDocument, PAGES_DIR } from './dom';

type Mutation =
  | { op: 'delete' | 'duplicate' | 'shuffle'; at: number }
  | { op: 'inject'; at: number; text: string }
  | { op: 'swap'; at: number; other: number }
  | { op: 'respace'; at: number; dash: string; space: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete', 'duplicate', 'shuffle'), at: fc.nat() }),
  fc.record({
    op: fc.constant('inject'),
    at: fc.nat(),
    text: fc.oneof(
      fc.stringMatching(/^[A-Za-z –:-]{0,12}\d{1,4}[ ,\u00a0]?\d{0,3}$/),
      fc.constantFrom(
        'CRS – Human Capital – Age 999',
        'Total 1 234',
        'Your overall points score',
        '12:00AM UTC',
      ),
    ),
  }),
  fc.record({ op: fc.constant('swap'), at: fc.nat(), other: fc.nat() }),
  fc.record({
    op: fc.constant('respace'),
    at: fc.nat(),
    dash: fc.constantFrom('-', '–', '—', '\u2011'),
    space: fc.constantFrom(' ', '\u00a0', '\u202f', '  '),
  }),
);

function apply(doc: Document, m: Mutation): void {
  const elements = [...(doc.body?.querySelectorAll('*') ?? [])];
  const el = elements[m.at % Math.max(1, elements.length)];
  if (!el) return;
  switch (m.op) {
    case 'delete':
      el.remove();
      break;
    case 'duplicate':
      el.after(el.cloneNode(true));
      break;
    case 'shuffle': {
      const children = [...el.children];
      for (const child of children.reverse()) el.append(child);
      break;
    }
    case 'inject':
      el.append(doc.createTextNode(m.text));
      break;
    case 'swap': {
      const other = elements[m.other % elements.length];
      if (!other || other.contains(el) || el.contains(other)) return;
      const text = el.textContent;
      el.textContent = other.textContent;
      other.textContent = text;
      break;
    }
    case 'respace':
      el.textContent = (el.textContent ?? '').replace(/[–-]/g, m.dash).replace(/ /g, m.space);
      break;
  }
}

function numbersOf(reading: Reading): number[] {
  // A value read without a footnote digit is on the page as shown, with its footnote mark.
  const footnotes = new Map(
    reading.problems
      .filter((p) => p.code === 'footnote-assumed')
      .map((p) => [p.values?.read, Number(p.values?.shown)]),
  );
  const numbers = Object.values(reading.crs.rows);
  if (reading.crs.total !== null) numbers.push(reading.crs.total);
  if (reading.daysLeftToSubmit !== null) numbers.push(reading.daysLeftToSubmit);
  return numbers.map((n) => footnotes.get(n) ?? n);
}

/** Whether `n` is written on the page, as `1071`, `1,071` or `1 071` (any space). */
function appears(n: number, visible: string): boolean {
  // Only a comma or a space inside one line groups thousands; a tab or a newline separates cells.
  const joined = visible.replace(/(\d)[, \u00a0\u202f](?=\d{3}(?!\d))/g, '$1');
  return new RegExp(`(?<!\\d)${n}(?!\\d)`).test(joined);
}

const names = readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

describe('reader properties on mutated fixtures', () => {
  it.each(names)(
    '%s: never throws, never returns a number absent from the visible text',
    { timeout: 60_000 },
    (name) => {
      const html = fixtureHtml(name);
      const runs = name === 'big-page' ? 2 : 30;
      fc.assert(
        fc.property(fc.array(mutation, { maxLength: 8 }), (mutations) => {
          const doc = linkedomDocument(html);
          for (const m of mutations) apply(doc, m);
          const reading = read(doc);
          const visible = visibleLines(doc, pageStyles(doc))
            .lines.map((l) => l.text)
            .join('\n');
          for (const n of numbersOf(reading)) {
            if (!appears(n, visible)) throw new Error(`${n} is not on the mutated page`);
          }
          expect(reading.kind).toMatch(/^(ita-letter|profile|account-home|unknown)$/);
        }),
        { numRuns: runs, seed: 4242 },
      );
    },
  );
});
