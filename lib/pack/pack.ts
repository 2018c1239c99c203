// The upload preparer: files in, one PDF of at most `maxBytes` out, pages in the user's order.
// The files go in as they are when they fit. Otherwise every image is re-encoded at the largest
// resolution and JPEG quality that fit, searched down a ladder, and never below 150 dpi on the
// page's width (1,241 px across an A4 page) unless the user accepted it: small print must stay
// readable for the officer. Nothing is produced when nothing readable fits; the error says by how
// much and how to split the pages.
import { assemble, type Encoded } from './assemble';
import { encodeJpeg, ownBytes } from './images';
import { sample, shrink, type Raster } from './raster';
import { openAll, PackFailure, type Opened, type Picture } from './sources';
import { splitPages } from './split';
import type { PackFile, PackOptions, PackQuality, PackResult, PackedPdf } from './types';

/** IRCC's limit for one upload is 4 MB; counted as 4,000,000 bytes, the stricter reading. */
export const DEFAULT_MAX_BYTES = 4_000_000;
/** The least resolution on the page's width that keeps small print readable. */
export const MIN_DPI = 150;
/** Pages one PDF may hold here (the page's memory, not an IRCC rule). */
export const MAX_PAGES = 200;

interface Step {
  dpi: number;
  jpeg: number;
}

/** Best first: resolution goes down before quality does, until 200 dpi; then both, to 150 dpi. */
const LADDER: readonly Step[] = [
  { dpi: 300, jpeg: 85 },
  { dpi: 300, jpeg: 75 },
  { dpi: 250, jpeg: 75 },
  { dpi: 200, jpeg: 75 },
  { dpi: 200, jpeg: 65 },
  { dpi: 175, jpeg: 65 },
  { dpi: MIN_DPI, jpeg: 65 },
  { dpi: MIN_DPI, jpeg: 55 },
  { dpi: MIN_DPI, jpeg: 45 },
];
/** Only when the user accepted images below 150 dpi. */
const BELOW_MINIMUM: readonly Step[] = [
  { dpi: 125, jpeg: 50 },
  { dpi: 100, jpeg: 45 },
];
/** Steps tried above one that fits, at most (each costs an encoding of every image). */
const MAX_CLIMBS = 2;
/** Decoded images kept in memory between steps, in pixels (4 bytes each); beyond, decoded again. */
const KEEP_PIXELS = 50_000_000;

/** The width in pixels of `picture` at `dpi` on its page: never more than it has. */
function widthAt(picture: Picture, dpi: number): number {
  return Math.min(picture.width, Math.ceil(dpi * picture.pageInches));
}

const pixelsAt = (picture: Picture, dpi: number): number => {
  const width = widthAt(picture, dpi);
  return width * Math.max(1, Math.round((picture.height * width) / picture.width));
};

/** Each picture at 150 dpi, a strip of it to weigh JPEG qualities by, and what is known so far. */
interface Prepared {
  floor: Raster;
  sample: Raster;
  /** JPEG bytes per pixel of the sample, per quality. */
  weight: Map<number, number>;
  /** The floor raster encoded, per quality. */
  atFloor: Map<number, Encoded>;
}

class Workbench {
  private readonly kept = new Map<number, Raster>();
  private keptPixels = 0;
  readonly prepared: Prepared[] = [];

  constructor(
    private readonly opened: Opened,
    private readonly options: PackOptions,
  ) {}

  private raster(index: number, picture: Picture): Raster {
    const kept = this.kept.get(index);
    if (kept) return kept;
    const raster = picture.decode();
    const pixels = raster.width * raster.height;
    if (this.keptPixels + pixels <= KEEP_PIXELS) {
      this.kept.set(index, raster);
      this.keptPixels += pixels;
    }
    return raster;
  }

  private async tick(done: number): Promise<void> {
    this.options.progress?.({ done, total: this.opened.pictures.length });
    await this.options.pause?.();
  }

  /** Decodes each picture once, and keeps it at 150 dpi with a strip to weigh it by. */
  async prepare(): Promise<void> {
    for (const [index, picture] of this.opened.pictures.entries()) {
      await this.tick(index);
      const floor = shrink(this.raster(index, picture), widthAt(picture, MIN_DPI));
      this.prepared.push({ floor, sample: sample(floor), weight: new Map(), atFloor: new Map() });
    }
    await this.tick(this.opened.pictures.length);
  }

