// The engine's minified size, as the options page and the background worker will carry it.
// Prints the bytes (see the test output) and fails when a change bloats it past the budget.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

async function minifiedSize(
  entry: string,
  withZod: boolean,
): Promise<{ bytes: number; gzip: number }> {
  const outDir = mkdtempSync(join(tmpdir(), 'crs-size-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir,
        minify: true,
        lib: { entry, formats: ['es'], fileName: 'bundle' },
        // zod/mini is shared with the rest of the background bundle; measure the engine both ways.
        rollupOptions: { external: withZod ? [] : [/^zod/] },
      },
    });
    const file = readdirSync(outDir).find((name) => name.endsWith('.js'));
    if (file === undefined) throw new Error(`no bundle written for ${entry}`);
    const code = readFileSync(join(outDir, file));
    return { bytes: code.length, gzip: gzipSync(code).length };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe('engine size as the background carries it (the rules import score, not the schema)', () => {
  it('score + gridFor + sectionsFor + toClb drop the profile schema and zod: under 16 KB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crs-entry-'));
    try {
      const entry = join(dir, 'entry.ts');
      writeFileSync(
        entry,
        `export { score, gridFor, sectionsFor, CONFIRMED_THROUGH } from ${JSON.stringify(resolve('lib/crs/index.ts'))};\n` +
          `export { toClb } from ${JSON.stringify(resolve('lib/language/index.ts'))};\n`,
      );
      const size = await minifiedSize(entry, true);
      console.log(`engine as the rules use it: ${size.bytes} bytes minified, ${size.gzip} gzipped`);
      expect(size.bytes).toBeLessThan(16_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('engine size (minified)', () => {
  it.each([
    ['lib/crs/index.ts', true, 60_000],
    ['lib/crs/index.ts', false, 25_000],
    ['lib/language/index.ts', false, 8_000],
  ])(
    '%s (zod bundled: %s) stays under %d bytes',
    async (entry, withZod, budget) => {
      const size = await minifiedSize(entry, withZod);
      const zod = withZod ? 'with zod/mini' : 'without zod';
      console.log(`${entry} ${zod}: ${size.bytes} bytes minified, ${size.gzip} gzipped`);
      expect(size.bytes).toBeLessThan(budget);
    },
    60_000,
  );
});
