// Properties over mutated fixtures (fast-check): whatever happens to a page — nodes deleted,
// duplicated, shuffled, text with digits injected, labels swapped or translated, dashes and spaces
// changed, score rows shuffled or duplicated, a decoy number beside a label, the table re-rendered
// as space-aligned text, a footnote <sup> after a value — `read` never throws, every number it
// returns is on the page as shown, a value changed on the page never comes back as the old one,
// a stale copy hidden by a style sheet is never read, and rows that do not add up to the total
// (the CRS engine adds them, section caps included) always come with a problem. Over 5,000 mutated
// pages, in linkedom (the command line's DOM).
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { GRIDS, sectionsFor, totalOf } from '../../../lib/crs';
import { CRS_ROW_KEYS, read, type CrsRowKey, type Reading } from '../../../lib/reader';
import { scoreKeyOf } from '../../../lib/reader/labels';
import { maxOf } from '../../../lib/reader/limits';
import { visibleLines } from '../../../lib/reader/lines';
import { pageStyles } from '../../../lib/reader/styles';
import { fixtureHtml, linkedomDocument, PAGES_DIR } from './dom';

type Mutation =
  | { op: 'delete' | 'duplicate' | 'shuffle'; at: number }
  | { op: 'inject'; at: number; text: string }
  | { op: 'swap'; at: number; other: number }
  | { op: 'respace'; at: number; dash: string; space: string }
  | { op: 'shuffle-rows' | 'duplicate-row' | 'translate' | 'as-text' | 'regroup'; at: number }
  | { op: 'decoy'; at: number; number: number }
  | { op: 'footnote'; at: number; mark: string };

/** A mutation whose effect on the reading is known: the row's old (or stale) value must not come back. */
type Tracked =
  | { op: 'change'; at: number; value: number }
  | { op: 'hide'; at: number; value: number; how: number };

const SPACES = fc.constantFrom(' ', '\u00a0', '\u202f', '  ');
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
    space: SPACES,
  }),
  fc.record({
    op: fc.constantFrom('shuffle-rows', 'duplicate-row', 'translate', 'as-text', 'regroup'),
    at: fc.nat(),
  }),
  fc.record({ op: fc.constant('decoy'), at: fc.nat(), number: fc.integer({ min: 1, max: 999 }) }),
  fc.record({
    op: fc.constant('footnote'),
    at: fc.nat(),
    mark: fc.constantFrom('1', '2', '*', '†'),
  }),
);
const tracked: fc.Arbitrary<Tracked | null> = fc.option(
  fc.oneof(
    fc.record({ op: fc.constant('change'), at: fc.nat(), value: fc.nat() }),
    fc.record({ op: fc.constant('hide'), at: fc.nat(), value: fc.nat(), how: fc.nat() }),
  ),
);

// The letter's labels and their French (« likely ») forms, as the fixtures and the reader know them.
const FRENCH: Record<string, string> = {
  'CRS – Human Capital – Age': 'SCG – Capital humain – Âge',
  'CRS – Human Capital – Level of Education': 'SCG – Capital humain – Niveau de scolarité',
  'CRS – Human Capital – First Official Language':
    'SCG – Capital humain – Première langue officielle',
  'CRS – Human Capital – Second Official Language':
    'SCG – Capital humain – Deuxième langue officielle',
  'CRS – Human Capital – Canadian Work Experience':
    'SCG – Capital humain – Expérience de travail au Canada',
  'CRS – Spouse – Level of Education': 'SCG – Époux ou conjoint de fait – Niveau de scolarité',
  'CRS – Spouse – First Official Language Proficiency':
    'SCG – Époux ou conjoint de fait – Première langue officielle',
  'CRS – Spouse – Canadian Work Experience':
    'SCG – Époux ou conjoint de fait – Expérience de travail au Canada',
  'CRS – Skill Transferability – Education': 'SCG – Transférabilité des compétences – Études',
  'CRS – Skill Transferability – Foreign Work Experience':
    'SCG – Transférabilité des compétences – Expérience de travail à l’étranger',
  'CRS – Skill Transferability – Certificate of Qualification':
    'SCG – Transférabilité des compétences – Certificat de qualification',
  'CRS – Additional – French Proficiency or Bilingualism':
    'SCG – Points supplémentaires – Compétences en français',
  'CRS – Additional – PR or Canadian Sibling':
    'SCG – Points supplémentaires – Frère ou sœur au Canada',
  'CRS – Additional – Canadian Education': 'SCG – Points supplémentaires – Études au Canada',
  'CRS – Additional – Arranged Employment': 'SCG – Points supplémentaires – Emploi réservé',
  'CRS – Additional – Provincial/Territorial Nomination':
    'SCG – Points supplémentaires – Désignation provinciale ou territoriale',
  'Your overall points score': 'Nombre total de points',
};

