// The upload preparer's shapes: files in, one PDF out, or one reason nothing was produced.

export interface PackFile {
  /** The file's name, as the user knows it (messages name it). */
  name: string;
  bytes: Uint8Array;
}

export interface PackOptions {
  /** The largest PDF to produce, in bytes. */
  maxBytes: number;
  /**
   * The user accepted images below 150 dpi when nothing readable fits. Without it, a set that
   * cannot fit at 150 dpi produces nothing.
   */
  allowBelowMinimum?: boolean;
  /** Called between heavy steps, so a page can repaint (and show `progress`). */
  pause?: () => Promise<void>;
  progress?: (step: PackProgress) => void;
}

export interface PackProgress {
  /** Images prepared so far, of `total`. */
  done: number;
  total: number;
}

/** Pages `from` to `to` of the combined set, counted from 1. */
export interface PageRange {
  from: number;
  to: number;
}

export type PackError =
  | { code: 'no-files' }
  | { code: 'too-many-pages'; pages: number; max: number }
  /** Not a JPG, PNG or PDF. */
  | { code: 'unsupported'; file: string }
  /** Looks like one, but cannot be read (damaged, or a PDF without pages). */
  | { code: 'unreadable'; file: string }
  /** A PDF protected by a password or encryption. */
  | { code: 'encrypted'; file: string }
  /**
   * Even at the lowest quality allowed the PDF is `smallest` bytes. `parts` groups the pages into
   * files that each fit; `canGoLower` says whether accepting images below 150 dpi could help.
   */
  | {
      code: 'too-big';
      smallest: number;
      maxBytes: number;
      parts: PageRange[];
      canGoLower: boolean;
    };

export type PackErrorCode = PackError['code'];

/** How the images were written: as they came, or re-encoded at a resolution and JPEG quality. */
export type PackQuality = { kind: 'original' } | { kind: 'reencoded'; dpi: number; jpeg: number };

export interface PackedPdf {
  pdf: Uint8Array;
  pages: number;
  quality: PackQuality;
  /** Images below 150 dpi on the page width: from the source itself, or because the user accepted it. */
  lowResolution: { page: number; file: string; dpi: number }[];
}

export type PackResult = ({ ok: true } & PackedPdf) | { ok: false; error: PackError };
