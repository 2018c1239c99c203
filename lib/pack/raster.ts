// Pixels in memory (RGBA, 8 bits a channel, opaque) and the two things done to them: turning an
// image the way its camera meant it, and shrinking it by area averaging (every source pixel counts,
// so small print stays as legible as the new size allows).

export interface Raster {
  width: number;
  height: number;
  /** RGBA, row after row; alpha is always 255. */
  data: Uint8Array;
}

/**
 * The raster as shown: EXIF orientations 2–8 mirror and/or turn the stored pixels (TIFF 6.0 tag
 * 274); a phone photo of a passport page is often stored sideways with orientation 6.
 */
export function orient(src: Raster, orientation: number): Raster {
  if (orientation < 2 || orientation > 8) return src;
  const { width: w, height: h, data } = src;
  const swap = orientation >= 5;
  const outW = swap ? h : w;
  const out = new Uint8Array(data.length);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let dx: number;
      let dy: number;
      switch (orientation) {
        case 2:
          [dx, dy] = [w - 1 - x, y];
          break;
        case 3:
          [dx, dy] = [w - 1 - x, h - 1 - y];
          break;
        case 4:
          [dx, dy] = [x, h - 1 - y];
          break;
        case 5:
          [dx, dy] = [y, x];
          break;
        case 6:
          [dx, dy] = [h - 1 - y, x];
          break;
        case 7:
          [dx, dy] = [h - 1 - y, w - 1 - x];
          break;
        default:
          [dx, dy] = [y, w - 1 - x];
      }
      const from = (y * w + x) * 4;
      out.set(data.subarray(from, from + 4), (dy * outW + dx) * 4);
    }
  }
  return { width: outW, height: swap ? w : h, data: out };
}

/**
 * For each target column (or row) t: the source indices `first[t]` … `first[t] + count[t] - 1` it
 * covers, and how much of each (`weights`, from `offset[t]`), summing to 1.
 */
function spans(source: number, target: number) {
  const scale = source / target;
  const first = new Int32Array(target);
  const count = new Int32Array(target);
  const offset = new Int32Array(target);
  const weights: number[] = [];
  for (let t = 0; t < target; t++) {
    const from = t * scale;
    const to = Math.min(source, (t + 1) * scale);
    const start = Math.floor(from);
    const end = Math.ceil(to);
    first[t] = start;
    count[t] = end - start;
    offset[t] = weights.length;
    for (let s = start; s < end; s++)
      weights.push((Math.min(to, s + 1) - Math.max(from, s)) / scale);
  }
  return { first, count, offset, weights: Float32Array.from(weights) };
}

/** The raster shrunk to `width` (height in proportion); never enlarged. */
export function shrink(src: Raster, width: number): Raster {
  if (width >= src.width) return src;
  const height = Math.max(1, Math.round((src.height * width) / src.width));
  const cols = spans(src.width, width);
  const rows = spans(src.height, height);
  const data = src.data;
  const out = new Uint8Array(width * height * 4);
  const line = new Float32Array(width * 3);
  const sum = new Float32Array(width * 3);
  for (let ty = 0; ty < height; ty++) {
    sum.fill(0);
    const rowCount = rows.count[ty] ?? 0;
    const rowOffset = rows.offset[ty] ?? 0;
    const y0 = rows.first[ty] ?? 0;
    for (let k = 0; k < rowCount; k++) {
      const rowStart = (y0 + k) * src.width * 4;
      for (let tx = 0; tx < width; tx++) {
        const n = cols.count[tx] ?? 0;
        const w0 = cols.offset[tx] ?? 0;
        let at = rowStart + (cols.first[tx] ?? 0) * 4;
        let r = 0;
        let g = 0;
        let b = 0;
        for (let j = 0; j < n; j++, at += 4) {
          const f = cols.weights[w0 + j] ?? 0;
          r += (data[at] ?? 0) * f;
          g += (data[at + 1] ?? 0) * f;
          b += (data[at + 2] ?? 0) * f;
        }
        line[tx * 3] = r;
        line[tx * 3 + 1] = g;
        line[tx * 3 + 2] = b;
      }
      const f = rows.weights[rowOffset + k] ?? 0;
      for (let i = 0; i < line.length; i++) sum[i] = (sum[i] ?? 0) + (line[i] ?? 0) * f;
    }
    for (let tx = 0; tx < width; tx++) {
      const o = (ty * width + tx) * 4;
      out[o] = Math.round(sum[tx * 3] ?? 0);
      out[o + 1] = Math.round(sum[tx * 3 + 1] ?? 0);
      out[o + 2] = Math.round(sum[tx * 3 + 2] ?? 0);
      out[o + 3] = 255;
    }
  }
  return { width, height, data: out };
}

/**
 * A strip of the raster to weigh it by: `bands` evenly spaced horizontal bands stacked, `share` of
 * its height in all. A page's text and margins are spread over its height, so a few bands spread
 * over it compress about as the whole page does, in a fraction of the time.
 */
export function sample(src: Raster, bands = 6, share = 0.25): Raster {
  const bandHeight = Math.max(1, Math.floor((src.height * share) / bands));
  if (bandHeight * bands >= src.height) return src;
  const rowBytes = src.width * 4;
  const out = new Uint8Array(bandHeight * bands * rowBytes);
  for (let b = 0; b < bands; b++) {
    const top = Math.floor(((b + 0.5) * src.height) / bands - bandHeight / 2);
    out.set(
      src.data.subarray(top * rowBytes, (top + bandHeight) * rowBytes),
      b * bandHeight * rowBytes,
    );
  }
  return { width: src.width, height: bandHeight * bands, data: out };
}
