// The live-page path: in a real browser the reader takes its lines from `innerText` (read-dom.ts),
// which linkedom and happy-dom cannot exercise. Every fixture is loaded into Debian's Chromium and
// must read exactly as its expected JSON — by the innerText path and by the DOM walk alike.
// Skipped where no Chromium is installed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, PAGES_DIR } from './dom';
import { HAS_CHROMIUM, launchPlainChromium } from './plain-chromium';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const names = readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  .sort();

let browser: Browser;
let bundle = '';
let out = '';

describe.skipIf(!HAS_CHROMIUM)('in Chromium (live layout)', () => {
  beforeAll(async () => {
    const { build } = await import('vite');
    out = mkdtempSync(join(tmpdir(), 'ita-ready-reader-'));
    await build({
      configFile: false,
      logLevel: 'silent',
      root,
      build: {
        outDir: out,
        minify: true,
        lib: {
          entry: join(root, 'lib/reader/index.ts'),
          name: 'ItaReader',
          formats: ['iife'],
          fileName: () => 'reader.js',
        },
      },
    });
    bundle = readFileSync(join(out, 'reader.js'), 'utf8');
    browser = await launchPlainChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it.each(names)(
    '%s reads as its expected JSON (innerText path and DOM walk)',
    { timeout: 120_000 },
    async (name) => {
      const page = await browser.newPage();
      try {
        await page.setContent(fixtureHtml(name), { waitUntil: 'load' });
        await page.addScriptTag({ content: bundle });
        const [live, walked] = await page.evaluate(() => {
          const reader = Reflect.get(globalThis, 'ItaReader');
          return [reader.read(document), reader.read(document, { text: 'walk' })];
        });
        const expected: unknown = JSON.parse(
          readFileSync(new URL(`${name}.expected.json`, PAGES_DIR), 'utf8'),
        );
        expect(live, `${name}: the innerText path differs from ${name}.expected.json`).toEqual(
          expected,
        );
        expect(
          walked,
          `${name}: the DOM walk in Chromium differs from ${name}.expected.json`,
        ).toEqual(expected);
      } finally {
        await page.close();
      }
    },
  );

  it('a table hidden by a style sheet is not read (innerText knows the layout)', async () => {
    const page = await browser.newPage();
    try {
      const rows = (v: number) =>
        `<tr><td>CRS – Human Capital – Age</td><td>${v}</td></tr><tr><td>Your overall points score</td><td>${v}</td></tr>`;
      await page.setContent(
        `<html><head><style>.stale{display:none}</style></head><body><p>Date: July 10, 2019</p>` +
          `<p>We are pleased to invite you to apply for permanent residence under the Federal Skilled Workers (FSW).</p>` +
          `<table class="stale">${rows(99)}</table><table>${rows(110)}</table></body></html>`,
      );
      await page.addScriptTag({ content: bundle });
      const crs = await page.evaluate(
        () => Reflect.get(globalThis, 'ItaReader').read(document).crs,
      );
      expect(crs).toEqual({ total: 110, rows: { age: 110 } });
    } finally {
      await page.close();
    }
  });
  // read-dom.ts cuts an aria-hidden element's own innerText out of the page's; when it is not laid
  // out (display:none) or its text is not there exactly once, it walks the DOM instead.
  it.each([
    ['a rendered stale table', '<table aria-hidden="true">ROWS99</table>'],
    ['a stale number inside a visible line', '<p>Age <span aria-hidden="true">99</span></p>'],
    ['a display:none stale table', '<table aria-hidden="true" style="display:none">ROWS99</table>'],
    ['a hidden copy of the visible table', '<div aria-hidden="true"><table>ROWS110</table></div>'],
  ])('aria-hidden digits are never read: %s', async (_name, stale) => {
    const page = await browser.newPage();
    try {
      const rows = (v: number) =>
        `<tr><td>CRS – Human Capital – Age</td><td>${v}</td></tr><tr><td>Your overall points score</td><td>${v}</td></tr>`;
      await page.setContent(
        `<html><body><p>Date: July 10, 2019</p>` +
          `<p>We are pleased to invite you to apply for permanent residence under the Federal Skilled Workers (FSW).</p>` +
          stale.replace('ROWS99', rows(99)).replace('ROWS110', rows(110)) +
          `<table>${rows(110)}</table></body></html>`,
      );
      await page.addScriptTag({ content: bundle });
      const [live, walked] = await page.evaluate(() => {
        const reader = Reflect.get(globalThis, 'ItaReader');
        return [reader.read(document).crs, reader.read(document, { text: 'walk' }).crs];
      });
      expect(walked, 'the DOM walk reads only the visible table').toEqual({
        total: 110,
        rows: { age: 110 },
      });
      expect(live, 'the innerText path must read what the DOM walk reads').toEqual(walked);
    } finally {
      await page.close();
    }
  });
});
