// `ita-ready pack <file>... --out out.pdf [--max-mb 4] [--accept-low-resolution] [--json]`: the
// scans and PDFs of one checklist item in one PDF of at most the upload limit, made on this machine
// with the same engine as the extension's page. Exit 0 when written; 1 with one line otherwise
// (nothing is written then).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { documentsEn as t } from '../lib/i18n/documents-en';
import { DEFAULT_MAX_BYTES, MAX_PAGES, pack, type PackFile } from '../lib/pack';
import { HELP, numberOption, parseCommand } from './args';
import { MAX_BYTES, readBytes } from './input';
import { UsageError, type Io } from './io';
import { messageOf } from '../lib/error-message';

const USAGE =
  'usage: ita-ready pack <file>... --out out.pdf [--max-mb 4] [--accept-low-resolution] [--json]';

const COMMAND = {
  usage: USAGE,
  options: {
    ...HELP,
    out: { type: 'string' },
    'max-mb': { type: 'string' },
    'accept-low-resolution': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: MAX_PAGES, name: 'files to combine' },
} as const;

export async function runPack(args: string[], io: Io): Promise<number> {
  const { values, positionals, help } = parseCommand(args, COMMAND);
  if (help || positionals.length === 0) {
    io.out(USAGE);
    return 0;
  }
  const out = values.out;
  if (out === undefined || out === '') {
    throw new UsageError(`--out: name the PDF to write (for example --out passport.pdf). ${USAGE}`);
  }
  if (positionals.some((file) => resolve(file) === resolve(out))) {
    throw new UsageError(`--out: '${out}' is one of the files to combine; choose another name`);
  }
  const megabytes = numberOption('--max-mb', values['max-mb'], {
    min: 0.5,
    max: 100,
    what: 'a size in MB',
    decimals: true,
  });
  const maxBytes = megabytes === undefined ? DEFAULT_MAX_BYTES : Math.round(megabytes * 1_000_000);
  const files: PackFile[] = [];
  for (const path of positionals) {
    files.push({ name: path, bytes: await readBytes(path, MAX_BYTES.document) });
  }
  const result = await pack(files, {
    maxBytes,
    allowBelowMinimum: values['accept-low-resolution'] === true,
  });
  if (!result.ok) {
    const lower =
      result.error.code === 'too-big' && result.error.canGoLower
        ? ' Or accept images below 150 dpi with --accept-low-resolution.'
        : '';
    throw new UsageError(`${t.pack.error(result.error)}${lower}`);
  }
  try {
    await writeFile(out, result.pdf);
  } catch (error) {
    const reason = messageOf(error).split('\n')[0];
    throw new UsageError(`--out: cannot write '${out}': ${reason}`);
  }
  if (values.json) {
    io.out(JSON.stringify({ out, bytes: result.pdf.length, pages: result.pages }, null, 2));
    return 0;
  }
  const lines = [
    `Wrote ${out}: ${t.pack.summary({ bytes: result.pdf.length, pages: result.pages })}.`,
    t.pack.quality(result.quality),
    ...result.lowResolution.map((low) => `Warning: ${t.pack.lowResolution(low)}`),
  ];
  io.out(lines.join('\n'));
  return 0;
}
