// IRCC's own breakdown: the 16 rows and the total, read by label wherever they sit (a table row,
// a definition list, label/value blocks, a line of plain text or of a PDF), and checked against
// what the CRS grid allows (limits.ts).

import * as F from './features';
import { classifyLabel, cleanLabel, type ScoreKey } from './labels';
import { cappedTotals, maxOf } from './limits';
import { features, SCORE_WORDS } from './matcher';
import { tidy } from './normalize';
import { parseWholeNumber, splitTrailingNumber } from './numbers';
import { endsWithNumber, isNumberOnly, type Page } from './page';
import {
  CRS_ROW_KEYS,
  CRS_SECTIONS,
  type CrsRowKey,
  type CrsSection,
  type ReadingProblem,
} from './types';

interface Hit {
  key: ScoreKey;
  value: number;
  lines: number[];
}

/** A row the reader does not know, as shown (unknown-row-letter.html). */
interface Unknown {
  label: string;
  value: number;
}

export interface ScoresRead {
  total: number | null;
  rows: Partial<Record<CrsRowKey, number>>;
  /** Rows the reader does not know, with the value the page gives each. */
  unknown: Unknown[];
  problems: ReadingProblem[];
}

// Rows of one table sit within a few lines of each other; a number further away (a news item,
// a sidebar) belongs to something else. big-page.html has both.
const CLUSTER_GAP = 6;
// A heading is short; a long line without a value is a sentence (big-page.html's news items).
const HEADING_MAX = 100;
// The words of a section heading ("B. Spouse or common-law partner factors").
const SECTION_WORDS = F.core | F.spouse | F.transfer | F.additional;

const SECTION_OF = new Map<CrsRowKey, CrsSection>();
for (const [section, keys] of Object.entries(CRS_SECTIONS)) {
  for (const key of keys) if (isSection(section)) SECTION_OF.set(key, section);
}
function isSection(name: string): name is CrsSection {
  return Object.hasOwn(CRS_SECTIONS, name);
}

interface Shape {
  label: string;
  /** The value, or null for a label alone (a heading). */
  value: number | null;
  lines: number[];
  /** Whether the line's matcher features are the label's (the rest of the line is the value). */
  ownMask: boolean;
}

/** The label/value pair line `i` holds: a cell, the end of the line, or the next line alone. */
function shapeAt(page: Page, i: number): Shape | null {
  const line = page.text(i);
  if (line.length > 300) return null;
  if (line.includes('\t')) {
    const cells = page.cells(i);
    const [first, ...rest] = cells;
    if (first === undefined) return null;
    if (rest.length > 0) {
      // A table row: label cell, then the value in the next or the last cell.
      const value = parseWholeNumber(rest[0] ?? '') ?? parseWholeNumber(rest.at(-1) ?? '');
      return { label: first, value, lines: [i], ownMask: rest.length === 1 && value !== null };
    }
    return untabbed(page, i, first);
  }
  return untabbed(page, i, line.trim());
}

function untabbed(page: Page, i: number, text: string): Shape | null {
  if (text === '') return null;
  if (endsWithNumber(text)) {
    const inline = splitTrailingNumber(text);
    return inline ? { label: inline.label, value: inline.value, lines: [i], ownMask: true } : null;
  }
  // A label alone (a `dt`, a label div) is short: the value is the next line, alone; or it is a
  // heading. A long line is a sentence.
  if (text.length > HEADING_MAX) return null;
  const below = page.next(i);
  if (below >= 0 && isNumberOnly(page.text(below))) {
    const value = parseWholeNumber(page.cells(below)[0] ?? '');
    if (value !== null) return { label: text, value, lines: [i, below], ownMask: true };
  }
  return { label: text, value: null, lines: [i], ownMask: true };
}

/**
 * Non-blank lines from `a` (excluded) to `b` (included), counted up to CLUSTER_GAP + 1; lines that
 * are part of the table (`seen`: a heading, a sub-line, a subtotal) do not count.
 */
function linesBetween(page: Page, a: number, b: number, seen?: ReadonlySet<number>): number {
  let count = 0;
  for (let j = a + 1; j <= b && count <= CLUSTER_GAP; j++) {
    if (!page.isBlank(j) && !seen?.has(j)) count++;
  }
  return count;
}

