// The file "Export all my data" writes and "Import" reads back: everything the user entered and
// everything the extension read, with a format version so older files can be migrated forward.
import * as z from 'zod/mini';
import { factsSchema } from '../facts';
import { readingsStateSchema } from './state';
import { settingsSchema } from './settings';

export const EXPORT_FORMAT = 'ita-ready-export';
export const EXPORT_VERSION = 1;

export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  facts: factsSchema,
  settings: settingsSchema,
  readings: readingsStateSchema,
});
export type ExportFile = z.infer<typeof exportFileSchema>;

/** Plain words for why a file cannot be imported (the first thing wrong, with its place). */
export function parseExportFile(
  input: unknown,
): { ok: true; file: ExportFile } | { ok: false; error: string } {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, error: 'This is not an ITA Ready export file (it is not a JSON object).' };
  if (!('format' in input) || input.format !== EXPORT_FORMAT)
    return {
      ok: false,
      error: 'This is not an ITA Ready export file (no "format": "ita-ready-export").',
    };
  if (!('version' in input) || input.version !== EXPORT_VERSION)
    return {
      ok: false,
      error: `This export file's version is not one this version of ITA Ready reads (expected ${EXPORT_VERSION}).`,
    };
  const parsed = exportFileSchema.safeParse(input);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue ? issue.path.map(String).join('.') : '';
  return {
    ok: false,
    error: `The file cannot be imported: ${where ? `${where}: ` : ''}${issue?.message ?? 'invalid content'}. Nothing was changed.`,
  };
}
