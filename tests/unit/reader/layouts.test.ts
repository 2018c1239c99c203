// Layouts other people's pages use, read through the text front door (a PDF's text, pasted text)
// and the DOM: sentences wrapped anywhere, dot leaders, values on the next line, space-aligned
// columns, footnote marks, a row the reader does not know, the profile page's sections, what a
// page's own style sheet hides, and a page nested far too deep.
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { pageStructure, read, readText, type Reading } from '../../../lib/reader';
import { MAX_DEPTH } from '../../../lib/reader/lines';
import { linkedomDocument } from './dom';
import { ROWS_2019 } from './rows-2019';

const codes = (r: Reading) => r.problems.map((p) => p.code);

/** The 2019 letter as text, its rows written by `row`, around the given sentences. */
function letter(row: (label: string, value: number) => string, opening: string, closing: string) {
  return [
    'Date: July 10, 2019',
    opening,
    ...ROWS_2019.map(([label, value]) => row(label, value)),
    row('Your overall points score', 475),
    closing,
  ].join('\n');
}

const INVITE =
  'We are pleased to invite you to apply for permanent residence under the Federal Skilled Workers (FSW).';
const DEADLINE = 'You must submit a complete application before 09/09/2019 12:00AM UTC time.';

describe('sentences wrapped anywhere', () => {
  const words = (sentence: string) => sentence.split(' ');
  it.each(
    words(INVITE)
      .slice(1)
      .map((_, i) => i + 1),
  )('the invitation broken after word %i still names the program', (at) => {
    const opening = `${words(INVITE).slice(0, at).join(' ')}\n${words(INVITE).slice(at).join(' ')}`;
    const reading = readText(letter((l, v) => `${l}\t${v}`, opening, DEADLINE));
    expect(reading.invitation.program, `broken as:\n${opening}`).toBe('FSW');
  });

  it.each(
    words(DEADLINE)
      .slice(1)
      .map((_, i) => i + 1),
  )('the deadline broken after word %i is still read', (at) => {
    const closing = `${words(DEADLINE).slice(0, at).join(' ')}\n${words(DEADLINE).slice(at).join(' ')}`;
    const reading = readText(letter((l, v) => `${l}\t${v}`, INVITE, closing));
    expect(reading.invitation.deadline, `broken as:\n${closing}`).toBe('2019-09-09T00:00:00Z');
  });
});

describe('rows as plain text lays them out', () => {
  it.each([
    ['space-aligned columns', (l: string, v: number) => `${l.padEnd(70)}${v}`],
    ['dot leaders', (l: string, v: number) => `${l} ${'.'.repeat(60 - l.length)} ${v}`],
    ['an ellipsis leader', (l: string, v: number) => `${l} ……… ${v}`],
    ['a middle-dot leader', (l: string, v: number) => `${l} ········ ${v}`],
    ['the value on the next line', (l: string, v: number) => `${l}\n${v}`],
    ['a colon', (l: string, v: number) => `${l}: ${v}`],
    ['"points" after the value', (l: string, v: number) => `${l}   ${v} points`],
  ])('%s', (_name, row) => {
    const reading = readText(letter(row, INVITE, DEADLINE));
    expect(reading.crs.total, 'crs.total').toBe(475);
    expect(Object.values(reading.crs.rows), 'the 16 rows in order').toEqual(
      ROWS_2019.map(([, v]) => v),
    );
    expect(reading.missing).toEqual([]);
    expect(codes(reading)).toEqual([]);
  });

  it.each([
    ['1,071', 1071],
    ['1 071', 1071],
    ['1\u00a0071', 1071],
    ['1\u202f071', 1071],
  ])('a total written %j reads %i', (shown, total) => {
    const text = `${INVITE}\nCRS – Additional – Provincial/Territorial Nomination      600\nYour overall points score      ${shown}`;
    expect(readText(text).crs.total).toBe(total);
  });
});