export function readScores(page: Page): ScoresRead {
  const hits: Hit[] = [];
  // Lines the labels below gave a meaning to (a row, a heading, a sub-line…).
  const seen = new Set<number>();
  let section: CrsSection | null = null;
  // A transferability group whose heading had no value: its subtotal is its row.
  let group: CrsRowKey | null = null;
  let last = -1;
  for (let i = 0; i < page.count; i++) {
    // Only a line with a word of some score label (matcher.ts) is looked at.
    if (!page.has(i, SCORE_WORDS)) continue;
    const shape = shapeAt(page, i);
    if (!shape) continue;
    // A line without a value matters only as a heading: a section's, or a transferability group's
    // under its section (most such lines are sentences, 16,000 of them in big-page.html).
    if (shape.value === null && !page.has(i, SECTION_WORDS) && section !== 'transfer') continue;
    if (last >= 0 && linesBetween(page, last, i) > CLUSTER_GAP) {
      section = null;
      group = null;
    }
    const label = classifyLabel(
      shape.label,
      shape.ownMask ? page.masks[i] : features(shape.label),
      section,
    );
    if (label === null) continue;
    for (const line of shape.lines) seen.add(line);
    last = shape.lines.at(-1) ?? i;
    i = last;
    const { value } = shape;
    switch (label.kind) {
      case 'section':
        section = label.section;
        group = null;
        break;
      case 'subtotal':
        if (group !== null && value !== null) hits.push({ key: group, value, lines: shape.lines });
        group = null;
        break;
      case 'row': {
        if (label.key === 'total') {
          section = null;
          group = null;
        } else {
          section = SECTION_OF.get(label.key) ?? section;
          group = section === 'transfer' && value === null ? label.key : null;
        }
        // A value well beyond any the grid gives is not this row's (a year, a phone number).
        if (value !== null && value <= maxOf(label.key) * 10 + 9) {
          hits.push({ key: label.key, value, lines: shape.lines });
        }
        break;
      }
      case 'group':
      case 'sub':
        break;
    }
  }

  const clusters = clusterHits(page, hits, seen);
  const best = clusters.reduce<Hit[] | null>(
    (acc, c) => (acc === null || rowCount(c) > rowCount(acc) ? c : acc),
    null,
  );
  const chosen = best ?? [];
  const rowHits = chosen.filter((h) => h.key !== 'total');
  // Without rows, a total stands alone (a profile page's score); with rows, only the cluster's.
  const totalHits =
    rowHits.length > 0
      ? chosen.filter((h) => h.key === 'total')
      : hits.filter((h) => h.key === 'total');

  const problems: ReadingProblem[] = [];
  const read = new Map<ScoreKey, number>();
  // A value above the row's maximum whose last digit may be a footnote: what it would read as.
  const footnotes = new Map<ScoreKey, { shown: number; read: number }>();
  const byKey = new Map<ScoreKey, Hit[]>();
  for (const hit of [...rowHits, ...totalHits]) {
    byKey.set(hit.key, [...(byKey.get(hit.key) ?? []), hit]);
  }
  for (const [key, keyHits] of byKey) {
    const field = fieldOf(key);
    const max = maxOf(key);
    const values = new Set<number>();
    for (const { value } of keyHits) if (value <= max) values.add(value);
    // A number above the row's maximum next to one within it is not this row's (a script's text
    // that happy-dom lays out, injected-markup-letter.html); alone, its last digit may be a
    // footnote mark: "50¹" flattened to 501 in plain text or a PDF.
    if (values.size === 0) {
      for (const { value } of keyHits) {
        const read = Math.floor(value / 10);
        if (value % 10 !== 0 && read <= max) {
          values.add(read);
          footnotes.set(key, { shown: value, read });
        } else problems.push(aboveMaximum(field, value, max));
      }
    }
    if (values.size > 1) {
      // Never pick one of two numbers the page gives for the same thing.
      problems.push({
        code: 'conflicting-values',
        fields: [field],
        values: { shown: [...values].join(' ') },
      });
      footnotes.delete(key);
      continue;
    }
    const [value] = values;
    if (value !== undefined) read.set(key, value);
  }
  settleFootnotes(read, footnotes, problems);

  for (const other of clusters) {
    if (other === best || rowCount(other) < 3) continue;
    const disagrees = other.some(
      (h) => h.key !== 'total' && read.has(h.key) && read.get(h.key) !== h.value,
    );
    if (disagrees) {
      problems.push({ code: 'several-score-tables', fields: ['crs.rows'] });
      break;
    }
  }

  // Rows the reader does not know, inside the chosen table: named, never added to another row.
  const unknown = unknownRows(page, chosen, seen);
  for (const row of unknown) {
    problems.push({ code: 'unknown-row', values: { label: row.label, value: row.value } });
  }

  return {
    total: read.get('total') ?? null,
    rows: rowsOf(read),
    unknown,
    problems,
  };
}

function fieldOf(key: ScoreKey): string {
  return key === 'total' ? 'crs.total' : `crs.rows.${key}`;
}

function aboveMaximum(field: string, value: number, max: number): ReadingProblem {
  return { code: 'value-above-maximum', fields: [field], values: { value, max } };
}

