// The PDF front door: the ITA letter as a PDF becomes text lines for `readText`. The caller passes
// the loaded pdf.js module (Node: `pdfjs-dist/legacy/build/pdf.mjs`; the options page: the browser
// build with the worker disabled), so lib/ stays free of loading concerns.
// pdf.js gives positioned text runs; lines are rebuilt by their y position and a wide gap between
// runs becomes a tab, so the letter's two-column table reads as "label<TAB>value" lines. A letter a
// browser printed to PDF (printed-letter.html, printed in tests/unit/reader/pdf-print.test.ts) has
// a footnote `<sup>` as a small raised run glued to the number: it is left out, as on the page.
import { messageOf } from '../error-message';

interface PdfPageLike {
  getTextContent(): Promise<{ items: readonly unknown[] }>;
}
interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
  destroy(): Promise<void>;
}
/** The part of pdf.js this module uses. */
export interface PdfJsLike {
  getDocument(source: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    verbosity?: number;
    stopAtErrors?: boolean;
  }): { promise: Promise<PdfDocumentLike> };
}

interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function runOf(item: unknown): Run | null {
  if (typeof item !== 'object' || item === null) return null;
  if (!('str' in item) || typeof item.str !== 'string' || item.str.trim() === '') return null;
  if (!('transform' in item) || !Array.isArray(item.transform)) return null;
  const [, , , d, e, f] = item.transform;
  if (typeof e !== 'number' || typeof f !== 'number') return null;
  const width = 'width' in item && typeof item.width === 'number' ? item.width : 0;
  const height = typeof d === 'number' ? Math.abs(d) : 10;
  return { text: item.str, x: e, y: f, width, height };
}

// A footnote mark: one to three digits or symbols.
const FOOTNOTE = /^\s*[\d*\u2020\u2021\u00a7\u00b6\u00b9\u00b2\u00b3\u2070-\u2079]{1,3}\s*$/;

/** Whether `run` is a footnote mark raised above the line's baseline in a smaller font. */
function isRaisedMark(run: Run, row: readonly Run[]): boolean {
  const tallest = row.reduce((a, b) => (b.height > a.height ? b : a));
  return (
    run.height < tallest.height * 0.9 &&
    run.y - tallest.y > tallest.height * 0.15 &&
    FOOTNOTE.test(run.text)
  );
}

/**
 * Lines of one page, left to right. Runs share a line when their boxes (baseline to font height)
 * overlap by half the smaller one: a table cell printed a little lower than its label, or a raised
 * `<sup>`, stays on its line (footnote-letter.html printed to PDF).
 */
function linesFromRuns(runs: readonly Run[]): string[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Run[][] = [];
  let tallest: Run | null = null;
  for (const run of sorted) {
    const row = rows[rows.length - 1];
    const overlap = tallest
      ? Math.min(run.y + run.height, tallest.y + tallest.height) - Math.max(run.y, tallest.y)
      : -1;
    if (row && tallest && overlap >= Math.min(run.height, tallest.height) / 2) {
      row.push(run);
      if (run.height > tallest.height) tallest = run;
    } else {
      rows.push([run]);
      tallest = run;
    }
  }
  return rows.map((all) => {
    const row = all.filter((run) => !isRaisedMark(run, all));
    row.sort((a, b) => a.x - b.x);
    let line = '';
    let end = -Infinity;
    for (const run of row) {
      const gap = run.x - end;
      // A gap of more than ~2 characters is a column break (label … value).
      if (line !== '') line += gap > run.height * 1.5 ? '\t' : gap > run.height * 0.15 ? ' ' : '';
      line += run.text;
      end = run.x + run.width;
    }
    return line;
  });
}

/** Whether `bytes` are a PDF: its header, `%PDF-`, within the first 1,024 bytes as readers allow. */
export function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** The text of a PDF, one line per printed line. Throws one clear error for a file that is not a readable PDF. */
export async function pdfToText(bytes: Uint8Array, pdfjs: PdfJsLike): Promise<string> {
  if (!isPdf(bytes)) throw new Error('not a PDF file (no %PDF- header)');
  let doc: PdfDocumentLike;
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy.
    doc = await pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const reason = messageOf(error);
    throw new Error(`the PDF cannot be read (${reason.split('\n')[0]})`, { cause: error });
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs = content.items.map(runOf).filter((r): r is Run => r !== null);
      pages.push(linesFromRuns(runs).join('\n'));
    }
    return pages.join('\n');
  } finally {
    await doc.destroy();
  }
}
