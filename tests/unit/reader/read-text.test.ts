// The text front door and the reading rules that need no page: dates settled by the letter date,
// deadlines that are not 60 days, conflicts, language.
import { describe, expect, it } from 'vitest';
import { readText, type Reading } from '../../../lib/reader';
import { ROWS_2019 } from './rows-2019';

function letter(date: string, deadline: string, total = '475'): string {
  return [
    date,
    'We are pleased to invite you to apply for permanent residence under the',
    'Federal Skilled Workers (FSW).',
    ...ROWS_2019.map(([label, value]) => `${label}\t${value}`),
    `Your overall points score\t${total}`,
    deadline,
  ].join('\n');
}

const codes = (r: Reading) => r.problems.map((p) => p.code);

describe('deadline settled by the letter date (the deadline is 00:00 UTC on day 61)', () => {
  it.each([
    // [letter date line, deadline line, expected deadline, expected problem codes]
    [
      'Date: July 10, 2019',
      'You must submit a complete application before 09/09/2019 12:00AM UTC time.',
      '2019-09-09T00:00:00Z',
      [],
    ],
    [
      'Date: August 5, 2024',
      'You must submit a complete application before 10/05/2024 12:00AM UTC time.',
      '2024-10-05T00:00:00Z',
      [],
    ],
    [
      'Date: August 5, 2024',
      'You must submit a complete application before 05/10/2024 12:00AM UTC time.',
      '2024-10-05T00:00:00Z',
      [],
    ],
    [
      'Date: July 10, 2019',
      'You must submit a complete application before 03/04/2020 12:00AM UTC time.',
      null,
      ['deadline-ambiguous'],
    ],
    [
      'Date: July 10, 2019',
      'You must submit a complete application before October 9, 2019 at 12:00 AM UTC.',
      '2019-10-09T00:00:00Z',
      ['deadline-not-60-days'],
    ],
    [
      'Date: July 10, 2019',
      'You must submit a complete application before September 8, 2019 11:59 PM UTC.',
      '2019-09-08T23:59:00Z',
      [],
    ],
    [
      'Letter of July 10, 2019',
      'You must submit a complete application before 03/04/2020 12:00AM UTC time.',
      null,
      ['deadline-ambiguous'],
    ],
    ['Date: 07/10/2019', 'Deadline: September 9, 2019', '2019-09-09T00:00:00Z', ['date-ambiguous']],
  ])('%s / %s → %s', (dateLine, deadlineLine, deadline, problems) => {
    const reading = readText(letter(dateLine, deadlineLine));
    expect(reading.invitation.deadline, 'invitation.deadline').toBe(deadline);
    expect(codes(reading), 'problem codes').toEqual(problems);
    expect(reading.missing.includes('invitation.deadline'), 'deadline in missing').toBe(
      deadline === null,
    );
  });
});

describe('readText', () => {
  it('reads the 2019 letter as text, program wrapped over two lines', () => {
    const reading = readText(
      letter(
        'Date: July 10, 2019',
        'You must submit a complete application before 09/09/2019 12:00AM UTC time.',
      ),
    );
    expect(reading).toMatchObject({
      kind: 'ita-letter',
      language: 'en',
      invitation: { date: '2019-07-10', program: 'FSW', deadline: '2019-09-09T00:00:00Z' },
      crs: { total: 475 },
      missing: [],
      problems: [],
    });
    expect(Object.keys(reading.crs.rows)).toHaveLength(16);
  });

  it('reports rows that do not add up and keeps both numbers as shown', () => {
    const reading = readText(letter('Date: July 10, 2019', '', '480'));
    expect(reading.crs.total).toBe(480);
    expect(reading.crs.rows.age).toBe(110);
    expect(codes(reading)).toContain('rows-do-not-add-up');
  });

  it('never picks one of two numbers shown for the same row', () => {
    const text = `${letter('Date: July 10, 2019', '')}\nCRS – Human Capital – Age\t100`;
    const reading = readText(text);
    expect(reading.crs.rows.age).toBeUndefined();
    expect(reading.missing).toContain('crs.rows.age');
    expect(codes(reading)).toContain('conflicting-values');
  });

  it.each([
    ['Cut after the total line', 'Your overall points score 475', ['crs.rows.age']],
    ['Only the date', 'Date: July 10, 2019', []],
  ])('%s: a value that is not there is missing, never 0', (_name, text, missing) => {
    const reading = readText(`We are pleased to invite you to apply under the CEC.\n${text}`);
    for (const field of missing) expect(reading.missing).toContain(field);
    expect(Object.values(reading.crs.rows)).not.toContain(0);
  });

  it.each([
    [
      'Nous avons le plaisir de vous inviter à présenter une demande au titre de la catégorie de l’expérience canadienne (CEC).\nDate : 1er août 2024',
      'fr',
      'CEC',
    ],
    [
      'Nous avons le plaisir de vous inviter à présenter une demande au titre du Programme des métiers spécialisés (fédéral) (TMSF).\nDate : 1er août 2024',
      'fr',
      'FST',
    ],
    [
      'Nous avons le plaisir de vous inviter à présenter une demande au titre du Programme des candidats des provinces (PCP).\nDate : 1er août 2024',
      'fr',
      'PNP',
    ],
    [
      'We are pleased to invite you to apply for permanent residence under the Provincial Nominee Class.\nDate: 2024-08-01',
      'en',
      'PNP',
    ],
  ])('language and program of %j', (text, language, program) => {
    const reading = readText(text);
    expect(reading.kind).toBe('ita-letter');
    expect(reading.language).toBe(language);
    expect(reading.invitation.program).toBe(program);
    expect(reading.invitation.date).toBe('2024-08-01');
  });

  it('an empty or unrelated text is unknown, with nothing read', () => {
    for (const text of ['', 'Call 1-888-242-2100. Processing time: 6 months. Total: 1,365']) {
      const reading = readText(text);
      expect(reading.kind).toBe('unknown');
      expect(reading.crs.total).toBeNull();
      expect(codes(reading)).toEqual(['page-not-recognised']);
    }
  });
});
