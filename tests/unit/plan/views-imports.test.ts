// The planner's views take a plan and render it: they import the plan's pure helpers and types,
// never the planner itself (lib/plan's index), the rules or the bundled rounds, which would carry
// the whole engine and the rounds snapshot into the popup for nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../../components/plan');
const RUNTIME_IMPORT = /^\s*import\s(?!type\b)[^'"]*?from\s*['"]([^'"]+)['"]/gm;
const FORBIDDEN = [/^@\/lib\/plan$/, /^@\/lib\/rules(\/|$)/, /^@\/lib\/rounds(\/|$)/];

describe('components/plan imports', () => {
  const files = readdirSync(DIR).filter((name) => name.endsWith('.tsx'));

  it('finds the views', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files)('%s imports no planner, rules or rounds at run time', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    for (const [, specifier] of source.matchAll(RUNTIME_IMPORT)) {
      for (const pattern of FORBIDDEN) {
        expect(
          specifier,
          `${file}: import from lib/plan/summary or lib/plan/types instead`,
        ).not.toMatch(pattern);
      }
    }
  });
});
