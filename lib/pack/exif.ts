// The EXIF orientation of a JPEG (TIFF tag 274 in the APP1 "Exif" segment), 1 when it has none.
// Only this tag is read: nothing else of the file's metadata (place, camera, date) is kept, and
// re-encoded images carry no metadata at all.

const ORIENTATION_TAG = 0x0112;

export function jpegOrientation(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2; // after SOI
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return 1;
    const marker = bytes[at + 1] ?? 0;
    // Start of scan or end of image: the metadata segments are all before.
    if (marker === 0xda || marker === 0xd9) return 1;
    const length = view.getUint16(at + 2);
    if (marker === 0xe1 && length >= 16) {
      const found = orientationIn(view, at + 4, at + 2 + length);
      if (found !== null) return found;
    }
    at += 2 + length;
  }
  return 1;
}

function orientationIn(view: DataView, start: number, end: number): number | null {
  // "Exif\0\0", then a TIFF header: byte order, 42, offset of the first IFD.
  if (view.getUint32(start) !== 0x45786966 || view.getUint16(start + 4) !== 0) return null;
  const tiff = start + 6;
  const order = view.getUint16(tiff);
  if (order !== 0x4949 && order !== 0x4d4d) return null;
  const little = order === 0x4949;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return null;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return null;
    if (view.getUint16(entry, little) === ORIENTATION_TAG) {
      const value = view.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return null;
}
