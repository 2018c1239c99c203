// `npm run bench`: how fast and how small the reader is.
// - reader time per page (median of N runs) for a typical letter and the 1.5 MB page, in Node
//   (linkedom) and in Chromium (Debian's, via playwright-core), next to the floor measured in the
//   same run: `document.body.innerText` on the same page (any reader must at least see the text);
// - the size of minified standalone reader bundles (the whole reader, and `readLive()` alone: what
//   the content script imports), and of the content script itself, built here from the current
//   sources into a temporary directory with WXT (not `.output/`, which may be stale or mid-build
//   by someone else) — budget 30 KB.
// The target: on the 1.5 MB page, the reader within 3× the innerText floor in Chromium (a typical
// letter takes a few hundredths of a millisecond, where the ratio measures the timer more than the
// reader).
// Prints only; exits non-zero only when the content script is over budget. No timed assertions.
import { readFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';

/* global document -- the timing loop runs inside Chromium (page.evaluate). */

const root = fileURLToPath(new URL('..', import.meta.url));
// [name, file, samples, repetitions per sample] — Chromium's clock is coarse (0.1 ms), so a
// small page is timed in batches and divided.
const PAGES = [
  ['typical letter', 'tests/fixtures/pages/table-letter.html', 31, 200],
  ['1.5 MB page', 'tests/fixtures/pages/big-page.html', 15, 1],
];
const BUDGET = 30 * 1024;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--headless=new',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const ms = (x) => (x < 1 ? x.toFixed(3) : x.toFixed(2)).padStart(8);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function bundle(outDir, format, entry = join(root, 'lib/reader/index.ts'), name = 'reader') {
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      target: 'es2022',
      lib: {
        entry,
        name: 'ItaReader',
        formats: [format],
        fileName: () => `${name}.${format}.js`,
      },
    },
  });
  return join(outDir, `${name}.${format}.js`);
}

/** The Chrome content script built by WXT from the current sources, or an error. */
async function buildContentScript(outDir) {
  try {
    const { build: wxtBuild } = await import('wxt');
    const quiet = () => {};
    await wxtBuild({
      root,
      browser: 'chrome',
      outDir,
      filterEntrypoints: ['content', 'guard', 'structure'],
      logger: {
        debug: quiet,
        log: quiet,
        info: quiet,
        success: quiet,
        warn: quiet,
        error: console.error,
        fatal: console.error,
        level: 0,
      },
    });
    const file = join(outDir, 'chrome-mv3/content-scripts/content.js');
    return existsSync(file) ? { file } : { error: `WXT wrote no ${file}` };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

function timeNode(read, parseHTML, html, samples, reps) {
  const { document } = parseHTML(html);
  const reader = [];
  const floor = [];
  for (let i = 0; i < samples + 2; i++) {
    let t = performance.now();
    for (let k = 0; k < reps; k++) read(document);
    const r = (performance.now() - t) / reps;
    t = performance.now();
    for (let k = 0; k < reps; k++) void document.body.innerText;
    const f = (performance.now() - t) / reps;
    if (i >= 2) {
      reader.push(r);
      floor.push(f);
    }
  }
  return { reader: median(reader), floor: median(floor) };
}

async function timeChromium(iife, pages) {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return { error: 'playwright-core is not installed' };
  }
  if (!existsSync('/usr/bin/chromium')) return { error: '/usr/bin/chromium not found' };
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const results = [];
    for (const [, file, samples, reps] of pages) {
      // One page per path: a live page only ever takes one (innerText, or the DOM walk where
      // innerText cannot be used), and timing both in one JavaScript context would make each
      // pay for the other's garbage and mixed type feedback.
      const result = {};
      for (const path of ['auto', 'walk']) {
        const page = await browser.newPage();
        await page.setContent(readFileSync(join(root, file), 'utf8'), { waitUntil: 'load' });
        await page.addScriptTag({ content: iife });
        const timed = await page.evaluate(
          ([samples, reps, path]) => {
            const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
            const time = (fn) => {
              const t = performance.now();
              for (let k = 0; k < reps; k++) fn();
              return (performance.now() - t) / reps;
            };
            const read = () => globalThis.ItaReader.read(document, { text: path });
            // Warm up first (JIT): the reader runs on every change of a live page, so its
            // steady state is what a user meets; early samples would time the compiler.
            const started = performance.now();
            while (performance.now() - started < 1500) {
              read();
              void document.body.innerText;
            }
            const reader = [];
            const floor = [];
            for (let i = 0; i < samples; i++) {
              reader.push(time(read));
              floor.push(time(() => document.body.innerText));
            }
            return { reader: median(reader), floor: median(floor), kind: read().kind };
          },
          [samples, reps, path],
        );
        await page.close();
        if (path === 'auto') Object.assign(result, timed);
        else result.walk = timed.reader;
      }
      results.push(result);
    }
    return { results };
  } finally {
    await browser.close();
  }
}

