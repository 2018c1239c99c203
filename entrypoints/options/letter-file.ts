// Reads an ITA letter the user gives the options page: a saved HTML page through the DOM reader,
// a PDF through pdf.js (loaded only when needed) and the text reader. Nothing leaves the browser.
import { read, readText, type Reading } from '@/lib/reader';
import { isPdf, pdfToText } from '@/lib/reader/pdf';
import { messageOf } from '@/lib/error-message';

export type LetterResult =
  | { ok: true; reading: Reading }
  | { ok: false; reason: 'not-letter' | 'wrong-type' | { message: string } };

async function pdfReading(bytes: Uint8Array): Promise<Reading> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return readText(await pdfToText(bytes, pdfjs));
}

export async function readLetterFile(file: File): Promise<LetterResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  let reading: Reading;
  try {
    if (isPdf(bytes)) {
      reading = await pdfReading(bytes);
    } else if (
      /\.x?html?$/i.test(file.name) ||
      file.type === 'text/html' ||
      /<html|<!doctype html/i.test(head)
    ) {
      const html = new TextDecoder('utf-8').decode(bytes);
      const doc = new DOMParser().parseFromString(html, 'text/html');
      reading = read(doc);
    } else {
      return { ok: false, reason: 'wrong-type' };
    }
  } catch (error) {
    return {
      ok: false,
      reason: { message: messageOf(error) },
    };
  }
  return reading.kind === 'unknown' ? { ok: false, reason: 'not-letter' } : { ok: true, reading };
}
