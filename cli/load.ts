// Loads a saved page or an ITA letter PDF from disk and reads it. Shared by `read` and `check`.

import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { read, readText, type Reading } from '../lib/reader';
import { pdfToText } from '../lib/reader/pdf';
import { UsageError } from './io';

function errorCode(error: unknown): string {
  return typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
    ? error.code
    : '';
}

async function bytesOf(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = errorCode(error);
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : 'it cannot be read';
    throw new UsageError(`cannot read '${path}': ${reason}`, 1);
  }
}

/** Reads an .html/.htm page (linkedom), an ITA letter .pdf (pdf.js) or a .txt; one clear UsageError otherwise. */
export async function loadReading(path: string): Promise<Reading> {
  const bytes = await bytesOf(path);
  const extension = extname(path).toLowerCase();
  const looksPdf = new TextDecoder('latin1').decode(bytes.subarray(0, 5)) === '%PDF-';
  if (extension === '.pdf' || looksPdf) {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    try {
      return readText(await pdfToText(bytes, pdfjs));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(`cannot read '${path}': ${reason}`, 1);
    }
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (extension === '.txt') return readText(text);
  if (!/<[a-z!]/i.test(text)) {
    throw new UsageError(`cannot read '${path}': expected an .html page or a .pdf letter`, 1);
  }
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML(text);
  return read(document);
}