const out = mkdtempSync(join(tmpdir(), 'ita-ready-bench-'));
try {
  const esm = await bundle(out, 'es');
  const iifeFile = await bundle(out, 'iife');
  const iife = readFileSync(iifeFile, 'utf8');
  const { read } = await import(pathToFileURL(esm).href);
  const { parseHTML } = await import('linkedom');

  const node = PAGES.map(([, file, samples, reps]) =>
    timeNode(read, parseHTML, readFileSync(join(root, file), 'utf8'), samples, reps),
  );
  const chrome = await timeChromium(iife, PAGES);

  console.log(
    'Reader time per page (median, ms) — floor = document.body.innerText on the same page, same run\n',
  );
  console.log('page              | env                | reader   | floor    | ratio');
  console.log('------------------|--------------------|----------|----------|------');
  PAGES.forEach(([name], i) => {
    const n = node[i];
    console.log(
      `${name.padEnd(17)} | Node (linkedom)    | ${ms(n.reader)} | ${ms(n.floor)} | ${(n.reader / n.floor).toFixed(1)}×`,
    );
    if (chrome.results) {
      const c = chrome.results[i];
      console.log(
        `${name.padEnd(17)} | Chromium           | ${ms(c.reader)} | ${ms(c.floor)} | ${(c.reader / c.floor).toFixed(1)}×  (${c.kind})`,
      );
      console.log(
        `${name.padEnd(17)} | Chromium, DOM walk | ${ms(c.walk)} | ${ms(c.floor)} | ${(c.walk / c.floor).toFixed(1)}×  (fallback path)`,
      );
    }
  });
  if (chrome.error) console.log(`Chromium: skipped (${chrome.error})`);
  console.log('\n(Node floor: linkedom has no layout, its innerText is close to textContent.)');
  if (chrome.results) {
    const big = PAGES.findIndex(([name]) => name === '1.5 MB page');
    const c = chrome.results[big];
    const ratio = c.reader / c.floor;
    console.log(
      `Target: on the 1.5 MB page, the reader within 3× the floor in Chromium → ${ratio <= 3 ? 'met' : 'NOT met'} (${ratio.toFixed(1)}×)`,
    );
  }

  const readEntry = join(out, 'read-only.ts');
  writeFileSync(
    readEntry,
    `export { readLive } from ${JSON.stringify(join(root, 'lib/reader/read-dom.ts'))};\n`,
  );
  const readOnly = await bundle(out, 'iife', readEntry, 'read-only');
  const sizeOf = (file) => {
    const bytes = readFileSync(file);
    return `${kb(bytes.length)} (${kb(gzipSync(bytes).length)} gzip)`;
  };
  console.log(`\nStandalone reader bundle (minified IIFE): ${sizeOf(iifeFile)}`);
  console.log(`readLive() alone, as the content script imports it: ${sizeOf(readOnly)}`);
  const content = await buildContentScript(join(out, 'wxt'));
  if (content.file) {
    const size = statSync(content.file).size;
    const pass = size <= BUDGET;
    console.log(
      `Content script (chrome-mv3 content.js, built now from the sources): ${sizeOf(content.file)} — budget ${kb(BUDGET)}: ${pass ? 'PASS' : 'FAIL'}`,
    );
    if (!pass) process.exitCode = 1;
    // Injected by the background only where they serve: the guard into a tab that shows the ITA
    // letter, the structure script when the user asks to copy a page's structure.
    for (const name of ['guard', 'structure']) {
      const file = join(out, 'wxt', `chrome-mv3/${name}.js`);
      if (existsSync(file)) console.log(`  ${name}.js (injected on demand): ${sizeOf(file)}`);
    }
  } else {
    console.log(`Content script: not measured — the WXT build failed (${content.error}).`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
