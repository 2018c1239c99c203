// What a PDF the upload preparer made holds, read back with pdf-lib: its pages, and each image each
// page draws with its resolution on the page's width (pixels ÷ inches).
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib';

export interface PlacedImage {
  /** 1-based. */
  page: number;
  /** In points. */
  pageWidth: number;
  pageHeight: number;
  /** In pixels. */
  width: number;
  height: number;
  dpi: number;
  filter: string;
  bytes: Uint8Array;
}

export async function pdfImages(
  pdf: Uint8Array,
): Promise<{ pages: number; images: PlacedImage[] }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const images: PlacedImage[] = [];
  doc.getPages().forEach((page, index) => {
    const objects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const [, value] of objects?.entries() ?? []) {
      const stream = value instanceof PDFRef ? doc.context.lookup(value) : value;
      if (!(stream instanceof PDFRawStream)) continue;
      if (stream.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
      const width = stream.dict.lookup(PDFName.of('Width'));
      const height = stream.dict.lookup(PDFName.of('Height'));
      if (!(width instanceof PDFNumber) || !(height instanceof PDFNumber)) continue;
      const filter = stream.dict.lookup(PDFName.of('Filter'));
      images.push({
        page: index + 1,
        pageWidth: page.getWidth(),
        pageHeight: page.getHeight(),
        width: width.asNumber(),
        height: height.asNumber(),
        dpi: width.asNumber() / (page.getWidth() / 72),
        filter: filter instanceof PDFName ? filter.decodeText() : String(filter),
        bytes: stream.contents,
      });
    }
  });
  return { pages: doc.getPageCount(), images };
}
