// Reading the user's files, one way for every command: a size cap per kind of file (a device such
// as /dev/zero or a runaway file must not eat the machine's memory), only regular files, text
// decoded by its byte-order mark (UTF-8, UTF-16 LE/BE) or by the shape of UTF-16 without one, and
// JSON errors named in one line. Every failure is a UsageError: one line, never a stack trace.
import { open, stat } from 'node:fs/promises';
import { UsageError } from './io';

export const MAX_BYTES = {
  /** A saved IRCC page is well under 2 MB; the largest real-world saved pages stay under 20 MB. */
  page: 25 * 1024 * 1024,
  /** An ITA letter PDF is a few hundred KB; scans of documents for `pack` are larger. */
  pdf: 50 * 1024 * 1024,
  /** A facts or profile file is a few KB. */
  json: 1024 * 1024,
  /** One scan or document for `pack`. */
  document: 100 * 1024 * 1024,
} as const;

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/** The bytes of a regular file of at most `maxBytes`; `label` names it in messages (`--facts`). */
export async function readBytes(path: string, maxBytes: number, label = ''): Promise<Uint8Array> {
  const prefix = label ? `${label}: ` : '';
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    if (!info.isFile())
      throw new UsageError(`${prefix}cannot read '${path}': it is not a regular file`);
    if (info.size > maxBytes) {
      throw new UsageError(
        `${prefix}cannot read '${path}': it is ${megabytes(info.size)}, more than the ${megabytes(maxBytes)} this command reads`,
      );
    }
    // Read at most maxBytes + 1 even if the file grows after stat.
    const handle = await open(path, 'r');
    try {
      const buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > maxBytes) {
          throw new UsageError(
            `${prefix}cannot read '${path}': it is more than the ${megabytes(maxBytes)} this command reads`,
          );
        }
        if (length === buffer.length) break;
      }
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const reason = REASONS[errorCode(error)] ?? 'it cannot be read';
    throw new UsageError(`${prefix}cannot read '${path}': ${reason}`);
  }
}

/** Which encoding a text file is in: its byte-order mark, else the pattern of zero bytes UTF-16 has. */
function encodingOf(bytes: Uint8Array): { encoding: string; skip: number } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', skip: 2 };
  // ASCII text saved as UTF-16 without a mark has a zero byte in every other position.
  const sample = bytes.subarray(0, 512);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = sample.length / 2;
  if (half >= 8 && oddZeros > half * 0.6 && evenZeros < half * 0.1)
    return { encoding: 'utf-16le', skip: 0 };
  if (half >= 8 && evenZeros > half * 0.6 && oddZeros < half * 0.1)
    return { encoding: 'utf-16be', skip: 0 };
  return { encoding: 'utf-8', skip: 0 };
}

/** Text from bytes in UTF-8 or UTF-16 (either byte order, with or without a mark). */
export function decodeText(bytes: Uint8Array): string {
  const { encoding, skip } = encodingOf(bytes);
  return new TextDecoder(encoding).decode(bytes.subarray(skip));
}

/** A JSON file of at most 1 MB, parsed; one line naming the file and the error otherwise. */
export async function readJson(path: string, label = ''): Promise<unknown> {
  const text = decodeText(await readBytes(path, MAX_BYTES.json, label));
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'invalid JSON';
    throw new UsageError(`${label ? `${label}: ` : ''}'${path}' is not valid JSON (${reason})`);
  }
}
