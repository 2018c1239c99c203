// JPEG and PNG in and out of pixels, with pure-JavaScript codecs so that the same code runs in Node
// and in the extension's page, and what a test measures in Node is what the user gets.
import { decode as decodePng } from 'fast-png';
import jpeg from 'jpeg-js';
import { jpegOrientation } from './exif';
import { orient, type Raster } from './raster';
import { messageOf } from '../error-message';

/** Larger images are refused rather than risk the page's memory: 100 megapixels is 400 MB of RGBA. */
const MAX_MEGAPIXELS = 100;

export class UnreadableImage extends Error {}

/** The JPEG's pixels, turned as its EXIF orientation says unless `orient` is false. */
export function decodeJpeg(bytes: Uint8Array, options: { orient?: boolean } = {}): Raster {
  let decoded: { width: number; height: number; data: Uint8Array };
  try {
    decoded = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      maxResolutionInMP: MAX_MEGAPIXELS,
      maxMemoryUsageInMB: 1024,
    });
  } catch (error) {
    throw new UnreadableImage(messageOf(error));
  }
  if (decoded.width < 1 || decoded.height < 1) throw new UnreadableImage('no pixels');
  return options.orient === false ? decoded : orient(decoded, jpegOrientation(bytes));
}

export function decodePngRaster(bytes: Uint8Array): Raster {
  let png: ReturnType<typeof decodePng>;
  try {
    png = decodePng(bytes);
  } catch (error) {
    throw new UnreadableImage(messageOf(error));
  }
  const { width, height, channels, depth, palette } = png;
  if (width < 1 || height < 1) throw new UnreadableImage('no pixels');
  if (width * height > MAX_MEGAPIXELS * 1e6) throw new UnreadableImage('too many pixels');
  const out = new Uint8Array(width * height * 4);
  const rowBytes = Math.ceil((depth * channels * width) / 8);
  const max = (1 << Math.min(depth, 8)) - 1;
  // One sample as 0–255, whatever the bit depth (1, 2, 4 packed in bytes; 8; 16 in a Uint16Array).
  const sample = (y: number, i: number): number => {
    if (depth === 16) return (png.data[y * width * channels + i] ?? 0) >> 8;
    if (depth === 8) return png.data[y * rowBytes + i] ?? 0;
    const bit = i * depth;
    const byte = png.data[y * rowBytes + (bit >> 3)] ?? 0;
    return (byte >> (8 - depth - (bit & 7))) & max;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r: number;
      let g: number;
      let b: number;
      let a = 255;
      if (palette) {
        const entry = palette[sample(y, x)] ?? [0, 0, 0];
        [r, g, b] = [entry[0] ?? 0, entry[1] ?? 0, entry[2] ?? 0];
        a = entry[3] ?? 255;
      } else if (channels <= 2) {
        const v =
          depth < 8 ? Math.round((sample(y, x * channels) * 255) / max) : sample(y, x * channels);
        [r, g, b] = [v, v, v];
        if (channels === 2) a = sample(y, x * 2 + 1);
      } else {
        [r, g, b] = [
          sample(y, x * channels),
          sample(y, x * channels + 1),
          sample(y, x * channels + 2),
        ];
        if (channels === 4) a = sample(y, x * 4 + 3);
      }
      // Transparent parts become white paper, as they would print.
      const o = (y * width + x) * 4;
      out[o] = Math.round((r * a + 255 * (255 - a)) / 255);
      out[o + 1] = Math.round((g * a + 255 * (255 - a)) / 255);
      out[o + 2] = Math.round((b * a + 255 * (255 - a)) / 255);
      out[o + 3] = 255;
    }
  }
  return { width, height, data: out };
}

/**
 * A baseline JPEG of the raster. jpeg-js's encoder, once bundled as CommonJS, ends with
 * `Buffer.from(bytes)` and browsers have no Buffer: it is lent the one method it calls, for the
 * length of the call (encoding is synchronous, so nothing else can see it).
 */
export function encodeJpeg(raster: Raster, quality: number): Uint8Array {
  const scope: { Buffer?: unknown } = globalThis;
  if (scope.Buffer !== undefined) return ownBytes(jpeg.encode(raster, quality).data);
  scope.Buffer = { from: (bytes: ArrayLike<number>) => Uint8Array.from(bytes) };
  try {
    return jpeg.encode(raster, quality).data;
  } finally {
    delete scope.Buffer;
  }
}

/**
 * The bytes in an ArrayBuffer of their own. pdf-lib reads a JPEG through `new DataView(bytes.buffer)`
 * from offset 0, and Node hands out small Buffers and file reads as views into a larger pool.
 */
export function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length
    ? bytes
    : new Uint8Array(bytes);
}
