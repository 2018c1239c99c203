// The upload preparer in Node, on scans the test makes: one PDF of at most the limit, every page
// kept and in order, images at 150 dpi or more on the page's width; and nothing made, with a reason,
// for an encrypted PDF, a file that cannot be read, or a set that cannot fit.
import { beforeAll, describe, expect, it } from 'vitest';
import { encode as encodePng } from 'fast-png';
import jpeg from 'jpeg-js';
import { DEFAULT_MAX_BYTES, MIN_DPI, pack, type PackFile, type PackResult } from '@/lib/pack';
import { pdfImages } from '../../support/pdf-images';
import { encryptedPdf, scanJpeg, scanPixels, scannedPdf } from '../../support/scans';

const SLOW = 240_000;

function ok(result: PackResult): Extract<PackResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a PDF, got the error ${JSON.stringify(result.error)}`);
  return result;
}

function failed(result: PackResult) {
  if (result.ok) throw new Error(`expected no PDF, got one of ${result.pdf.length} bytes`);
  return result.error;
}

/** Three A4 scans at 300 dpi with grain, made once: more than 12 MB together. */
let scans: PackFile[] = [];
/** Two smaller scans (1,300 px wide), for the cases that need no heavy work. */
let small: PackFile[] = [];

beforeAll(() => {
  scans = [11, 12, 13].map((seed, i) => ({ name: `page-${i + 1}.jpg`, bytes: scanJpeg({ seed }) }));
  small = [21, 22].map((seed, i) => ({
    name: `small-${i + 1}.jpg`,
    bytes: scanJpeg({ seed, width: 1300, height: 1838 }),
  }));
}, SLOW);

describe('high-resolution scans over 12 MB', () => {
  it(
    'become one PDF of at most 4 MB, pages in order, every image at 150 dpi or more',
    async () => {
      const total = scans.reduce((sum, f) => sum + f.bytes.length, 0);
      expect(total, 'the test scans must weigh more than 12 MB').toBeGreaterThan(12_000_000);
      const result = ok(await pack(scans, { maxBytes: DEFAULT_MAX_BYTES }));
      expect(result.pdf.length, 'the PDF must fit the 4 MB limit').toBeLessThanOrEqual(4_000_000);
      expect(result.quality.kind, 'too big as they are: re-encoded').toBe('reencoded');
      const read = await pdfImages(result.pdf);
      expect(read.pages, 'one page per scan').toBe(3);
      expect(result.pages).toBe(3);
      expect(
        read.images.map((i) => i.page),
        'one image per page, in order',
      ).toEqual([1, 2, 3]);
      for (const image of read.images) {
        expect(
          image.dpi,
          `page ${image.page}: ${image.width} px over ${image.pageWidth} pt`,
        ).toBeGreaterThanOrEqual(MIN_DPI);
        expect(image.pageHeight / image.pageWidth, 'the A4 shape is kept').toBeCloseTo(
          3508 / 2480,
          2,
        );
      }
      expect(result.lowResolution).toEqual([]);
    },
    SLOW,
  );

  it(
    'a scanned PDF among them is shrunk too, its pages kept where they were',
    async () => {
      const [first, second, third] = scans;
      if (!first || !second || !third) throw new Error('scans not made');
      const pdf = await scannedPdf([second.bytes, third.bytes]);
      const files = [first, { name: 'scanner.pdf', bytes: pdf }];
      const result = ok(await pack(files, { maxBytes: DEFAULT_MAX_BYTES }));
      expect(result.pdf.length).toBeLessThanOrEqual(4_000_000);
      const read = await pdfImages(result.pdf);
      expect(read.pages).toBe(3);
      expect(read.images.map((i) => i.page)).toEqual([1, 2, 3]);
      for (const image of read.images) expect(image.dpi).toBeGreaterThanOrEqual(MIN_DPI);
    },
    SLOW,
  );
});

describe('files that fit already', () => {
  it('go in as they are: the JPEG in the PDF is the file itself', async () => {
    const result = ok(await pack(small, { maxBytes: DEFAULT_MAX_BYTES }));
    expect(result.quality).toEqual({ kind: 'original' });
    const read = await pdfImages(result.pdf);
    expect(read.images.map((i) => i.bytes.length)).toEqual(small.map((f) => f.bytes.length));
  });

  it('a PNG goes in as it is (lossless)', async () => {
    const data = new Uint8Array(40 * 20 * 4).fill(200);
    const png = encodePng({ width: 40, height: 20, data, channels: 4, depth: 8 });
    const result = ok(
      await pack([{ name: 'stamp.png', bytes: png }], { maxBytes: DEFAULT_MAX_BYTES }),
    );
    const [image] = (await pdfImages(result.pdf)).images;
    expect(image?.filter).toBe('FlateDecode');
    expect(result.lowResolution, 'a 40 px wide image is far below 150 dpi').toEqual([
      { page: 1, file: 'stamp.png', dpi: 4 },
    ]);
  });

  it('a phone photo stored sideways (EXIF orientation 6) is turned upright', async () => {
    // Stored 60 × 30 (landscape); orientation 6 says "turn 90° clockwise to show".
    const exif = Uint8Array.from([
      // "Exif\0\0", then a big-endian TIFF header and one IFD entry: tag 274 = 6.
      0x45, 0x78, 0x69, 0x66, 0x00, 0x00, 0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0x00,
      0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00,
      0x00, 0x00,
    ]);
    const image = { ...scanPixels({ seed: 3, width: 60, height: 30 }), exifBuffer: exif };
    const bytes = new Uint8Array(jpeg.encode(image, 90).data);
    const result = ok(await pack([{ name: 'phone.jpg', bytes }], { maxBytes: DEFAULT_MAX_BYTES }));
    const [placed] = (await pdfImages(result.pdf)).images;
    expect(placed?.width, 'shown 30 px wide').toBe(30);
    expect(placed?.height).toBe(60);
    expect(placed && placed.pageHeight > placed.pageWidth, 'a portrait page').toBe(true);
  });
});

describe('nothing is made, with a reason the user can act on', () => {
  it('an encrypted PDF', async () => {
    const files = [...small, { name: 'police-certificate.pdf', bytes: await encryptedPdf() }];
    expect(failed(await pack(files, { maxBytes: DEFAULT_MAX_BYTES }))).toEqual({
      code: 'encrypted',
      file: 'police-certificate.pdf',
    });
  });

  it.each([
    [
      'a Word document',
      'letter.docx',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]),
      'unsupported',
    ],
    ['an empty file', 'empty.jpg', new Uint8Array(0), 'unsupported'],
    ['a JPEG cut short', 'cut.jpg', 'cut-jpeg', 'unreadable'],
    ['a PNG with a broken body', 'broken.png', 'broken-png', 'unreadable'],
    [
      'a PDF header and nothing else',
      'nothing.pdf',
      new TextEncoder().encode('%PDF-1.7\n%%EOF\n'),
      'unreadable',
    ],
  ])('%s', async (_, name, content, code) => {
    const bytes =
      content === 'cut-jpeg'
        ? (small[0]?.bytes.subarray(0, 4000) ?? new Uint8Array())
        : content === 'broken-png'
          ? Uint8Array.from([
              ...encodePng({ width: 8, height: 8, data: new Uint8Array(256) }).subarray(0, 40),
              1,
              2,
              3,
            ])
          : typeof content === 'string'
            ? new Uint8Array()
            : content;
    // A limit so small that each image must be decoded: a file that cannot be is found.
    const error = failed(await pack([...small, { name, bytes }], { maxBytes: 200_000 }));
    expect(error, `${name} must be named as the file that failed`).toEqual({ code, file: name });
  });

  it('no files at all', async () => {
    expect(failed(await pack([], { maxBytes: DEFAULT_MAX_BYTES }))).toEqual({ code: 'no-files' });
  });

  it(
    'a set that cannot fit at 150 dpi: by how much, and how to split it',
    async () => {
      const error = failed(await pack(small, { maxBytes: 500_000 }));
      expect(error.code).toBe('too-big');
      if (error.code !== 'too-big') return;
      expect(error.smallest, 'the smallest readable PDF is over the limit').toBeGreaterThan(
        500_000,
      );
      expect(error.maxBytes).toBe(500_000);
      expect(error.parts, 'one page per file fits').toEqual([
        { from: 1, to: 1 },
        { from: 2, to: 2 },
      ]);
      expect(error.canGoLower).toBe(true);
    },
    SLOW,
  );

  it(
    'accepted below 150 dpi, the same set fits, and the pages below are named',
    async () => {
      const result = ok(await pack(small, { maxBytes: 500_000, allowBelowMinimum: true }));
      expect(result.pdf.length).toBeLessThanOrEqual(500_000);
      expect(result.quality).toMatchObject({ kind: 'reencoded' });
      expect(result.lowResolution.map((l) => l.page)).toEqual([1, 2]);
      for (const low of result.lowResolution) expect(low.dpi).toBeLessThan(MIN_DPI);
    },
    SLOW,
  );
});
