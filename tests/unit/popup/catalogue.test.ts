// The catalogue: every label a view looks up exists in both languages, and no text is left empty.
import { describe, expect, it } from 'vitest';
import { CATALOGUES, languageFromTag } from '@/lib/i18n';
import { FACT_PATHS } from '@/lib/facts';

const LANGUAGES = ['en', 'fr'] as const;

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) =>
      leaves(inner, path ? `${path}.${key}` : key),
    );
  }
  return [[path, value]];
}

describe('catalogue', () => {
  it.each(LANGUAGES)('%s names every fact a finding can point to in words', (language) => {
    const unnamed = FACT_PATHS.filter((fact) => {
      const label = CATALOGUES[language].fact(fact);
      return label.trim() === '' || label === fact || /[.[\]]/.test(label);
    });
    expect(unnamed, `give these a label in lib/facts/names.ts (${language})`).toEqual([]);
  });

  it('English and French have the same keys, none empty', () => {
    const en = leaves(CATALOGUES.en)
      .map(([key]) => key)
      .sort();
    const fr = leaves(CATALOGUES.fr)
      .map(([key]) => key)
      .sort();
    expect(fr, 'lib/i18n/fr.ts must have exactly the keys of en.ts').toEqual(en);
    for (const language of LANGUAGES) {
      const empty = leaves(CATALOGUES[language]).filter(([, value]) => value === '');
      expect(empty, `empty text in lib/i18n/${language}.ts`).toEqual([]);
    }
  });

  it.each([
    ['fr-CA', 'fr'],
    ['fr', 'fr'],
    ['FR-fr', 'fr'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ] as const)('browser language %s → %s', (tag, language) => {
    expect(languageFromTag(tag)).toBe(language);
  });
});
