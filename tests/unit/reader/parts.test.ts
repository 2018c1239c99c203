// The small parsers under the reader, table by table: numbers, dates, times, labels.
import { describe, expect, it } from 'vitest';
import { findDate, findTime } from '../../../lib/reader/dates';
import { scoreKeyOf } from '../../../lib/reader/labels';
import { fold } from '../../../lib/reader/normalize';
import { parseWholeNumber, splitTrailingNumber } from '../../../lib/reader/numbers';
import { tidy } from '../../../lib/reader/normalize';

describe('parseWholeNumber', () => {
  it.each([
    ['475', 475],
    ['1,071', 1071],
    [tidy('1\u00a0071'), 1071],
    [tidy('1\u202f071'), 1071],
    ['1 071', 1071],
    ['0', 0],
    ['600 points', 600],
    ['points: 130', 130],
    ['1,07', null],
    ['12.5', null],
    ['475 / 1200', null],
    ['six', null],
    ['', null],
    ['1-888-242-2100', null],
  ])('%j → %j', (text, value) => {
    expect(parseWholeNumber(text), `parseWholeNumber(${JSON.stringify(text)})`).toBe(value);
  });
});

describe('splitTrailingNumber', () => {
  it.each([
    ['CRS - Human Capital - Age 110', 'CRS - Human Capital - Age', 110],
    ['Your overall points score: 1,071', 'Your overall points score', 1071],
    ['Total 1 071', 'Total', 1071],
  ])('%j', (line, label, value) => {
    expect(splitTrailingNumber(line)).toEqual({ label, value });
  });
  it.each(['1,071', 'Call 1-888-242-2100 now', 'Processing time: 6 months'])(
    '%j has no label/value',
    (line) => {
      const split = splitTrailingNumber(line);
      expect(split === null || scoreKeyOf(fold(split.label)) === null).toBe(true);
    },
  );
});

describe('findDate', () => {
  it.each([
    ['july 10, 2019', ['2019-07-10']],
    ['10 july 2019', ['2019-07-10']],
    [fold('10 juillet 2019'), ['2019-07-10']],
    [fold('le 1er octobre 2024 à 0 h'), ['2024-10-01']],
    [fold('9 septembre 2019'), ['2019-09-09']],
    [fold('1er août 2024'), ['2024-08-01']],
    ['2019-07-10', ['2019-07-10']],
    ['09/09/2019 12:00am utc', ['2019-09-09']],
    ['09/10/2019', ['2019-09-10', '2019-10-09']],
    ['13/09/2021', ['2021-09-13']],
    ['08/22/2022', ['2022-08-22']],
    ['sept. 9, 2019', ['2019-09-09']],
  ])('%j reads as %j', (text, readings) => {
    expect(findDate(text)?.readings, `findDate(${JSON.stringify(text)})`).toEqual(readings);
  });
  it.each(['february 30, 2019', '31/31/2019', 'no date here', '2019'])('%j has no date', (text) => {
    expect(findDate(text)).toBeNull();
  });
});

describe('findTime', () => {
  it.each([
    [' 12:00am utc', 0],
    [' 12:00 a.m. utc', 0],
    [' 11:59 pm', 23 * 60 + 59],
    [' 12:30 pm', 12 * 60 + 30],
    [' a 0 h (utc)', 0],
    [' a 23 h 59', 23 * 60 + 59],
    [' utc', null],
  ])('%j → %j minutes', (text, minutes) => {
    expect(findTime(text)).toBe(minutes);
  });
});

describe('scoreKeyOf: every row label, in the forms pages use', () => {
  it.each([
    ['CRS – Human Capital – Age', 'age'],
    ['SCG – Capital humain – Âge', 'age'],
    ['Age', 'age'],
    ['CRS – Human Capital – Level of Education', 'education'],
    ['SCG – Capital humain – Niveau de scolarité', 'education'],
    ['CRS – Human Capital – First Official Language (Proficiency)', 'firstLanguage'],
    ['CRS-Human Capital-First Official Language', 'firstLanguage'],
    ['SCG – Capital humain – Première langue officielle', 'firstLanguage'],
    ['CRS – Human Capital – Second Official Language', 'secondLanguage'],
    ['SCG – Capital humain – Deuxième langue officielle', 'secondLanguage'],
    ['CRS – Human Capital – Canadian Work Experience', 'canadianWork'],
    ['SCG – Capital humain – Expérience de travail au Canada', 'canadianWork'],
    ['CRS – Spouse – Level of Education', 'spouseEducation'],
    ['SCG – Époux ou conjoint de fait – Niveau de scolarité', 'spouseEducation'],
    ['CRS – Spouse – First Official Language Proficiency', 'spouseLanguage'],
    ['SCG – Époux ou conjoint de fait – Première langue officielle', 'spouseLanguage'],
    ['CRS – Spouse – Canadian Work Experience', 'spouseCanadianWork'],
    ['SCG – Époux ou conjoint de fait – Expérience de travail au Canada', 'spouseCanadianWork'],
    ['CRS – Skill Transferability – Education', 'transferEducation'],
    ['SCG – Transférabilité des compétences – Études', 'transferEducation'],
    ['CRS – Skill Transferability – Foreign Work Experience', 'transferForeignWork'],
    [
      'SCG – Transférabilité des compétences – Expérience de travail à l’étranger',
      'transferForeignWork',
    ],
    ['CRS – Skill Transferability – Certificate of Qualification', 'transferCertificate'],
    ['SCG – Transférabilité des compétences – Certificat de qualification', 'transferCertificate'],
    ['CRS – Additional – French Proficiency or Bilingualism', 'frenchBonus'],
    ['SCG – Points supplémentaires – Compétences en français', 'frenchBonus'],
    ['CRS – Additional – PR or Canadian Sibling', 'sibling'],
    ['SCG – Points supplémentaires – Frère ou sœur au Canada', 'sibling'],
    ['CRS – Additional – Canadian Education', 'canadianEducation'],
    ['SCG – Points supplémentaires – Études au Canada', 'canadianEducation'],
    ['CRS – Additional – Arranged Employment', 'arrangedEmployment'],
    ['SCG – Points supplémentaires – Emploi réservé', 'arrangedEmployment'],
    ['CRS – Additional – Provincial/Territorial Nomination', 'provincialNomination'],
    [
      'SCG – Points supplémentaires – Désignation provinciale ou territoriale',
      'provincialNomination',
    ],
    ['Your overall points score', 'total'],
    ['Nombre total de points', 'total'],
    ['Total', 'total'],
    ['Comprehensive Ranking System (CRS) score', 'total'],
  ])('%j → %s', (label, key) => {
    expect(scoreKeyOf(fold(label)), `label ${JSON.stringify(label)}`).toBe(key);
  });
  it.each([
    'Express Entry criteria',
    'Your Scores',
    'Processing time',
    'Call us',
    'CRS score of lowest-ranked candidate invited',
    'Round 300',
  ])('%j is not a score label', (label) => {
    expect(scoreKeyOf(fold(label))).toBeNull();
  });
});
