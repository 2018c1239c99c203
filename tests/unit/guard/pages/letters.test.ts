// The guard's two test pages are one letter, in English and in French: the reader reads both to
// the same invitation and scores (the e2e guard tests assess what it reads on each), and the
// French page has French text, not the English letter under lang="fr".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { read } from '@/lib/reader';

const page = (name: string) =>
  parseHTML(readFileSync(join(import.meta.dirname, name), 'utf8')).document;

const letter = (name: string, language: 'en' | 'fr') => ({
  name,
  language,
  reading: read(page(name)),
});
const en = letter('ita-letter-apply.html', 'en');
const fr = letter('ita-letter-apply-fr.html', 'fr');

describe.each([en, fr])('$name', ({ name, language, reading }) => {
  it(`reads as the 2026 CEC letter, in ${language}`, () => {
    expect(reading, `${name} must read as the letter its comment describes`).toMatchObject({
      kind: 'ita-letter',
      language,
      invitation: { date: '2026-11-19', program: 'CEC', deadline: '2027-01-19T00:00:00Z' },
      crs: { total: 512 },
      profileNumber: 'E001234567',
      missing: [],
      problems: [],
    });
  });

  it('reads all 16 rows, adding up to the total', () => {
    const rows = Object.values(reading.crs.rows);
    expect(rows).toHaveLength(16);
    expect(rows.reduce((sum, points) => sum + (points ?? 0), 0)).toBe(512);
  });
});

it('both pages read the same, but for the language', () => {
  expect({ ...fr.reading, language: 'en' }, 'the French page must be the same letter').toEqual(
    en.reading,
  );
});

it('the French page has no English letter text', () => {
  const text = page('ita-letter-apply-fr.html').body.textContent ?? '';
  for (const english of [
    'Dear',
    'Congratulations',
    'CRS –',
    'Your overall',
    'You must submit',
    'Continue session',
    'Back to account home',
  ])
    expect(text, `English "${english}" left on the French page`).not.toContain(english);
  expect(text).toContain('Vous devez présenter une demande complète avant le 19 janvier 2027');
});
