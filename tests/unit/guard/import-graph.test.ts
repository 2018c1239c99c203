// The guard's import graph stays free of what made the content script too big (issue 6: budget
// 30 KB): Preact, zod, WXT's storage and UI helpers. Followed from source, so a failure names the
// file that brought the import in.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const ENTRY = join(ROOT, 'entrypoints/content/guard.ts');

/** Package imports that must never reach the content script through the guard, and why. */
const FORBIDDEN: readonly [RegExp, string][] = [
  [/^preact(\/|$)/, 'Preact (13 KB): draw with plain DOM calls'],
  [/^zod(\/|$)/, 'zod: check stored values by hand (lib/view/guard-state.ts)'],
  [/^wxt\/utils\/content-script-ui\//, "WXT's UI helpers (18 KB): use a plain shadow root"],
  [/^wxt\/utils\/storage$|^@wxt-dev\/storage$/, "WXT's storage helper: read browser.storage.local"],
  [/^@\/utils\/storage$/, 'utils/storage.ts brings zod and WXT storage'],
];

const IMPORT =
  /^\s*(?:import|export)\s(?!type\b)[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;

function resolveLocal(specifier: string, from: string): string | null {
  const base = specifier.startsWith('@/')
    ? join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null;
  if (base === null) return null;
  const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ending) => base + ending)
    .find((file) => statSync(file, { throwIfNoEntry: false })?.isFile());
  return found ?? null;
}

/** Every runtime (non-`import type`) import reachable from the guard: [importing file, specifier]. */
function runtimeImports(entry: string): [string, string][] {
  const seen = new Set<string>();
  const edges: [string, string][] = [];
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (!specifier) continue;
      edges.push([relative(ROOT, file), specifier]);
      const local = resolveLocal(specifier, file);
      if (local) queue.push(local);
    }
  }
  return edges;
}

describe("the guard's import graph", () => {
  const edges = runtimeImports(ENTRY);

  it('follows the guard into its own files (the walk works)', () => {
    const files = new Set(edges.map(([file]) => file));
    expect([...files]).toEqual(
      expect.arrayContaining([
        'entrypoints/content/guard.ts',
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