const pick = <T>(list: readonly T[], at: number): T | undefined =>
  list.length === 0 ? undefined : list[at % list.length];

/** Table rows that hold a score: a label cell the reader knows and a number after it. */
type ScoreKey = CrsRowKey | 'total';

function scoreRows(doc: Document): { tr: Element; key: ScoreKey; value: Element }[] {
  const rows: { tr: Element; key: ScoreKey; value: Element }[] = [];
  for (const tr of doc.querySelectorAll('tr')) {
    const cells = [...tr.children].filter((c) => /^(?:TD|TH)$/i.test(c.nodeName));
    const label = cells[0]?.textContent?.trim() ?? '';
    const value = cells.at(-1);
    const key = scoreKeyOf(label);
    if (
      key !== null &&
      cells.length >= 2 &&
      value &&
      /^\s*[\d,\s]+\s*$/.test(value.textContent ?? '')
    ) {
      rows.push({ tr, key, value });
    }
  }
  return rows;
}

function apply(doc: Document, m: Mutation): void {
  const elements = [...(doc.body?.querySelectorAll('*') ?? [])];
  const el = pick(elements, m.at);
  switch (m.op) {
    case 'delete':
      el?.remove();
      break;
    case 'duplicate':
      if (el) el.after(el.cloneNode(true));
      break;
    case 'shuffle': {
      if (!el) return;
      const children = [...el.children];
      for (const child of children.reverse()) el.append(child);
      break;
    }
    case 'inject':
      el?.append(doc.createTextNode(m.text));
      break;
    case 'swap': {
      const other = pick(elements, m.other);
      if (!el || !other || other.contains(el) || el.contains(other)) return;
      const text = el.textContent;
      el.textContent = other.textContent;
      other.textContent = text;
      break;
    }
    case 'respace':
      if (el)
        el.textContent = (el.textContent ?? '').replace(/[–-]/g, m.dash).replace(/ /g, m.space);
      break;
    case 'shuffle-rows': {
      const rows = scoreRows(doc).map((r) => r.tr);
      const parent = rows[0]?.parentNode;
      if (!parent) return;
      // A rotation by `at`: every row moves, the table keeps them all.
      const shift = m.at % rows.length;
      for (const row of [...rows.slice(shift), ...rows.slice(0, shift)]) parent.appendChild(row);
      break;
    }
    case 'duplicate-row': {
      const row = pick(scoreRows(doc), m.at);
      row?.tr.after(row.tr.cloneNode(true));
      break;
    }
    case 'translate':
      for (const cell of doc.querySelectorAll('td, th, dt')) {
        const french = FRENCH[(cell.textContent ?? '').trim()];
        if (french) cell.textContent = french;
      }
      break;
    case 'as-text': {
      // The score table, re-rendered as the correspondence view types it: label, spaces, value.
      const rows = scoreRows(doc);
      const table = rows[0]?.tr.closest('table');
      if (!table) return;
      const lines = [...table.querySelectorAll('tr')].map((tr) => {
        const cells = [...tr.children].map((c) => (c.textContent ?? '').trim());
        const label = cells[0] ?? '';
        const value = cells.length > 1 ? (cells.at(-1) ?? '') : '';
        return `${label}${' '.repeat(Math.max(2, 70 - label.length - value.length))}${value}`;
      });
      const pre = doc.createElement('pre');
      pre.textContent = `\n${lines.join('\n')}\n`;
      table.replaceWith(pre);
      break;
    }
    case 'regroup':
      // "1,071" → « 1 071 » with a narrow no-break space.
      if (el) el.textContent = (el.textContent ?? '').replace(/(\d),(\d{3})/g, '$1\u202f$2');
      break;
    case 'decoy': {
      const row = pick(scoreRows(doc), m.at);
      const label = row?.tr.firstElementChild;
      if (label) label.append(doc.createTextNode(` ${m.number}`));
      break;
    }
    case 'footnote': {
      const cells = [...doc.querySelectorAll('td, dd')].filter((c) =>
        /\d\s*$/.test(c.textContent ?? ''),
      );
      const cell = pick(cells, m.at);
      if (!cell) return;
      const sup = doc.createElement('sup');
      sup.textContent = m.mark;
      cell.append(sup);
      break;
    }
  }
}

const HIDE = [
  (cls: string) => `.${cls} { display: none }`,
  (cls: string) => `tr.${cls} { visibility: hidden; }`,
  (cls: string) => `table .${cls}{visibility:collapse}`,
  (cls: string) => `[data-stale="${cls}"] { display: none !important }`,
  (cls: string) => `@media screen { .${cls} { display: none } }`,
];

