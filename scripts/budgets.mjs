#!/usr/bin/env node
// The size budgets of the scripts that run inside IRCC's pages, and what they may never import.
// Run by `npm test` after the build: a script over its budget, or one whose import graph (followed
// from source, directly or not) reaches zod, Preact or the full translations, fails the run with the
// file that brought it in. The content script runs on every IRCC page, so it carries the reader and
// nothing else; the guard and the structure script are injected only where and when needed.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { ROOT, runtimeImports } from './import-graph.mjs';

const KB = 1024;

/** Minified size budgets of the built scripts, per browser build folder. */
export const BUDGETS = [
  {
    name: 'content script',
    entry: 'entrypoints/content/index.ts',
    built: 'content-scripts/content.js',
    budget: 30 * KB,
  },
  { name: 'guard', entry: 'entrypoints/guard/index.ts', built: 'guard.js', budget: 20 * KB },
  {
    name: 'page structure',
    entry: 'entrypoints/structure.ts',
    built: 'structure.js',
    budget: 12 * KB,
  },
];

const BUILDS = ['chrome-mv3', 'firefox-mv2'];

/** What no script injected into IRCC's pages may import, and why. */
const FORBIDDEN = [
  [/^zod(\/|$)/, 'zod (schemas cost tens of KB): check stored values by hand'],
  [/^preact(\/|$)/, 'Preact: draw with plain DOM calls'],
  [/^wxt\/utils\/content-script-ui\//, "WXT's UI helpers: use a plain shadow root"],
  [
    /^(wxt\/utils\/storage|@wxt-dev\/storage)$/,
    "WXT's storage helper brings zod-free but heavy code",
  ],
  [/^utils\/storage\.ts$/, 'utils/storage.ts brings zod and WXT storage', 'target'],
  [/^lib\/i18n\/(en|fr|options-[a-z]+|index)\.ts$/, 'the full translations', 'target'],
];

/** Only for the content script: it reads pages and nothing else. */
const CONTENT_ONLY = [
  [
    /^(entrypoints\/guard|components\/guard)\//,
    'the guard: the background injects /guard.js',
    'target',
  ],
  [/^lib\/i18n\//, 'any translation: the content script shows nothing', 'target'],
  [
    /^lib\/reader\/structure/,
    'the page structure: /structure.js, run when the popup asks',
    'target',
  ],
];

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

export function importProblems(entry, rules) {
  const problems = [];
  for (const edge of runtimeImports(entry)) {
    for (const [pattern, why, on] of rules) {
      const subject = on === 'target' ? edge.target : edge.specifier;
      if (subject !== null && subject !== undefined && pattern.test(subject))
        problems.push(`${edge.file} imports ${edge.specifier} — ${why}`);
    }
  }
  return problems;
}

function main() {
  let failed = 0;
  for (const script of BUDGETS) {
    const rules = script.name === 'content script' ? [...FORBIDDEN, ...CONTENT_ONLY] : FORBIDDEN;
    const problems = importProblems(script.entry, rules);
    for (const problem of problems) console.log(`FAIL ${script.name}: ${problem}`);
    failed += problems.length;
    for (const build of BUILDS) {
      const file = join(ROOT, '.output', build, script.built);
      if (!existsSync(file)) {
        console.log(`FAIL ${script.name} (${build}): ${file} not built — run npm run build first`);
        failed++;
        continue;
      }
      const size = statSync(file).size;
      const gzip = gzipSync(readFileSync(file)).length;
      const ok = size <= script.budget;
      if (!ok) failed++;
      console.log(
        `${ok ? 'ok  ' : 'FAIL'} ${script.name} (${build}): ${kb(size)} (${kb(gzip)} gzip), budget ${kb(script.budget)}`,
      );
    }
  }
  console.log(failed === 0 ? 'budgets: all within' : `budgets: ${failed} problem(s)`);
  return failed === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main());
