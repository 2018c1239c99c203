// The letters the end-to-end tests expect the popup to show: ours (tests/e2e/pages/letters.json) and
// every reader fixture whose expected reading is an ITA letter, complete or not.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as z from 'zod';
import { LETTER_PATH } from './network';
import { E2E_PAGES_DIR, READER_FIXTURES_DIR, ROOT } from './paths';

const points = z.number().int().min(0).max(1200);

const letterSchema = z.object({
  name: z.string(),
  /** Relative to the repository root. */
  file: z.string(),
  path: z.string().startsWith('/'),
  /** null: the page does not state it, and the popup must not show a number for it. */
  total: points.nullable(),
  deadline: z.iso.datetime().nullable(),
  rows: z.record(z.string(), points),
  /** Dotted names the popup must list under `missing` (none: no `missing` section at all). */
  missing: z.array(z.string()),
  /** How many problems the popup must list under `problems`. */
  problems: z.number().int().min(0),
});
export type LetterCase = z.infer<typeof letterSchema> & {
  absoluteFile: string;
  /** Written for these tests (no external resources): any request to the network is the extension's. */
  selfContained: boolean;
};

const lettersFileSchema = z.object({ letters: z.array(letterSchema).min(1) });

// Only what the popup shows is checked here; the reader's own tests check the rest.
const expectedReadingSchema = z.object({
  kind: z.string(),
  invitation: z.object({ deadline: z.string().nullable() }),
  crs: z.object({ total: points.nullable(), rows: z.record(z.string(), points) }),
  missing: z.array(z.string()),
  problems: z.array(z.unknown()),
});

export function letterCases(): LetterCase[] {
  const ours = lettersFileSchema.parse(
    JSON.parse(readFileSync(join(E2E_PAGES_DIR, 'letters.json'), 'utf8')),
  ).letters;
  return [
    ...ours.map((letter) => ({ ...letter, selfContained: true })),
    ...readerFixtureLetters().map((letter) => ({ ...letter, selfContained: false })),
  ].map((letter) => ({ ...letter, absoluteFile: join(ROOT, letter.file) }));
}

function readerFixtureLetters(): z.infer<typeof letterSchema>[] {
  if (!existsSync(READER_FIXTURES_DIR)) return [];
  const letters: z.infer<typeof letterSchema>[] = [];
  for (const name of readdirSync(READER_FIXTURES_DIR).sort()) {
    if (!name.endsWith('.expected.json')) continue;
    const html = join(READER_FIXTURES_DIR, name.replace(/\.expected\.json$/, '.html'));
    if (!existsSync(html)) continue;
    const parsed = expectedReadingSchema.safeParse(
      JSON.parse(readFileSync(join(READER_FIXTURES_DIR, name), 'utf8')),
    );
    if (!parsed.success) {
      throw new Error(`${name}: not a reading the e2e tests understand: ${parsed.error.message}`);
    }
    const { kind, invitation, crs, missing, problems } = parsed.data;
    if (kind !== 'ita-letter') continue;
    letters.push({
      name: `reader fixture ${name.replace(/\.expected\.json$/, '')}`,
      file: relative(ROOT, html),
      path: LETTER_PATH,
      total: crs.total,
      deadline: invitation.deadline,
      rows: crs.rows,
      missing,
      problems: problems.length,
    });
  }
  return letters;
}

/** Every reader fixture (tests/fixtures/pages/*.html) with its expected reading, whatever its kind. */
export function readerFixtures(): { name: string; file: string; expected: unknown }[] {
  if (!existsSync(READER_FIXTURES_DIR)) return [];
  return readdirSync(READER_FIXTURES_DIR)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((html) => {
      const name = html.replace(/\.html$/, '');
      const expected: unknown = JSON.parse(
        readFileSync(join(READER_FIXTURES_DIR, `${name}.expected.json`), 'utf8'),
      );
      return { name, file: join(READER_FIXTURES_DIR, html), expected };
    });
}

/** Pages on the portal that hold nothing to read: ours, and every reader fixture of kind `unknown`. */
export function unrelatedPages(): { name: string; file: string }[] {
  const ours = { name: 'a help page', file: join(E2E_PAGES_DIR, 'portal-unrelated.html') };
  if (!existsSync(READER_FIXTURES_DIR)) return [ours];
  const fixtures = readdirSync(READER_FIXTURES_DIR)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .filter((name) => {
      const kind = z
        .object({ kind: z.string() })
        .safeParse(JSON.parse(readFileSync(join(READER_FIXTURES_DIR, name), 'utf8')));
      return kind.success && kind.data.kind === 'unknown';
    })
    .map((name) => name.replace(/\.expected\.json$/, ''))
    .filter((base) => existsSync(join(READER_FIXTURES_DIR, `${base}.html`)))
    .map((base) => ({
      name: `reader fixture ${base}`,
      file: join(READER_FIXTURES_DIR, `${base}.html`),
    }));
  return [ours, ...fixtures];
}

/** `2019-09-09T00:00:00Z` → `2019-09-09 00:00 UTC`, the form the popup shows (lib/time formatUtc). */
export function utcLabel(instant: string): string {
  return `${new Date(Date.parse(instant)).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * A whole number standing alone in a text (so 0 does not match inside 110), written with or without
 * a thousands separator (`1,071`, `1 071` with a narrow or plain no-break space).
 */
export function standalone(value: number): RegExp {
  const grouped = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '[,\\s\u00a0\u202f]?');
  return new RegExp(`(^|[^0-9])${grouped}([^0-9]|$)`);
}
