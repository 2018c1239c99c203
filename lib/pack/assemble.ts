// One PDF from the sources in their order: each image on a page as wide as A4 (its height in
// proportion), each PDF's pages copied with their JPEG images replaced when a smaller one was
// chosen. pdf-lib is told not to write metadata, so the file carries no name, date or producer.
import { PDFDocument } from 'pdf-lib';
import { withImages } from './pdf-source';
import { A4_WIDTH_PT, PackFailure, type Opened } from './sources';

/** A re-encoded image: a baseline JPEG and its pixel size. */
export interface Encoded {
  jpeg: Uint8Array;
  width: number;
  height: number;
}

/**
 * `chosen[i]` is the JPEG written for picture i, or null to keep the file's own image (a JPEG
 * shown as stored, a PNG, a PDF's image as it is).
 */
export async function assemble(
  opened: Opened,
  chosen: readonly (Encoded | null)[],
): Promise<Uint8Array> {
  const out = await PDFDocument.create({ updateMetadata: false });
  for (const [index, source] of opened.sources.entries()) {
    const pictures = opened.pictures
      .map((picture, i) => ({ picture, encoded: chosen[i] ?? null }))
      .filter(({ picture }) => picture.source === index);
    if (source.kind === 'pdf') {
      const replacements = pictures.flatMap(({ picture, encoded }) =>
        encoded && picture.ref ? [{ ref: picture.ref, ...encoded }] : [],
      );
      try {
        const doc = await withImages(source.file.bytes, replacements);
        const pages = await out.copyPages(doc, doc.getPageIndices());
        for (const page of pages) out.addPage(page);
      } catch {
        // pdf-lib opened it but cannot copy its pages: to the user, a file that cannot be read.
        throw new PackFailure({ code: 'unreadable', file: source.file.name });
      }
      continue;
    }
    const encoded = pictures[0]?.encoded ?? null;
    const image = encoded
      ? await out.embedJpg(encoded.jpeg)
      : source.kind === 'jpeg'
        ? await out.embedJpg(source.file.bytes)
        : await out.embedPng(source.file.bytes);
    const height = (A4_WIDTH_PT * image.height) / image.width;
    const page = out.addPage([A4_WIDTH_PT, height]);
    page.drawImage(image, { x: 0, y: 0, width: A4_WIDTH_PT, height });
  }
  return out.save({ useObjectStreams: true, addDefaultPage: false });
}
