// The files the user added, opened once: each image is one page; each PDF keeps its pages. Every
// image that can be re-encoded (a JPG or PNG file, a JPEG inside a PDF) becomes a `Picture` the
// size search works on.
import { decodeJpeg, decodePngRaster, UnreadableImage } from './images';
import { jpegOrientation } from './exif';
import { openPdf } from './pdf-source';
import type { Raster } from './raster';
import type { PackError, PackFile } from './types';

/** The width of an A4 page in points (210 mm): every scan is laid on a page this wide. */
export const A4_WIDTH_PT = 595.28;

export interface Picture {
  /** Which source it belongs to, and its pages in the output (1-based). */
  source: number;
  pages: number[];
  file: string;
  /** Its size as shown (after the EXIF orientation). */
  width: number;
  height: number;
  /** The width of the page it covers, in inches: dpi = pixels / this. */
  pageInches: number;
  /** Its pixels, decoded when asked for. */
  decode: () => Raster;
  /** For a PDF's image: its object, so the JPEG can be written back. */
  ref?: { objectNumber: number; generationNumber: number };
}

export type Source =
  | { kind: 'jpeg'; file: PackFile; orientation: number; page: number }
  | { kind: 'png'; file: PackFile; page: number }
  | { kind: 'pdf'; file: PackFile; firstPage: number; pageCount: number };

export interface Opened {
  sources: Source[];
  pictures: Picture[];
  pageCount: number;
}

type Kind = 'jpeg' | 'png' | 'pdf' | null;

/** By the first bytes, not the name: a scan saved as `.jpeg.pdf` is still what it is. */
function kindOf(bytes: Uint8Array): Kind {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  // A PDF's header may follow a little junk; readers look in the first kilobyte.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-') ? 'pdf' : null;
}

/** Width and height from a PNG's IHDR, without decoding the pixels. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Width and height from a JPEG's start-of-frame marker, without decoding. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

const guarded = (file: string, decode: () => Raster) => (): Raster => {
  try {
    return decode();
  } catch (error) {
    if (error instanceof UnreadableImage) throw new PackFailure({ code: 'unreadable', file });
    throw error;
  }
};

/** A reason to produce nothing, thrown from deep inside and caught once by `pack`. */
export class PackFailure extends Error {
  constructor(readonly error: PackError) {
    super(error.code);
  }
}

export async function openAll(files: readonly PackFile[]): Promise<Opened> {
  const sources: Source[] = [];
  const pictures: Picture[] = [];
  let page = 1;
  for (const [index, file] of files.entries()) {
    const kind = kindOf(file.bytes);
    if (kind === null) throw new PackFailure({ code: 'unsupported', file: file.name });
    if (kind === 'pdf') {
      const opened = await openPdf(file.bytes);
      if (!opened.ok) throw new PackFailure({ code: opened.reason, file: file.name });
      sources.push({ kind, file, firstPage: page, pageCount: opened.pdf.pageCount });
      for (const image of opened.pdf.images) {
        pictures.push({
          source: index,
          pages: image.pages.map((p) => page + p),
          file: file.name,
          width: image.width,
          height: image.height,
          pageInches: image.pageWidth / 72,
          // The PDF draws the stored pixels as they are: no EXIF turn.
          decode: guarded(file.name, () => decodeJpeg(image.jpeg, { orient: false })),
          ref: image.ref,
        });
      }
      page += opened.pdf.pageCount;
      continue;
    }
    const orientation = kind === 'jpeg' ? jpegOrientation(file.bytes) : 1;
    const stored = kind === 'jpeg' ? jpegSize(file.bytes) : pngSize(file.bytes);
    if (stored === null || stored.width < 1 || stored.height < 1) {
      throw new PackFailure({ code: 'unreadable', file: file.name });
    }
    const turned = orientation >= 5;
    sources.push(kind === 'jpeg' ? { kind, file, orientation, page } : { kind, file, page });
    pictures.push({
      source: index,
      pages: [page],
      file: file.name,
      width: turned ? stored.height : stored.width,
      height: turned ? stored.width : stored.height,
      pageInches: A4_WIDTH_PT / 72,
      decode: guarded(file.name, () =>
        kind === 'jpeg' ? decodeJpeg(file.bytes) : decodePngRaster(file.bytes),
      ),
    });
    page += 1;
  }
  return { sources, pictures, pageCount: page - 1 };
}
