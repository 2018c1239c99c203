// The documents page in Firefox (twin of tests/e2e/documents.spec.ts): the checklist from a letter
// read on the portal, a tick and a request date saved into the facts' `documents` key alone; the
// upload preparer making one PDF under the limit at 150 dpi or more from scans, with no request
// leaving the machine; and its message for an encrypted PDF.
/* global document, location, atob, btoa, fetch, Event, File, DataTransfer */
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { describe, it } from 'node:test';
import jpeg from 'jpeg-js';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib';
import {
  EXTENSION_ORIGIN,
  LETTER_PATH,
  SAMPLE_LETTER,
  evaluate,
  seed,
  storedFacts,
  textOf,
  useFirefox,
  waitUntil,
  withTimeout,
} from './harness.mjs';

const TEST = { timeout: 180_000 };
const PACK_MS = 120_000;

/**
 * A scan of `width` × `height` px: lines of dark marks on paper with grain (the shape of
 * tests/support/scans.ts, which is TypeScript and cannot be imported here).
 */
function scan(seed, width, height) {
  let state = seed;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  const data = new Uint8Array(width * height * 4);
  const line = Math.round(height / 70);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const ink = y % line < line * 0.45 && x > width * 0.08 && x < width * 0.92 && x % 9 > 2;
      const v = Math.max(0, Math.min(255, (ink ? 40 : 236) + (next() - 0.5) * 56));
      data.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return Buffer.from(jpeg.encode({ data, width, height }, 92).data);
}

/** A PDF whose trailer says it is encrypted, as a password-protected one's does. */
async function encryptedPdf() {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.addPage([595.28, 841.89]);
  pdf.context.trailerInfo.Encrypt = pdf.context.obj({ Filter: 'Standard', V: 2, R: 3, P: -3904 });
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** Each image of each page, with its resolution on the page's width. */
async function imagesOf(bytes) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const out = [];
  doc.getPages().forEach((page, index) => {
    const objects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const [, ref] of objects?.entries() ?? []) {
      const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
      if (!(stream instanceof PDFRawStream)) continue;
      const width = stream.dict.lookup(PDFName.of('Width'));
      if (width instanceof PDFNumber) {
        out.push({ page: index + 1, dpi: width.asNumber() / (page.getWidth() / 72) });
      }
    }
  });
  return { pages: doc.getPageCount(), images: out };
}

async function openDocuments(ff) {
  const page = await ff.browser.newPage();
  // `goto` of a moz-extension page loads but never resolves in Firefox over BiDi: start it, then poll.
  page.goto(`${EXTENSION_ORIGIN}/documents.html`, { timeout: 15_000 }).catch(() => undefined);
  await waitUntil(
    () =>
      evaluate(
        page,
        () =>
          location.protocol === 'moz-extension:' &&
          !!document.querySelector('[data-testid="checklist"]'),
        'the page',
      ),
    Boolean,
    15_000,
    'opening documents.html',
  );
  return page;
}

/** Gives the preparer's file input files made in the page from base64, as choosing them would. */
async function chooseFiles(page, files) {
  await withTimeout(
    page.evaluate((list) => {
      const input = document.getElementById('pack-files');
      const chosen = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        chosen.items.add(new File([bytes], f.name, { type: f.type }));
      }
      input.files = chosen.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, files),
    20_000,
    'choosing files',
  );
}

const click = (page, selector) =>
  evaluate(page, (s) => document.querySelector(s).click(), `clicking ${selector}`, selector);

