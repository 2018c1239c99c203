// The foundation's end-to-end checks in Firefox (the Chromium twins are in tests/e2e/*.spec.ts),
// on the same scenarios (tests/support/browser-suites.mjs).
// One browser for the file (Firefox takes seconds to start); each test starts from cleared storage.
/* global browser, document */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, it } from 'node:test';
import { MALFORMED_MESSAGES, WELL_FORMED_READING } from '../support/browser-suites.mjs';
import {
  E2E_PAGES_DIR,
  FOREIGN_ORIGIN,
  evaluate,
  useFirefox,
  letterCases,
  listenToReadings,
  readerFixtures,
  popupText,
  standalone,
  textOf,
  unrelatedPages,
  waitForPopupState,
  waitUntil,
} from './harness.mjs';

const DAY_MS = 24 * 60 * 60 * 1000;
const TEST = { timeout: 60_000 };

const NUMBER_WIDGETS = ['crs-total', 'countdown', 'deadline-utc', 'verdict'];

const storedEverything = (page) =>
  evaluate(page, () => browser.storage.local.get(null), 'reading storage');

describe('ITA Ready in Firefox', { timeout: 5 * 60_000 }, () => {
  const ff = useFirefox();

  for (const letter of letterCases()) {
    // A letter with neither a total nor a deadline cannot be judged: the popup may call it unreadable.
    const complete = letter.total !== null && letter.deadline !== null;
    const title = complete
      ? 'the popup shows the CRS total and the countdown'
      : 'the popup lists what is missing and shows no number in its place';
    it(`${letter.name}: ${title}`, TEST, async () => {
      const page = await ff.openPortalPage(letter.path, letter.page);
      await ff.takeScreenshot(page, `${slug(letter.name)}--letter`);
      const popup = await ff.openPopup();
      await waitForPopupState(popup, complete ? ['reading'] : ['reading', 'unreadable']);
      await ff.takeScreenshot(popup, `${slug(letter.name)}--popup`);

      const total = await textOf(popup, 'crs-total');
      if (letter.total === null) {
        assert.ok(
          !/[0-9]/.test(total ?? ''),
          `${letter.file} states no total; popup shows ${total}`,
        );
      } else {
        assert.match(
          total ?? '(no crs-total)',
          standalone(letter.total),
          `crs-total must show ${letter.total}, the total ${letter.file} states`,
        );
      }
      for (const [key, value] of Object.entries(letter.rows)) {
        assert.match(
          (await textOf(popup, `crs-row-${key}`)) ?? `(no crs-row-${key})`,
          standalone(value),
          `crs-row-${key} must show ${value} from ${letter.file}`,
        );
      }
      for (const field of letter.missing.filter((name) => name.startsWith('crs.rows.'))) {
        const row = await textOf(popup, `crs-row-${field.slice('crs.rows.'.length)}`);
        assert.ok(!/[0-9]/.test(row ?? ''), `${field} is not on the page; its row shows ${row}`);
      }

      const missing = await textOf(popup, 'missing');
      if (letter.missing.length === 0) {
        assert.equal(missing, null, `${letter.file} lacks nothing: no missing section`);
      }
      // Named in words; the reading's name is kept in data-field, never shown.
      const listed = await evaluate(
        popup,
        () =>
          [...document.querySelectorAll('[data-testid="missing"] [data-field]')].map(
            (e) => e.dataset.field,
          ),
        'the missing fields',
      );
      for (const field of letter.missing) {
        assert.ok(listed.includes(field), `the popup must list ${field} as missing`);
      }
      const problems = await evaluate(
        popup,
        () => document.querySelectorAll('[data-testid="problems"] li').length,
        'counting problems',
      );
      assert.equal(
        problems,
        letter.problems,
        `the popup must list the ${letter.problems} problem(s) the reader finds in ${letter.file}`,
      );

      if (letter.selfContained) {
        assert.deepEqual(ff.blocked, [], 'the extension must not reach the network');
      }

      const countdown = await textOf(popup, 'countdown');
      if (letter.deadline === null) {
        assert.equal(countdown, null, `${letter.file} gives no deadline: no countdown`);
        assert.equal(await textOf(popup, 'deadline-utc'), null);
        return;
      }
      const utc = await evaluate(
        popup,
        () => document.querySelector('[data-testid="deadline-utc"] time')?.getAttribute('datetime'),
        'the UTC deadline',
      );
      assert.equal(utc, letter.deadline, `deadline-utc must state ${letter.deadline}`);
      assert.ok(await textOf(popup, 'deadline-local'), 'deadline-local must be shown');
      const msLeft = Date.parse(letter.deadline) - Date.now();
      if (msLeft > 0) {
        // The real clock runs here: accept the whole-day count either side of a day boundary.
        const days = Math.floor(msLeft / DAY_MS);
        assert.ok(
          standalone(days).test(countdown ?? '') || standalone(days - 1).test(countdown ?? ''),
          `the countdown must show ${days} whole days left; it shows ${JSON.stringify(countdown)}`,
        );
      } else {
        assert.match(
          countdown ?? '(no countdown)',
          /passed|expired|closed|over|ended/i,
          'a past deadline must show as passed',
        );
      }
    });
  }

  // One reading everywhere: each reader fixture read by the real content script must give its
  // expected reading, as linkedom, happy-dom and Chromium do (tests/e2e/reading.spec.ts).
  it(
    'the content script reads every reader fixture as its expected reading',
    { timeout: 300_000 },
    async () => {
      const listener = await listenToReadings(ff);
      const failures = [];
      for (const { name, file, expected } of readerFixtures()) {
        const path = `/mycic/messages/${name}`;
        const page = await ff.openPortalPage(path, file);
        const storedShape =
          expected.kind === 'unknown' ? { kind: 'unknown', missing: expected.missing } : expected;
        const settled = await waitUntil(
          async () => [await listener.sent(path), await listener.stored(path)],
          ([sent, stored]) =>
            isDeepStrictEqual(sent, expected) && isDeepStrictEqual(stored, storedShape),
          15_000,
          name,
        ).catch(async () => [await listener.sent(path), await listener.stored(path)]);
        if (!isDeepStrictEqual(settled[0], expected)) {
          failures.push(`${name}.html: the content script sent ${JSON.stringify(settled[0])}`);
        } else if (!isDeepStrictEqual(settled[1], storedShape)) {
          failures.push(`${name}.html: the background stored ${JSON.stringify(settled[1])}`);
        }
        await page.close();
      }
      assert.deepEqual(
        failures,
        [],
        'each must equal its tests/fixtures/pages/<name>.expected.json',
      );
    },
  );

  it('before any IRCC page is opened, the popup is empty', TEST, async () => {
    const popup = await ff.openPopup();
    await waitForPopupState(popup, ['empty'], 5_000);
    for (const id of NUMBER_WIDGETS)
      assert.equal(await textOf(popup, id), null, `${id} must not appear`);
    assert.notEqual(await popupText(popup), '', 'the empty popup must say something');
  });

  for (const { name, file } of unrelatedPages()) {
    it(
      `an unrelated portal page (${name}): the popup says there is nothing to read`,
      TEST,
      async () => {
        await ff.openPortalPage('/mycic/help', file);
        const popup = await ff.openPopup();
        await waitForPopupState(popup, ['nothing-to-read']);
        await ff.takeScreenshot(popup, `unrelated-${slug(name)}--popup`);
        for (const id of NUMBER_WIDGETS) {
          assert.equal(await textOf(popup, id), null, `${id} must not appear for ${name}`);
        }
        const text = await popupText(popup);
        assert.notEqual(text, '', 'the popup must say something plain');
        // Numbers on our help page (a phone number, a session length) are not scores.
        for (const number of ['1200', '242-2100'])
          assert.ok(!text.includes(number), `shows ${number}`);
      },
    );
  }

  it('a web page on another origin cannot message the extension at all', TEST, async () => {
    const page = await ff.openPageAt(
      `${FOREIGN_ORIGIN}/`,
      join(E2E_PAGES_DIR, 'foreign-page.html'),
    );
    const outcome = await evaluate(
      page,
      async (message) => {
        // Firefox gives web pages no extension messaging API at all.
        const api = globalThis.browser ?? globalThis.chrome;
        if (typeof api?.runtime?.sendMessage !== 'function') return 'no runtime';
        try {
          return `reply ${JSON.stringify(await api.runtime.sendMessage('ita-ready@ita-ready.app', message))}`;
        } catch (error) {
          return `error ${String(error)}`;
        }
      },
      'messaging from a foreign page',
      WELL_FORMED_READING,
    );
    assert.match(outcome, /^(no runtime|error )/, 'the foreign page reached the extension');

    const popup = await ff.openPopup();
    await waitForPopupState(popup, ['empty'], 5_000);
    assert.equal(await textOf(popup, 'crs-total'), null);
    const stored = await storedEverything(popup);
    assert.equal(stored?.readings?.itaLetter?.reading, undefined, 'a reading was stored');
  });

  it(
    'a malformed reading/found from the popup gets an error reply and stores nothing',
    TEST,
    async () => {
      const popup = await ff.openPopup();
      await waitForPopupState(popup, ['empty'], 5_000);
      const before = await storedEverything(popup);
      for (const [what, body] of MALFORMED_MESSAGES) {
        const reply = await evaluate(
          popup,
          async (message) => {
            try {
              return { reply: await browser.runtime.sendMessage(message) };
            } catch (error) {
              return { thrown: String(error) };
            }
          },
          `sending ${what}`,
          body,
        );
        assert.equal(
          reply?.reply?.ok,
          false,
          `${what}: expected { ok: false, error }, got ${JSON.stringify(reply)}`,
        );
        assert.match(
          String(reply.reply.error ?? ''),
          /\S/,
          `${what}: the error reply must say why`,
        );
      }
      assert.deepEqual(await storedEverything(popup), before, 'malformed messages changed storage');
      assert.equal(
        await evaluate(
          popup,
          () => document.querySelector('[data-testid="popup"]')?.getAttribute('data-state'),
          'state',
        ),
        'empty',
      );
    },
  );
});

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}
