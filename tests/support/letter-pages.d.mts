// Types of letter-pages.mjs for the TypeScript tests.
export const SAMPLE_LETTER: string;
export const LETTER_PAGE_NAMES: readonly string[];
export function letterPage(name: string): string;
