// The reader's words (lib/reader/words.ts) are one table that everything derives from: the matcher's
// bits follow its entries, each entry is written in folded form, and each names a page that shows
// it (a fixture under tests/fixtures/pages/ or a test file here).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as F from '../../../lib/reader/features';
import { features, SCORE_WORDS } from '../../../lib/reader/matcher';
import { LANGUAGE_WORDS, PHRASES, phrasesOf, REPORT_WORDS, WORDS } from '../../../lib/reader/words';
import { PAGES_DIR } from './dom';

const source = readFileSync(new URL('../../../lib/reader/words.ts', import.meta.url), 'utf8');
const tables = { WORDS, PHRASES, REPORT_WORDS, LANGUAGE_WORDS };

describe('the words table', () => {
  it.each(Object.keys(WORDS).map((key, i) => [key, i] as const))(
    'WORDS.%s is matcher bit %i (features.ts)',
    (key, i) => {
      const bits: Record<string, unknown> = { ...F };
      expect(bits[key], `features.ts must export ${key} = 1 << ${i}, in WORDS order`).toBe(1 << i);
    },
  );

  it('features.ts has a bit for every entry and no other', () => {
    expect(Object.keys(F).sort()).toEqual(Object.keys(WORDS).sort());
    expect(SCORE_WORDS, 'score words are the entries up to `crs`').toBe((F.crs << 1) - 1);
  });

  it.each(
    Object.entries(tables).flatMap(([table, entries]) =>
      Object.entries(entries).map(([key, entry]) => [`${table}.${key}`, entry] as const),
    ),
  )('%s is folded phrases, each once', (_name, entry) => {
    const phrases = phrasesOf(entry);
    for (const phrase of phrases) {
      // Lower case, no accents: as normalize.ts fold() writes the text they are matched against.
      expect(phrase, `${JSON.stringify(phrase)} is not in folded form`).toMatch(/^[\^ a-z#]+$/);
    }
    expect(new Set(phrases).size, 'no phrase twice in an entry').toBe(phrases.length);
  });

  it.each(
    [...source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s*(\w+):/g)].map(
      (m) => [m[2] ?? '', m[1] ?? ''] as const,
    ),
  )('%s names the page that shows it', (key, comment) => {
    const pages = [...comment.matchAll(/[\w-]+\.(?:html|test\.ts)/g)].map((m) => m[0]);
    expect(pages.length, `the comment on ${key} must name a fixture or a test`).toBeGreaterThan(0);
    for (const page of pages) {
      const file = page.endsWith('.html')
        ? new URL(page, PAGES_DIR)
        : new URL(page, import.meta.url);
      expect(existsSync(file), `${key} cites ${page}, which does not exist`).toBe(true);
    }
  });

  it('every entry of every table has its comment', () => {
    const commented = [...source.matchAll(/\*\/\s*\n\s*(\w+):/g)].map((m) => m[1]);
    const keys = Object.values(tables).flatMap((t) => Object.keys(t));
    const uncommented = keys.filter((k) => !commented.includes(k) && !['en', 'fr'].includes(k));
    expect(uncommented, 'entries without a comment naming a fixture').toEqual([]);
  });

  it.each([
    ['CRS – Human Capital – Age', F.crs | F.core | F.age],
    ['SCG – Époux ou conjoint de fait – Niveau de scolarité', F.crs | F.spouse | F.education],
    ['We are pleased to invite you to apply', F.invite | F.inviteWord],
  ])('%j has the words it should', (text, bits) => {
    expect(features(text) & bits, `features(${JSON.stringify(text)})`).toBe(bits);
  });
});