/** Applies a tracked mutation; returns the row's key and the value that must not be read for it. */
function applyTracked(doc: Document, t: Tracked): { key: ScoreKey; banned: number } | null {
  const rows = scoreRows(doc);
  // Only a plain two-cell row whose key no other row has: the old value then has nowhere else to
  // come from (a row with markup in its value, or cells an earlier mutation copied, may show it).
  const unique = rows.filter(
    (r) =>
      rows.filter((o) => o.key === r.key).length === 1 &&
      r.tr.children.length === 2 &&
      r.value.children.length === 0,
  );
  const row = pick(unique, t.at);
  if (!row) return null;
  const old = Number((row.value.textContent ?? '').replace(/\D/g, ''));
  const max = maxOf(row.key);
  // A value the row can have, other than the one shown.
  const other = (old + 1 + (t.value % max)) % (max + 1);
  if (t.op === 'change') {
    row.value.textContent = String(other);
    return { key: row.key, banned: old };
  }
  const stale = row.tr.cloneNode(true);
  if (!isElement(stale)) return null;
  const cells = [...stale.children];
  const cell = cells.at(-1);
  if (!cell) return null;
  cell.textContent = String(other);
  stale.setAttribute('class', 'stale-copy');
  stale.setAttribute('data-stale', 'stale-copy');
  const style = doc.createElement('style');
  style.textContent = HIDE[t.how % HIDE.length]?.('stale-copy') ?? '';
  doc.head?.append(style);
  if (t.at % 2 === 0) row.tr.before(stale);
  else row.tr.after(stale);
  return { key: row.key, banned: other };
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
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

/** The totals the CRS engine gives for these rows: with and without a spouse when it cannot tell. */
function engineTotals(rows: Partial<Record<CrsRowKey, number>>): number[] {
  const grid = GRIDS.at(-1);
  if (!grid) throw new Error('no CRS grid');
  const spouse =
    (rows.spouseEducation ?? 0) + (rows.spouseLanguage ?? 0) + (rows.spouseCanadianWork ?? 0);
  const sides = spouse > 0 ? [true] : [true, false];
  return sides.map((withSpouse) => Math.min(1200, totalOf(sectionsFor(rows, grid, withSpouse))));
}

/** Whether the rows read, added as the engine adds them, cannot give the total read. */
function doesNotAddUp(reading: Reading): boolean {
  const { total, rows } = reading.crs;
  if (total === null || reading.problems.some((p) => p.code === 'unknown-row')) return false;
  const totals = engineTotals(rows);
  const complete = CRS_ROW_KEYS.every((key) => rows[key] !== undefined);
  return complete ? !totals.includes(total) : Math.min(...totals) > total;
}

const names = readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  .sort();
const RUNS = 240;
let pages = 0;

describe('reader properties on mutated fixtures', () => {
  afterAll(() => {
    expect(pages, 'mutated pages read in this file').toBeGreaterThanOrEqual(5000);
  });

  it.each(names)(
    '%s: never throws, reads only what is on the page, never an old or hidden value, and says when rows do not add up',
    { timeout: 120_000 },
    (name) => {
      const html = fixtureHtml(name);
      fc.assert(
        fc.property(fc.array(mutation, { maxLength: 6 }), tracked, (mutations, last) => {
          const doc = linkedomDocument(html);
          for (const m of mutations) apply(doc, m);
          const banned = last ? applyTracked(doc, last) : null;
          const reading = read(doc);
          pages++;
          const visible = visibleLines(doc, pageStyles(doc)).lines.join('\n');
          for (const n of numbersOf(reading)) {
            if (!appears(n, visible)) throw new Error(`${n} is not on the mutated page`);
          }
          if (banned) {
            const got = banned.key === 'total' ? reading.crs.total : reading.crs.rows[banned.key];
            if (got === banned.banned) {
              throw new Error(
                `${banned.key} reads ${got}, the value the page no longer shows for it`,
              );
            }
          }
          const codes = reading.problems.map((p) => p.code);
          if (doesNotAddUp(reading) && !codes.includes('rows-do-not-add-up')) {
            throw new Error(
              `rows ${JSON.stringify(reading.crs.rows)} do not add up to ${reading.crs.total}, and no problem says so`,
            );
          }
          expect(reading.kind).toMatch(/^(ita-letter|profile|account-home|unknown)$/);
        }),
        { numRuns: name === 'big-page' ? 2 : RUNS, seed: 4242 },
      );
    },
  );
});