describe('the documents page in Firefox', { timeout: 8 * 60_000 }, () => {
  const ff = useFirefox();

  it('the checklist: a tick and a request date saved into documents alone', TEST, async () => {
    await ff.openPortalPage(LETTER_PATH, SAMPLE_LETTER);
    const page = await openDocuments(ff);
    await seed(page, {
      facts: {
        dateOfBirth: '1994-06-02',
        family: { spouse: 'none', children: 0 },
        policeCertificates: [{ country: 'IN', received: false }],
      },
      settings: { language: 'en', notifications: false, roundsRefresh: false },
    });
    await waitUntil(
      () => textOf(page, 'checklist-deadline'),
      (t) => /Last day to submit: January 18, 2027/.test(t ?? ''),
      15_000,
      'the letter’s deadline on the list',
    );
    const before = await textOf(page, 'checklist-progress');
    await click(page, '#have-passport--candidate');
    await waitUntil(
      () => textOf(page, 'checklist-progress'),
      (t) => t !== before && /ready/.test(t ?? ''),
      10_000,
      'the progress after a tick',
    );
    await evaluate(
      page,
      () => {
        const input = document.getElementById('requested-police-certificate--candidate--in');
        input.value = '2026-11-10';
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      'dating the request',
    );
    await waitUntil(
      () =>
        evaluate(
          page,
          () =>
            document.querySelector('[data-key="police-certificate:candidate:in"]')?.textContent ??
            '',
          'the item',
        ),
      (t) => t.includes('Requested November 10, 2026'),
      10_000,
      'the request date shown in words',
    );
    const facts = await storedFacts(page);
    assert.deepEqual(facts.documents, {
      'passport:candidate': { have: true },
      'police-certificate:candidate:in': { requested: '2026-11-10' },
    });
    assert.equal(facts.dateOfBirth, '1994-06-02', 'nothing else the user entered is touched');
    await ff.takeScreenshot(page, 'documents-en');
  });

  it(
    'the preparer: one PDF under the limit at 150 dpi or more, nothing sent; an encrypted PDF refused',
    TEST,
    async () => {
      const page = await openDocuments(ff);
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      const scans = [1, 2].map((seed) => ({
        name: `scan-${seed}.jpg`,
        type: 'image/jpeg',
        base64: scan(seed, 1300, 1838).toString('base64'),
      }));
      await chooseFiles(page, scans);
      await evaluate(
        page,
        () => {
          const max = document.getElementById('pack-max');
          max.value = '1';
          max.dispatchEvent(new Event('input', { bubbles: true }));
        },
        'setting the limit to 1 MB',
      );
      await click(page, '[data-testid="pack-make"]');
      await waitUntil(
        () => textOf(page, 'pack-ready'),
        (t) => /^Ready: .*2 pages\.$/.test(t ?? ''),
        PACK_MS,
        'the PDF being made',
      );
      const base64 = await withTimeout(
        page.evaluate(async () => {
          const link = document.querySelector('[data-testid="pack-save"]');
          const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
          let text = '';
          for (let i = 0; i < bytes.length; i += 0x8000) {
            text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          }
          return { href: link.href, download: link.download, base64: btoa(text) };
        }),
        20_000,
        'reading the saved PDF',
      );
      assert.match(base64.href, /^blob:moz-extension:/, 'saved through a blob: URL');
      const pdf = Buffer.from(base64.base64, 'base64');
      assert.ok(pdf.length <= 1_000_000, `the PDF is ${pdf.length} bytes, over 1 MB`);
      const read = await imagesOf(pdf);
      assert.equal(read.pages, 2, 'page count preserved');
      for (const image of read.images) {
        assert.ok(image.dpi >= 150, `page ${image.page} is at ${image.dpi} dpi`);
      }
      assert.deepEqual(
        requests.filter((url) => !/^(moz-extension|blob|data):/.test(url)),
        [],
        'no request may leave the machine',
      );

      for (let i = 0; i < 2; i++) await click(page, '[data-action="remove"]');
      await chooseFiles(page, [
        {
          name: 'locked.pdf',
          type: 'application/pdf',
          base64: (await encryptedPdf()).toString('base64'),
        },
      ]);
      await click(page, '[data-testid="pack-make"]');
      await waitUntil(
        () => textOf(page, 'pack-error'),
        (t) => /locked\.pdf is protected by a password or encryption/.test(t ?? ''),
        20_000,
        'the encrypted PDF refused',
      );
      assert.equal(
        await evaluate(
          page,
          () => document.querySelector('[data-testid="pack-save"]'),
          'no save link',
        ),
        null,
      );
    },
  );
});