  /** Predicted JPEG bytes of all pictures at `step`, from their strips' bytes per pixel. */
  predict(step: Step): number {
    return this.opened.pictures.reduce((total, picture, i) => {
      const p = this.prepared[i];
      if (!p) return total;
      let weight = p.weight.get(step.jpeg);
      if (weight === undefined) {
        weight = encodeJpeg(p.sample, step.jpeg).length / (p.sample.width * p.sample.height);
        p.weight.set(step.jpeg, weight);
      }
      return total + weight * pixelsAt(picture, step.dpi);
    }, 0);
  }

  async encode(step: Step): Promise<Encoded[]> {
    const out: Encoded[] = [];
    for (const [index, picture] of this.opened.pictures.entries()) {
      await this.tick(index);
      const p = this.prepared[index];
      const width = widthAt(picture, step.dpi);
      if (p && width === p.floor.width) {
        const known = p.atFloor.get(step.jpeg);
        const encoded = known ?? { jpeg: encodeJpeg(p.floor, step.jpeg), ...size(p.floor) };
        p.atFloor.set(step.jpeg, encoded);
        out.push(encoded);
        continue;
      }
      const raster = shrink(
        p && width < p.floor.width ? p.floor : this.raster(index, picture),
        width,
      );
      out.push({ jpeg: encodeJpeg(raster, step.jpeg), ...size(raster) });
    }
    await this.tick(this.opened.pictures.length);
    return out;
  }
}

const size = (r: { width: number; height: number }) => ({ width: r.width, height: r.height });

/** Pages whose image is below 150 dpi: scanned that way, or made so because the user accepted it. */
function lowResolution(
  opened: Opened,
  chosen: readonly (Encoded | null)[],
): PackedPdf['lowResolution'] {
  const out: PackedPdf['lowResolution'] = [];
  opened.pictures.forEach((picture, i) => {
    const width = chosen[i]?.width ?? picture.width;
    const dpi = width / picture.pageInches;
    const shrunk = width < picture.width;
    // A small image inside a PDF page (a logo, a stamp) is not a low-resolution scan.
    const wholePage = picture.ref === undefined;
    if (dpi < MIN_DPI && (wholePage || shrunk)) {
      out.push({ page: picture.pages[0] ?? 0, file: picture.file, dpi: Math.floor(dpi) });
    }
  });
  return out;
}

function packed(
  opened: Opened,
  pdf: Uint8Array,
  chosen: readonly (Encoded | null)[],
  quality: PackQuality,
): PackResult {
  return {
    ok: true,
    pdf,
    pages: opened.pageCount,
    quality,
    lowResolution: lowResolution(opened, chosen),
  };
}

/** As they are: only when no image must be turned, and the files are about small enough. */
async function asTheyAre(opened: Opened, maxBytes: number): Promise<PackResult | null> {
  const total = opened.sources.reduce((sum, s) => sum + s.file.bytes.length, 0);
  const turned = opened.sources.some((s) => s.kind === 'jpeg' && s.orientation !== 1);
  if (turned || total > maxBytes * 1.1) return null;
  const chosen = opened.pictures.map(() => null);
  try {
    const pdf = await assemble(opened, chosen);
    return pdf.length <= maxBytes ? packed(opened, pdf, chosen, { kind: 'original' }) : null;
  } catch {
    // An image pdf-lib cannot embed as it is (an unusual PNG) is re-encoded below instead.
    return null;
  }
}

/** A JPEG of one white pixel: stands for every image when weighing the rest of the PDF. */
const PLACEHOLDER = encodeJpeg(
  { width: 1, height: 1, data: new Uint8Array([255, 255, 255, 255]) },
  50,
);