describe('footnote marks', () => {
  const withMark = (mark: string) =>
    letter(
      (l, v) => `${l}\t${v}${l.includes('Transferability – Education') ? mark : ''}`,
      INVITE,
      DEADLINE,
    );
  it.each(['¹', '*', '†', ' ²'])('a mark %j after a value is not part of it', (mark) => {
    const reading = readText(withMark(mark));
    expect(reading.crs.rows.transferEducation).toBe(50);
    expect(codes(reading)).toEqual([]);
  });

  it('a digit glued to a value (plain text, "50" + "1") is read as a footnote, and said so', () => {
    const reading = readText(withMark('1'));
    expect(reading.crs.rows.transferEducation).toBe(50);
    expect(reading.problems).toContainEqual({
      code: 'footnote-assumed',
      fields: ['crs.rows.transferEducation'],
      values: { shown: 501, read: 50 },
    });
    expect(codes(reading)).not.toContain('rows-do-not-add-up');
  });

  it('a number above the row maximum that the total needs as shown is not read', () => {
    const text = letter((l, v) => `${l}\t${l.endsWith('Age') ? 118 : v}`, INVITE, DEADLINE).replace(
      'score\t475',
      'score\t483',
    );
    const reading = readText(text);
    expect(reading.crs.rows.age).toBeUndefined();
    expect(reading.missing).toContain('crs.rows.age');
    expect(reading.problems).toContainEqual({
      code: 'value-above-maximum',
      fields: ['crs.rows.age'],
      values: { value: 118, max: 110 },
    });
  });
});

describe('rows the reader does not know', () => {
  it.each([
    [
      'a "CRS –" row of a later revision',
      'CRS – Additional – High-Wage Occupation\t25',
      'CRS - Additional - High-Wage Occupation',
    ],
    ['any row between the rows', 'Occupation in demand\t25', 'Occupation in demand'],
  ])(
    '%s: named with its value, the total kept, nothing added to another row',
    (_name, extra, label) => {
      const lines = letter((l, v) => `${l}\t${v}`, INVITE, DEADLINE).split('\n');
      lines.splice(10, 0, extra);
      const reading = readText(lines.join('\n').replace('score\t475', 'score\t500'));
      expect(reading.crs.total).toBe(500);
      expect(Object.values(reading.crs.rows)).toEqual(ROWS_2019.map(([, v]) => v));
      expect(reading.problems).toEqual([{ code: 'unknown-row', values: { label, value: 25 } }]);
    },
  );
});

describe('the profile page: the section decides the row', () => {
  const profile = [
    'Express Entry profile details',
    'Profile number: E001112223',
    'A. Core / human capital factors',
    'Age\t95',
    'Level of education\t112',
    'Official languages\t124',
    'First official language\t116',
    'Second official language\t8',
    'Canadian work experience\t46',
    'Subtotal - Core human capital factors\t377',
    'B. Spouse or common-law partner factors',
    'Level of education\t8',
    'First official languages\t10',
    'Canadian work experience\t5',
    'Subtotal - Spouse factors\t23',
    'C. Skill transferability factors',
    'Education (to a maximum of 50 points)',
    'A) Official language proficiency and education\t13',
    'B) Canadian work experience and education\t25',
    'Subtotal\t38',
    'Foreign work experience (to a maximum of 50 points)',
    'A) Official language proficiency and foreign work experience\t25',
    'B) Canadian and foreign work experience\t25',
    'Subtotal\t50',
    'Certificate of qualification (for people in trade occupations)',
    'A) Official language proficiency and certificate of qualification\t0',
    'Subtotal\t0',
    'D. Additional points',
    'Provincial nomination\t0',
    'Job offer\t0',
    'Study in Canada\t15',
    'Sibling in Canada\t0',
    'French-language skills\t0',
    'Comprehensive Ranking System formula grand total\t503',
  ];
  it('reads as kind "profile", each bare label in its section, groups by their subtotal', () => {
    const reading = readText(profile.join('\n'));
    expect(reading.kind).toBe('profile');
    expect(reading.crs).toEqual({
      total: 503,
      rows: {
        age: 95,
        education: 112,
        firstLanguage: 116,
        secondLanguage: 8,
        canadianWork: 46,
        spouseEducation: 8,
        spouseLanguage: 10,
        spouseCanadianWork: 5,
        transferEducation: 38,
        transferForeignWork: 50,
        transferCertificate: 0,
        frenchBonus: 0,
        sibling: 0,
        canadianEducation: 15,
        arrangedEmployment: 0,
        provincialNomination: 0,
      },
    });
    expect(reading.profileNumber).toBe('E001112223');
    expect(codes(reading)).toEqual([]);
  });

  it('a transferability group whose heading carries the value needs no subtotal', () => {
    const text = profile
      .join('\n')
      .replace('Education (to a maximum of 50 points)', 'Education (to a maximum of 50 points)\t38')
      .replace(
        /A\) Official language proficiency and education\t13\nB\) Canadian work experience and education\t25\nSubtotal\t38\n/,
        '',
      );
    expect(readText(text).crs.rows.transferEducation).toBe(38);
  });
});

