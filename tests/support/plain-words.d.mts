// Types of plain-words.mjs for the TypeScript tests.
export function plainWordsProblems(
  text: string,
  language: 'en' | 'fr',
  english?: readonly string[],
): string[];
