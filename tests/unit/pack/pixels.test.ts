// The pixel work under the preparer: turning by EXIF orientation, shrinking by area averaging,
// PNG transparency over white paper, and which pages go together when a set must be split.
import { describe, expect, it } from 'vitest';
import { encode as encodePng } from 'fast-png';
import { decodePngRaster } from '@/lib/pack/images';
import { orient, sample, shrink, type Raster } from '@/lib/pack/raster';
import { splitPages } from '@/lib/pack/split';

/** A raster whose red channel numbers the pixels 1, 2, 3 … row by row. */
function numbered(width: number, height: number): Raster {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([i + 1, 0, 0, 255], i * 4);
  return { width, height, data };
}
const reds = (r: Raster) => Array.from({ length: r.width * r.height }, (_, i) => r.data[i * 4]);

describe('orient', () => {
  // 3 × 2:  1 2 3
  //         4 5 6
  it.each([
    [1, 3, [1, 2, 3, 4, 5, 6]],
    [2, 3, [3, 2, 1, 6, 5, 4]],
    [3, 3, [6, 5, 4, 3, 2, 1]],
    [4, 3, [4, 5, 6, 1, 2, 3]],
    [5, 2, [1, 4, 2, 5, 3, 6]],
    [6, 2, [4, 1, 5, 2, 6, 3]],
    [7, 2, [6, 3, 5, 2, 4, 1]],
    [8, 2, [3, 6, 2, 5, 1, 4]],
  ])('orientation %i → %i wide, pixels %j', (orientation, width, expected) => {
    const out = orient(numbered(3, 2), orientation);
    expect(out.width).toBe(width);
    expect(reds(out), `EXIF orientation ${orientation} as TIFF 6.0 defines it`).toEqual(expected);
  });
});

describe('shrink', () => {
  it('averages every source pixel it covers', () => {
    // 4 × 2 → 2 × 1: each target pixel is the mean of a 2 × 2 block.
    const src = numbered(4, 2);
    for (let i = 0; i < 8; i++) src.data[i * 4] = (i + 1) * 10;
    const out = shrink(src, 2);
    expect([out.width, out.height]).toEqual([2, 1]);
    expect(reds(out)).toEqual([(10 + 20 + 50 + 60) / 4, (30 + 40 + 70 + 80) / 4]);
  });

  it('weighs partly covered pixels by how much is covered', () => {
    // 3 → 2 across: target 0 covers pixel 0 and half of pixel 1.
    const out = shrink(
      { width: 3, height: 1, data: Uint8Array.from([0, 0, 0, 255, 90, 0, 0, 255, 180, 0, 0, 255]) },
      2,
    );
    expect(reds(out)).toEqual([30, 150]);
  });

  it('never enlarges', () => {
    const src = numbered(3, 2);
    expect(shrink(src, 10)).toBe(src);
  });

  it('a sample is bands of the raster, of the share asked', () => {
    const out = sample(numbered(2, 100), 4, 0.2);
    expect([out.width, out.height]).toEqual([2, 20]);
  });
});

describe('PNG pixels', () => {
  it('transparent parts become white paper, opaque ones keep their colour', () => {
    const data = Uint8Array.from([200, 0, 0, 0, 200, 0, 0, 255]);
    const raster = decodePngRaster(encodePng({ width: 2, height: 1, data, channels: 4, depth: 8 }));
    expect(Array.from(raster.data)).toEqual([255, 255, 255, 255, 200, 0, 0, 255]);
  });

  it('grey at 16 bits a sample reads as 0–255', () => {
    const data = Uint16Array.from([0, 65535, 32768, 256]);
    const raster = decodePngRaster(
      encodePng({ width: 4, height: 1, data, channels: 1, depth: 16 }),
    );
    expect(reds(raster)).toEqual([0, 255, 128, 1]);
  });
});

describe('splitPages', () => {
  it.each([
    [
      [100, 100, 100, 100],
      250,
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      [300, 50, 50],
      250,
      [
        [1, 1],
        [2, 3],
      ],
    ],
    [[100, 100, 100], 1000, [[1, 3]]],
  ])('%j under %i → %j', (weights, limit, expected) => {
    expect(splitPages(weights, limit).map((p) => [p.from, p.to])).toEqual(expected);
  });
});
