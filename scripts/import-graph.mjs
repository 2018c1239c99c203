// The runtime import graph of a source file, followed from source (type-only imports left out), so a
// check can name the file that brought an import in. Used by the budgets step of `npm test` and by
// the unit tests of the injected scripts.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

const IMPORT =
  /^\s*(?:import|export)\s(?!type\b)[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function resolveLocal(specifier, from) {
  const base = specifier.startsWith('@/')
    ? join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null;
  if (base === null) return null;
  const found = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx']
    .map((ending) => base + ending)
    .find((file) => statSync(file, { throwIfNoEntry: false })?.isFile());
  return found ?? null;
}

/**
 * Every runtime import reachable from `entry` (a path relative to the repository): a list of
 * `{ file, specifier, target }`, `file` the importing file and `target` the resolved local file
 * (repository-relative), or null for a package.
 */
export function runtimeImports(entry) {
  const seen = new Set();
  const edges = [];
  const queue = [resolve(ROOT, entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (!specifier) continue;
      const local = resolveLocal(specifier, file);
      edges.push({
        file: relative(ROOT, file),
        specifier,
        target: local ? relative(ROOT, local) : null,
      });
      if (local && !local.endsWith('.json') && !local.endsWith('.css')) queue.push(local);
    }
  }
  return edges;
}
