// What a user cannot see is not read, even when a style sheet hides it; and the structure sent in a
// bug report keeps the layout and the known labels but never a digit or a name.
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { pageStructure, read } from '../../../lib/reader';
import { closeHappyWindows, fixtureHtml, happyDocument, linkedomDocument, PAGES_DIR } from './dom';

afterAll(closeHappyWindows);

const rows = (values: number[]) =>
  [
    'Age',
    'Level of Education',
    'First Official Language',
    'Second Official Language',
    'Canadian Work Experience',
  ]
    .map((label, i) => `<tr><td>CRS – Human Capital – ${label}</td><td>${values[i]}</td></tr>`)
    .join('');

// A stale table hidden by a class, next to the live one: only layout can tell them apart.
const STYLED = `<!DOCTYPE html><html lang="en"><head><style>.stale{display:none}</style></head><body>
<p>Date: July 10, 2019</p>
<p>We are pleased to invite you to apply for permanent residence under the Federal Skilled Workers (FSW).</p>
<table class="stale"><tbody>${rows([99, 99, 99, 99, 99])}<tr><td>Your overall points score</td><td>495</td></tr></tbody></table>
<table><tbody>${rows([110, 135, 130, 0, 0])}<tr><td>Your overall points score</td><td>375</td></tr></tbody></table>
</body></html>`;

describe('hidden by a style sheet', () => {
  it.each([
    ["happy-dom (no layout: the page's own style sheet)", () => read(happyDocument(STYLED))],
    ["linkedom (no layout: the page's own style sheet)", () => read(linkedomDocument(STYLED))],
  ])('%s: the stale table is not read', (_name, reading) => {
    const result = reading();
    expect(result.crs.rows).toEqual({
      age: 110,
      education: 135,
      firstLanguage: 130,
      secondLanguage: 0,
      canadianWork: 0,
    });
    expect(result.crs.total).toBe(375);
    expect(result.problems.map((p) => p.code)).toEqual([]);
  });
});

// Made-up people and places in the fixtures: none may survive pageStructure.
const NAMES = [
  'Ana',
  'Ruiz',
  'Kowalski',
  'Priya',
  'Tomasz',
  'Sami',
  'Haddad',
  'Élodie',
  'Tremblay',
  'Chidi',
  'Okafor',
  'Olufemi',
  'Rafael',
  'Ingrid',
  'Solberg',
  'Mei-Ling',
  'Fairweather',
  'Montréal',
  'Fictive',
  'Injection',
  'Kwame',
  'Asante',
  'Théo',
  'Bergeron',
  'Aroha',
  'Ngata',
  'Zeynep',
  'Okonkwo',
  'Lucía',
  'Brennan',
  'Anselm',
  'Delacroix',
  'Ines',
  'Valdivia',
  'Matteo',
  'Ferraro',
  'Yusuf',
  'Halloran',
];

describe('pageStructure', () => {
  const names = readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html') && f !== 'big-page.html')
    .map((f) => f.replace(/\.html$/, ''));

  it.each(names)('%s: no digit, no name, labels kept', (name) => {
    const structure = pageStructure(linkedomDocument(fixtureHtml(name)));
    // Heading tags (h1–h6) are layout; any other digit is a leak.
    expect(structure.replace(/^(\s*)h[1-6]\b/gm, '$1h'), 'a digit leaked').not.toMatch(/\d/);
    for (const person of NAMES) expect(structure, `${person} leaked`).not.toContain(person);
    expect(structure).toContain('body');
  });

  it('keeps the letter table labels and masks the rest', () => {
    const structure = pageStructure(linkedomDocument(fixtureHtml('table-letter')));
    expect(structure).toContain('"CRS – Human Capital – Age"');
    expect(structure).toContain('"Your overall points score"');
    expect(structure).toContain('"###"');
    expect(structure).toContain('table.table.table-striped');
    expect(structure).toContain('head (skipped)');
  });

  it("keeps the profile page's section headings and labels", () => {
    const structure = pageStructure(linkedomDocument(fixtureHtml('profile-breakdown')));
    for (const label of [
      '"A. Core / human capital factors"',
      '"Level of education"',
      '"Subtotal - Spouse factors"',
      '"A) Official language proficiency and education"',
      '"Comprehensive Ranking System formula grand total"',
    ]) {
      expect(structure, `${label} is a label the reader knows`).toContain(label);
    }
  });

  it('keeps the account home column names', () => {
    const structure = pageStructure(linkedomDocument(fixtureHtml('account-home')));
    expect(structure).toContain('table#inProgressTable');
    expect(structure).toContain('"Days left to submit"');
  });

  it.each([
    ['<p>French</p>', 'a surname that is a label word'],
    ['<p>Mary French</p>', 'a name with a label word'],
    ['<p id="user-E001234567" class="Smith">x</p>', 'ids and classes'],
  ])('%s: %s is masked', (html, _why) => {
    const structure = pageStructure(linkedomDocument(`<html><body>${html}</body></html>`));
    expect(structure).not.toMatch(/French|\d/);
  });
});
