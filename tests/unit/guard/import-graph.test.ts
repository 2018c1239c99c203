// The guard's import graph stays free of what would make it too big: Preact, zod, WXT's storage and
// UI helpers, the full translations. Followed from source, so a failure names the file that brought
// the import in. The guard is its own script (entrypoints/guard, injected by the background on the
// letter page), and the content script (30 KB budget) must not bring it, or the page structure, in.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runtimeImports } from '../../../scripts/import-graph.mjs';

const ENTRY = 'entrypoints/guard/index.ts';
const CONTENT = join(ROOT, 'entrypoints/content');

/** Package imports that must never reach the guard's script, and why. */
const FORBIDDEN: readonly [RegExp, string][] = [
  [/^preact(\/|$)/, 'Preact (13 KB): draw with plain DOM calls'],
  [/^zod(\/|$)/, 'zod: check stored values by hand (lib/view/guard-state.ts)'],
  [/^wxt\/utils\/content-script-ui\//, "WXT's UI helpers (18 KB): use a plain shadow root"],
  [/^wxt\/utils\/storage$|^@wxt-dev\/storage$/, "WXT's storage helper: read browser.storage.local"],
  [/^@\/utils\/storage$/, 'utils/storage.ts brings zod and WXT storage'],
  [
    /(^|\/)i18n(\/index)?$|(^|\/)(en|fr|options-[a-z]+|background(-[a-z]+)?)$/,
    'the full translations: import lib/i18n/guard and lib/i18n/language only',
  ],
  [/^@\/lib\/schema\//, 'lib/schema builds zod schemas: check stored values by hand'],
];

describe("the guard's import graph", () => {
  const edges = runtimeImports(ENTRY).map(({ file, specifier }) => [file, specifier] as const);

  it('follows the guard into its own files (the walk works)', () => {
    const files = new Set(edges.map(([file]) => file));
    expect([...files]).toEqual(
      expect.arrayContaining([
        'entrypoints/guard/index.ts',
        'entrypoints/guard/start-guard.ts',
        'entrypoints/guard/mount-guard.ts',
        'components/guard/guard-view.ts',
        'lib/view/guard-state.ts',
      ]),
    );
  });

  it.each(FORBIDDEN.map(([pattern, why]) => [pattern.source, why, pattern] as const))(
    'never imports %s (%s)',
    (_, why, pattern) => {
      const offending = edges.filter(([, specifier]) => pattern.test(specifier));
      expect(
        offending.map(([file, specifier]) => `${file} imports ${specifier}`),
        `${why}`,
      ).toEqual([]);
    },
  );
});

/** What the content script's own files must not import: each runs elsewhere, only where needed. */
const NOT_IN_CONTENT: readonly [RegExp, string][] = [
  [/(^|\/)entrypoints\/guard(\/|$)|^\.\.?\/guard/, 'the guard: the background injects /guard.js'],
  [/^@\/components\/guard\//, "the guard's view: part of /guard.js"],
  [/^@\/lib\/view\/(guard-state|continue-control)$/, "the guard's logic: part of /guard.js"],
  [/^@\/lib\/i18n/, "the guard's texts: part of /guard.js"],
  [/^@\/lib\/reader\/structure/, 'pageStructure: /structure.js, run when the popup asks'],
];

describe("the content script's own imports", () => {
  const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(CONTENT, name));
  // The content script's own imports only: what they import in turn is checked by its size budget.
  const edges = files
    .flatMap((file) => runtimeImports(relative(ROOT, file)))
    .filter(({ file }) => file.startsWith('entrypoints/content/'))
    .map(({ file, specifier }) => [file, specifier] as const);

  it('reads the content script (the walk works)', () => {
    // read-dom, not the reader's index (which also exports pageStructure).
    expect(edges.map(([, specifier]) => specifier)).toContain('@/lib/reader/read-dom');
  });

  it.each(NOT_IN_CONTENT.map(([pattern, why]) => [why, pattern] as const))(
    'never imports %s',
    (why, pattern) => {
      const offending = edges.filter(([, specifier]) => pattern.test(specifier));
      expect(
        offending.map(([file, specifier]) => `${file} imports ${specifier}`),
        `${why}`,
      ).toEqual([]);
    },
  );
});