async function run(files: readonly PackFile[], options: PackOptions): Promise<PackResult> {
  if (files.length === 0) throw new PackFailure({ code: 'no-files' });
  const opened = await openAll(files.map((f) => ({ name: f.name, bytes: ownBytes(f.bytes) })));
  if (opened.pageCount > MAX_PAGES) {
    throw new PackFailure({ code: 'too-many-pages', pages: opened.pageCount, max: MAX_PAGES });
  }
  const { maxBytes } = options;
  const original = await asTheyAre(opened, maxBytes);
  if (original) return original;

  const bench = new Workbench(opened, options);
  await bench.prepare();
  // What the PDF weighs beyond its images: pages, and a PDF's own text and drawings.
  const placeholders = opened.pictures.map(() => ({ jpeg: PLACEHOLDER, width: 1, height: 1 }));
  const overhead =
    (await assemble(opened, placeholders)).length - PLACEHOLDER.length * placeholders.length;

  /**
   * Down the steps: each one predicted to fit is made and weighed; the last is always made, so the
   * smallest size is known exactly. A miss scales the next predictions by how far off it was.
   * Predictions from a strip at 150 dpi are rough, so once a step fits, the better steps just above
   * it are predicted again from what that step really weighed, and made while they fit too.
   */
  const descend = async (steps: readonly Step[]) => {
    let correction = 1;
    let smallest = Number.POSITIVE_INFINITY;
    let lastChosen: Encoded[] = [];
    for (const [i, step] of steps.entries()) {
      const images = bench.predict(step) * correction;
      if (overhead + images > maxBytes && i < steps.length - 1) continue;
      const chosen = await bench.encode(step);
      const pdf = await assemble(opened, chosen);
      if (pdf.length <= maxBytes) {
        const best = await climb(steps, i, { pdf, chosen, step });
        return { found: best, smallest: pdf.length, chosen };
      }
      smallest = pdf.length;
      lastChosen = chosen;
      correction = Math.max(correction, (pdf.length - overhead) / Math.max(1, images));
    }
    return { found: null, smallest, chosen: lastChosen };
  };

  type Made = { pdf: Uint8Array; chosen: Encoded[]; step: Step };
  const climb = async (steps: readonly Step[], from: number, made: Made): Promise<Made> => {
    let best = made;
    for (let i = from - 1, tries = 0; i >= 0 && tries < MAX_CLIMBS; i--, tries++) {
      const step = steps[i];
      if (!step) break;
      const scale = bench.predict(step) / Math.max(1, bench.predict(best.step));
      if (overhead + (best.pdf.length - overhead) * scale > maxBytes) break;
      const chosen = await bench.encode(step);
      const pdf = await assemble(opened, chosen);
      if (pdf.length > maxBytes) break;
      best = { pdf, chosen, step };
    }
    return best;
  };

  const readable = await descend(LADDER);
  if (readable.found) {
    const { pdf, chosen, step } = readable.found;
    return packed(opened, pdf, chosen, { kind: 'reencoded', ...step });
  }
  const lowest = BELOW_MINIMUM.at(-1)?.dpi ?? MIN_DPI;
  const canGoLower = opened.pictures.some((p) => widthAt(p, lowest) < p.width);
  if (!options.allowBelowMinimum || !canGoLower) {
    throw tooBig(opened, readable.chosen, readable.smallest, overhead, maxBytes, canGoLower);
  }
  const below = await descend(BELOW_MINIMUM);
  if (below.found) {
    const { pdf, chosen, step } = below.found;
    return packed(opened, pdf, chosen, { kind: 'reencoded', ...step });
  }
  throw tooBig(opened, below.chosen, below.smallest, overhead, maxBytes, false);
}

function tooBig(
  opened: Opened,
  chosen: readonly Encoded[],
  smallest: number,
  overhead: number,
  maxBytes: number,
  canGoLower: boolean,
): PackFailure {
  // Each page's weight at the floor: its images, and an equal share of everything else.
  const pageBytes = new Array<number>(opened.pageCount).fill(
    Math.max(0, overhead) / opened.pageCount,
  );
  opened.pictures.forEach((picture, i) => {
    const first = picture.pages[0];
    const jpeg = chosen[i]?.jpeg.length ?? 0;
    if (first !== undefined) pageBytes[first - 1] = (pageBytes[first - 1] ?? 0) + jpeg;
  });
  // A little room under the limit for each file's own structure.
  const parts = splitPages(pageBytes, maxBytes * 0.95);
  return new PackFailure({ code: 'too-big', smallest, maxBytes, parts, canGoLower });
}

/** One PDF from the files, or the reason none was made. Never throws for the user's files. */
export async function pack(files: readonly PackFile[], options: PackOptions): Promise<PackResult> {
  try {
    return await run(files, options);
  } catch (error) {
    if (error instanceof PackFailure) return { ok: false, error: error.error };
    throw error;
  }
}
