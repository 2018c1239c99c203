// Scans made by the tests: A4 pages at 300 dpi (2,480 × 3,508 px) that look like documents (lines
// of dark "text" on paper) with a grain JPEG cannot smooth away, so that a few of them weigh more
// than 12 MB and the upload preparer has real work to do. Deterministic: the same seed gives the
// same bytes.
import jpeg from 'jpeg-js';
import { PDFDocument } from 'pdf-lib';

export const A4_300DPI = { width: 2480, height: 3508 } as const;

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

export interface ScanOptions {
  seed: number;
  width?: number;
  height?: number;
  /** How strong the grain is (0–255 peak to peak). */
  grain?: number;
  /** JPEG quality of the scan as the scanner saved it. */
  quality?: number;
}

/** RGBA pixels of a page: paper with grain, and lines of text-like marks. */
export function scanPixels(options: ScanOptions): {
  width: number;
  height: number;
  data: Uint8Array;
} {
  const width = options.width ?? A4_300DPI.width;
  const height = options.height ?? A4_300DPI.height;
  const grain = options.grain ?? 56;
  const next = random(options.seed);
  const data = new Uint8Array(width * height * 4);
  const lineHeight = Math.max(8, Math.round(height / 70));
  const glyph = Math.max(3, Math.round(lineHeight / 3));
  for (let y = 0; y < height; y++) {
    const inLine = y % lineHeight < lineHeight * 0.45 && y > height * 0.06 && y < height * 0.94;
    for (let x = 0; x < width; x++) {
      const inMargin = x < width * 0.08 || x > width * 0.92;
      const ink = inLine && !inMargin && Math.floor(x / glyph) % 3 !== 0;
      const base = ink ? 40 : 236;
      const noise = (next() - 0.5) * grain;
      const i = (y * width + x) * 4;
      data[i] = Math.max(0, Math.min(255, base + noise));
      data[i + 1] = Math.max(0, Math.min(255, base + noise * 0.9 - 4));
      data[i + 2] = Math.max(0, Math.min(255, base + noise * 0.8 - 10));
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

export function scanJpeg(options: ScanOptions): Uint8Array {
  return new Uint8Array(jpeg.encode(scanPixels(options), options.quality ?? 92).data);
}

/** A PDF whose pages are the given JPEG scans, as a scanner's "save as PDF" makes them. */
export async function scannedPdf(scans: readonly Uint8Array[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  for (const scan of scans) {
    const image = await pdf.embedJpg(scan);
    const page = pdf.addPage([595.28, 841.89]);
    page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return pdf.save();
}

/** A PDF marked as encrypted (an /Encrypt entry in its trailer), as a password-protected one is. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.addPage([595.28, 841.89]);
  pdf.context.trailerInfo.Encrypt = pdf.context.obj({
    Filter: 'Standard',
    V: 2,
    R: 3,
    Length: 128,
    P: -3904,
  });
  return pdf.save({ useObjectStreams: false });
}
