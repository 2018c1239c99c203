// A PDF the user added: opened with pdf-lib (refused when encrypted or without pages), and the
// JPEG images its pages draw found, so a scanned PDF can be shrunk like a scan. Other content
// (text, vector drawings, images in other encodings) is copied as it is.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  type PDFContext,
} from 'pdf-lib';

export interface PdfImage {
  ref: { objectNumber: number; generationNumber: number };
  width: number;
  height: number;
  /** The JPEG file the stream holds. */
  jpeg: Uint8Array;
  /** The widest page that draws it, in points. */
  pageWidth: number;
  /** The pages (0-based, in this file) that draw it. */
  pages: number[];
}

export interface OpenedPdf {
  pageCount: number;
  images: PdfImage[];
}

export type OpenResult =
  { ok: true; pdf: OpenedPdf } | { ok: false; reason: 'encrypted' | 'unreadable' };

/** pdf-lib never reads the clock or writes metadata when told so: the output is the pages alone. */
export const LOAD_OPTIONS = {
  ignoreEncryption: true,
  updateMetadata: false,
  throwOnInvalidObject: false,
} as const;

const name = (value: string) => PDFName.of(value);

/** A stream that is one JPEG we can decode and write back: 8 bits, gray or RGB, nothing else. */
function jpegImage(stream: PDFRawStream): { width: number; height: number } | null {
  const dict = stream.dict;
  if (dict.get(name('Subtype')) !== name('Image')) return null;
  const filter = dict.get(name('Filter'));
  const single =
    filter === name('DCTDecode') ||
    (filter instanceof PDFArray && filter.size() === 1 && filter.get(0) === name('DCTDecode'));
  if (!single) return null;
  if (dict.has(name('Decode')) || dict.has(name('ImageMask')) || dict.has(name('Mask')))
    return null;
  const bits = dict.lookup(name('BitsPerComponent'));
  if (!(bits instanceof PDFNumber) || bits.asNumber() !== 8) return null;
  const space = dict.lookup(name('ColorSpace'));
  const plain = space === name('DeviceRGB') || space === name('DeviceGray');
  const icc =
    space instanceof PDFArray &&
    space.get(0) === name('ICCBased') &&
    [1, 3].includes(iccComponents(space, stream.dict.context));
  if (!plain && !icc) return null;
  const width = dict.lookup(name('Width'));
  const height = dict.lookup(name('Height'));
  if (!(width instanceof PDFNumber) || !(height instanceof PDFNumber)) return null;
  return { width: width.asNumber(), height: height.asNumber() };
}

function iccComponents(space: PDFArray, context: PDFContext): number {
  const profile = context.lookup(space.get(1));
  if (!(profile instanceof PDFRawStream)) return 0;
  const n = profile.dict.lookup(name('N'));
  return n instanceof PDFNumber ? n.asNumber() : 0;
}

/** Every JPEG image a page's resources reach, forms included (each form visited once). */
function collect(
  resources: PDFDict | undefined,
  context: PDFContext,
  found: (ref: PDFRef, stream: PDFRawStream, size: { width: number; height: number }) => void,
  seen: Set<string>,
): void {
  const objects = resources?.lookupMaybe(name('XObject'), PDFDict);
  for (const [, value] of objects?.entries() ?? []) {
    if (!(value instanceof PDFRef) || seen.has(value.tag)) continue;
    seen.add(value.tag);
    const stream = context.lookup(value);
    if (!(stream instanceof PDFRawStream)) continue;
    if (stream.dict.get(name('Subtype')) === name('Form')) {
      collect(stream.dict.lookupMaybe(name('Resources'), PDFDict), context, found, seen);
      continue;
    }
    const size = jpegImage(stream);
    if (size) found(value, stream, size);
  }
}

export async function openPdf(bytes: Uint8Array): Promise<OpenResult> {
  try {
    const doc = await PDFDocument.load(bytes, LOAD_OPTIONS);
    if (doc.isEncrypted) return { ok: false, reason: 'encrypted' };
    return pagesOf(doc);
  } catch {
    // pdf-lib reads what it can; a file without a page tree fails here rather than later.
    return { ok: false, reason: 'unreadable' };
  }
}

function pagesOf(doc: PDFDocument): OpenResult {
  const pageCount = doc.getPageCount();
  if (pageCount === 0) return { ok: false, reason: 'unreadable' };
  const images = new Map<string, PdfImage>();
  doc.getPages().forEach((page, index) => {
    collect(
      page.node.Resources(),
      doc.context,
      (ref, stream, size) => {
        const known = images.get(ref.tag);
        if (known) {
          known.pageWidth = Math.max(known.pageWidth, page.getWidth());
          if (!known.pages.includes(index)) known.pages.push(index);
          return;
        }
        images.set(ref.tag, {
          ref: { objectNumber: ref.objectNumber, generationNumber: ref.generationNumber },
          ...size,
          jpeg: stream.contents,
          pageWidth: page.getWidth(),
          pages: [index],
        });
      },
      new Set(),
    );
  });
  return { ok: true, pdf: { pageCount, images: [...images.values()] } };
}

export interface Replacement {
  ref: PdfImage['ref'];
  jpeg: Uint8Array;
  width: number;
  height: number;
}

/** Opens the PDF again and writes each replacement's JPEG over the image it names. */
export async function withImages(
  bytes: Uint8Array,
  replacements: readonly Replacement[],
): Promise<PDFDocument> {
  const doc = await PDFDocument.load(bytes, LOAD_OPTIONS);
  for (const image of replacements) {
    const ref = PDFRef.of(image.ref.objectNumber, image.ref.generationNumber);
    const old = doc.context.lookup(ref);
    if (!(old instanceof PDFRawStream)) continue;
    const dict = old.dict.clone(doc.context);
    dict.set(name('Width'), PDFNumber.of(image.width));
    dict.set(name('Height'), PDFNumber.of(image.height));
    dict.set(name('ColorSpace'), name('DeviceRGB'));
    dict.set(name('Filter'), name('DCTDecode'));
    dict.delete(name('DecodeParms'));
    doc.context.assign(ref, PDFRawStream.of(dict, image.jpeg));
  }
  return doc;
}
