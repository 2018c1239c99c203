// The letter pages the tests serve are built from samples/ita-letter.html (tests/support/
// letter-pages.mjs): each must read as the letter its description says, the French ones must hold no
// English, and the apply pages must carry the choice the guard stands beside.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { read } from '@/lib/reader';
import { PORTAL_ORIGIN } from '@/lib/portal';
import * as suites from '../../support/browser-suites.mjs';
import { LETTER_PAGE_NAMES, SAMPLE_LETTER, letterPage } from '../../support/letter-pages.mjs';

const page = (name: string) => parseHTML(letterPage(name)).document;
const sample = read(parseHTML(readFileSync(SAMPLE_LETTER, 'utf8')).document);

// What each page must read as, beside the sample's reading.
const EXPECTED: Record<string, object> = {
  'ita-letter-apply': { ...sample },
  'ita-letter-apply-fr': { ...sample, language: 'fr' },
  'ita-letter-2026-fr': { ...sample, language: 'fr' },
  'ita-letter-2026-no-scores': {
    kind: 'ita-letter',
    invitation: sample.invitation,
    crs: { total: null },
  },
  'ita-letter-2019': {
    kind: 'ita-letter',
    language: 'en',
    invitation: { date: '2019-07-10', program: 'FSW', deadline: '2019-09-09T00:00:00Z' },
    crs: { total: 475 },
    profileNumber: 'E000987654',
    missing: [],
    problems: [],
  },
};

it('the sample is the 2026 CEC letter every page starts from', () => {
  expect(sample).toMatchObject({
    kind: 'ita-letter',
    language: 'en',
    invitation: { date: '2026-11-19', program: 'CEC', deadline: '2027-01-19T00:00:00Z' },
    crs: { total: 512 },
    profileNumber: 'E001234567',
    missing: [],
    problems: [],
  });
});

it('every page has its expected reading here', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual([...LETTER_PAGE_NAMES].sort());
});

describe.each(LETTER_PAGE_NAMES.map((name) => [name]))('%s', (name) => {
  it('reads as the letter its description says', () => {
    expect(
      read(page(name)),
      `${name} must read as tests/support/letter-pages.mjs says`,
    ).toMatchObject(EXPECTED[name] ?? {});
  });

  it('says in its own comment that it is built, from what', () => {
    expect(letterPage(name)).toMatch(
      /^<!doctype html>\s*<!--\s*Built at test time by tests\/support\/letter-pages\.mjs from samples\/ita-letter\.html/,
    );
  });
});

it.each([['ita-letter-apply'], ['ita-letter-2019']])(
  '%s: all 16 rows, adding up to the total',
  (name) => {
    const reading = read(page(name));
    const rows = Object.values(reading.crs.rows);
    expect(rows).toHaveLength(16);
    expect(rows.reduce((sum, points) => sum + (points ?? 0), 0)).toBe(reading.crs.total);
  },
);

it.each([['ita-letter-apply-fr'], ['ita-letter-2026-fr']])(
  '%s has no English letter text',
  (name) => {
    const text = page(name).body.textContent ?? '';
    for (const english of [
      'Dear',
      'Congratulations',
      'CRS –',
      'Your overall',
      'Your Scores',
      'You must submit',
      'You now have',
      'Changes to your',
      'Refugees',
      'Continue session',
      'Back to account home',
      'Account home',
      'Date modified',
    ])
      expect(text, `English "${english}" left on ${name}`).not.toContain(english);
    expect(text).toContain('Vous devez présenter une demande complète avant le 19 janvier 2027');
  },
);

it.each([
  ['ita-letter-apply', 'Apply online for permanent residence'],
  ['ita-letter-apply-fr', 'Présenter une demande de résidence permanente'],
])('%s offers the choice as a form the tests can record', (name, apply) => {
  const form = page(name).querySelector('form#ita-choice[action="/mycic/eapp/start"]');
  expect(form?.querySelector('button[value="apply"]')?.textContent?.trim()).toBe(apply);
});

it('a difference that no longer fits the sample fails, naming the page', () => {
  expect(() => letterPage('no-such-page')).toThrow(/no letter page 'no-such-page'/);
});

it("the browser suites' portal is the extension's (lib/portal.ts)", () => {
  expect(suites.PORTAL_ORIGIN).toBe(PORTAL_ORIGIN);
});
