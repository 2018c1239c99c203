// The matcher's feature bits, one per entry of words.ts WORDS, in its order (bit i is the i-th
// entry; tests/unit/reader/words.test.ts keeps the two in step). Read as `import * as F`, so the
// bundler turns `F.spouse` into a plain constant and the content script does not carry the names.
export const spouse = 1 << 0;
export const education = 1 << 1;
export const language = 1 << 2;
export const work = 1 << 3;
export const transfer = 1 << 4;
export const certificate = 1 << 5;
export const foreign = 1 << 6;
export const french = 1 << 7;
export const sibling = 1 << 8;
export const arranged = 1 << 9;
export const nomination = 1 << 10;
export const secondLanguage = 1 << 11;
export const firstLanguage = 1 << 12;
export const canadianWork = 1 << 13;
export const canad = 1 << 14;
export const age = 1 << 15;
export const total = 1 << 16;
export const core = 1 << 17;
export const additional = 1 << 18;
export const crs = 1 << 19;
export const invite = 1 << 20;
export const inviteWord = 1 << 21;
export const submit = 1 << 22;
export const daysLeft = 1 << 23;
export const home = 1 << 24;
export const profileWording = 1 << 25;
export const profileNumber = 1 << 26;
export const label = 1 << 27;