/**
 * A row read without its last digit is kept when nothing contradicts the footnote: when the page's
 * own total is met only with the number as shown, it was the row's number after all, and a number
 * above the grid's maximum is not read.
 */
function settleFootnotes(
  read: Map<ScoreKey, number>,
  footnotes: Map<ScoreKey, { shown: number; read: number }>,
  problems: ReadingProblem[],
): void {
  const total = read.get('total');
  for (const [key, { shown, read: value }] of footnotes) {
    const field = fieldOf(key);
    const rows = rowsOf(read);
    if (
      key !== 'total' &&
      total !== undefined &&
      Object.keys(rows).length === CRS_ROW_KEYS.length
    ) {
      const asShown = cappedTotals({ ...rows, [key]: shown }).includes(total);
      if (asShown && !cappedTotals(rows).includes(total)) {
        read.delete(key);
        problems.push(aboveMaximum(field, shown, maxOf(key)));
        continue;
      }
    }
    problems.push({ code: 'footnote-assumed', fields: [field], values: { shown, read: value } });
  }
}

/** The rows read, in the letter's order (the JSON's key order). */
function rowsOf(read: Map<ScoreKey, number>): Partial<Record<CrsRowKey, number>> {
  const rows: Partial<Record<CrsRowKey, number>> = {};
  for (const key of CRS_ROW_KEYS) {
    const value = read.get(key);
    if (value !== undefined) rows[key] = value;
  }
  return rows;
}

/**
 * Rows between the chosen table's first and last row whose label the reader does not know: a
 * "CRS –" label it cannot place, a factor under a section heading it has no row for.
 */
function unknownRows(page: Page, chosen: readonly Hit[], seen: Set<number>): Unknown[] {
  const first = chosen[0]?.lines[0];
  const last = chosen.at(-1)?.lines.at(-1);
  if (first === undefined || last === undefined || chosen.length < 3) return [];
  const found: Unknown[] = [];
  // At most a table's worth of lines: a cluster is rows a few lines apart.
  for (let j = first + 1; j < last && j - first < 200; j++) {
    if (seen.has(j)) continue;
    const shape = shapeAt(page, j);
    if (!shape || shape.value === null || shape.value > maxOf('provincialNomination')) continue;
    for (const line of shape.lines) seen.add(line);
    const label = cleanLabel(shape.label);
    if (label === '' || /\d/.test(label) || label.length > 120) continue;
    found.push({ label: tidy(shape.label), value: shape.value });
  }
  return found;
}

function rowCount(hits: readonly Hit[]): number {
  return (
    new Set(hits.filter((h) => h.key !== 'total').map((h) => h.key)).size +
    (hits.length > 0 ? 0.5 : 0)
  );
}

function clusterHits(page: Page, hits: readonly Hit[], seen: ReadonlySet<number>): Hit[][] {
  const clusters: Hit[][] = [];
  let current: Hit[] = [];
  let lastLine = -1;
  for (const hit of hits) {
    const firstLine = hit.lines[0] ?? 0;
    if (current.length > 0 && linesBetween(page, lastLine, firstLine, seen) > CLUSTER_GAP) {
      clusters.push(current);
      current = [];
    }
    current.push(hit);
    lastLine = hit.lines[hit.lines.length - 1] ?? firstLine;
  }
  if (current.length > 0) clusters.push(current);
  return clusters;
}

/**
 * `rows-do-not-add-up`: reported, never fixed (the reading keeps IRCC's numbers as shown). The rows
 * are added the way the grid adds them, section caps included: three transferability rows of 50
 * make 100, not 150. Rows the reader does not know count as shown.
 */
export function sumProblem(
  total: number | null,
  rows: Partial<Record<CrsRowKey, number>>,
  unknown: readonly { value: number }[],
): ReadingProblem | null {
  const count = Object.keys(rows).length;
  if (total === null || count + unknown.length === 0) return null;
  const extra = unknown.reduce((sum, u) => sum + u.value, 0);
  const capped = cappedTotals(rows);
  const lowest = Math.min(...capped);
  const raw = Object.values(rows).reduce((sum, v) => sum + v, 0) + extra;
  let fits: boolean;
  if (count < CRS_ROW_KEYS.length) fits = lowest <= total;
  else if (unknown.length > 0) fits = lowest <= total && total <= raw;
  else fits = capped.includes(total);
  if (fits) return null;
  const sum = capped.reduce((best, t) =>
    Math.abs(t + extra - total) < Math.abs(best + extra - total) ? t : best,
  );
  return {
    code: 'rows-do-not-add-up',
    fields: ['crs.total', 'crs.rows'],
    values: { rows: count, sum: sum + extra, total },
  };
}