// A rule hides a stale copy (99, 8) next to the live row (110); each way must leave 110 alone.
describe("what the page's own style sheet hides is not read (no layout: linkedom)", () => {
  const page = (css: string, stale: string, extraHead = '') =>
    `<html><head><style>${css}</style>${extraHead}</head><body>
<p>Date: July 10, 2019</p><p>${INVITE}</p>
<table>${stale}<tr><td>CRS – Human Capital – Age</td><td>110</td></tr>
<tr><td>Your overall points score</td><td>110</td></tr></table></body></html>`;
  const row = (attrs: string) => `<tr ${attrs}><td>CRS – Human Capital – Age</td><td>99</td></tr>`;
  it.each([
    ['a class', '.old { display: none }', row('class="old"')],
    ['an id', '#prev{display:none}', row('id="prev"')],
    ['an attribute', 'tr[data-v="1"] { display: none; }', row('data-v="1"')],
    ['a descendant selector', 'table .old { display: none }', row('class="old"')],
    ['visibility: hidden', '.old { visibility: hidden }', row('class="old"')],
    ['visibility: collapse', '.old td { visibility: collapse }', row('class="old"')],
    ['content-visibility: hidden', '.old { content-visibility: hidden }', row('class="old"')],
    [
      '!important over a more specific rule',
      'table tr.old { display: table-row } .old { display: none !important }',
      row('class="old"'),
    ],
    [
      'a later rule of the same weight',
      '.old { display: table-row } .old { display: none }',
      row('class="old"'),
    ],
    ['@media screen', '@media screen { .old { display: none } }', row('class="old"')],
    ['a style attribute', '', row('style="display:none"')],
    ['the hidden attribute', '', row('hidden')],
    ['hidden="until-found"', '', row('hidden="until-found"')],
  ])('%s', (_name, css, stale) => {
    const reading = read(linkedomDocument(page(css, stale)));
    expect(reading.crs.rows.age, 'only the live row').toBe(110);
    expect(codes(reading)).not.toContain('conflicting-values');
  });

  it.each([
    ['a print-only rule', '@media print { .old { display: none } }'],
    ['a hover rule', '.old:hover { display: none }'],
    ['an author display over the hidden attribute', 'tr[hidden] { display: table-row }'],
  ])('%s does not hide on screen: both numbers are seen, neither is used', (_name, css) => {
    const stale = css.includes('hidden') ? row('class="old" hidden') : row('class="old"');
    const reading = read(linkedomDocument(page(css, stale)));
    expect(reading.crs.rows.age).toBeUndefined();
    expect(codes(reading)).toContain('conflicting-values');
  });

  it('a linked style sheet it cannot see is named when two versions show', () => {
    const link = '<link rel="stylesheet" href="/theme.css">';
    const reading = read(linkedomDocument(page('', row('class="old"'), link)));
    expect(codes(reading)).toEqual(['conflicting-values', 'page-styles-unknown']);
    const clean = read(linkedomDocument(page('', '', link)));
    expect(codes(clean), 'nothing to explain: no problem').not.toContain('page-styles-unknown');
  });
});

describe('a page nested far deeper than any real page', () => {
  const DEPTH = 30_000;
  const deep = `<html><body><p>Date: July 10, 2019</p>${'<div>'.repeat(DEPTH)}CRS – Human Capital – Age 110${'</div>'.repeat(DEPTH)}</body></html>`;

  it('is read without a crash, and says which part it could not read', () => {
    const reading = read(linkedomDocument(deep));
    expect(reading.problems).toContainEqual({
      code: 'page-too-deep',
      values: { depth: MAX_DEPTH },
    });
    expect(reading.crs.rows.age, 'nothing read from below the limit').toBeUndefined();
  });

  it('gives a structure report, cut', () => {
    const structure = pageStructure(linkedomDocument(deep));
    expect(structure).toContain('… (too deep)');
  });

  it('the command line answers with one line, no stack trace', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'ita-ready-deep-')), 'deep.html');
    writeFileSync(file, deep);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['read', file, '--json'], {
      out: (t) => void out.push(t),
      err: (t) => void err.push(t),
    });
    expect(code, err.join('\n')).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).not.toMatch(/Maximum call stack|\n\s+at /);
  });
});
