// The reader's public face: one core, three front doors — a DOM root (live page, saved page),
// plain text (pasted text, a PDF's text via pdf.ts) — and the page structure for bug reports.

import { readPage } from './core';
import { tidy } from './normalize';
import type { Reading } from './types';

export * from './types';
export { read, type ReadOptions } from './read-dom';
export { pageStructure } from './structure';

/** The same reading on plain text: one line per line (a tab or a run of 3+ spaces splits cells). */
export function readText(text: string): Reading {
  const lines = text
    .split(/\r\n?|\n/)
    .map((line) =>
      line
        .split(/\t| {3,}|\u00a0{3,}/)
        .map(tidy)
        .filter((c) => c !== '')
        .join('\t'),
    )
    .filter((line) => line !== '');
  return readPage(lines.join('\n'));
}
