// What the user must never read in the popup, in either language: an internal key, an ISO date or
// instant, `null`, "day(s)", doubled punctuation; and in French, an English sentence of the
// catalogues or a space where French typography puts a no-break one. Used by the unit tests on the
// rendered popup; the browser journeys apply the same rules to what is on screen.
import { backgroundEN } from '@/lib/i18n/background-en';
import { en } from '@/lib/i18n/en';
import { planEn } from '@/lib/i18n/plan-en';

/** Every string of a catalogue (functions are left out: their words are in the strings around). */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/** English sentences long enough that finding one in the French popup means it was not translated. */
export const ENGLISH_SENTENCES: readonly string[] = [
  ...new Set([en, planEn, backgroundEN].flatMap(leaves)),
].filter((s) => s.trim().split(/\s+/).length >= 4);

const RULES: readonly [RegExp, string][] = [
  [/\b\d{4}-\d{2}-\d{2}\b/, 'an ISO date'],
  [/\d{2}:\d{2}(:\d{2})?(\.\d+)?Z\b/, 'an ISO instant'],
  [
    /\b(crs|invitation|reading|facts?|round|family|education|funds)\.[a-z][A-Za-z.]*/,
    'an internal key',
  ],
  [/\b(null|undefined|NaN)\b|\[object /, 'a value left raw'],
  [/\([a-z]*\(?s\)/i, 'a plural written as (s)'],
  [/([.,:;!?])\s?\1/, 'doubled punctuation'],
  [/America\/|Europe\/|Asia\//, 'a time zone name'],
];

const FRENCH_RULES: readonly [RegExp, string][] = [
  [/[^\s\u00a0\u202f][:;!?»]|[:;!?»](?=[A-Za-zÀ-ÿ])/u, 'French punctuation without its space'],
  [/ [:;!?»]|« /u, 'an ordinary space where French puts a no-break space'],
  [/'/, 'a straight apostrophe'],
];

/** The problems in `text`, each named with what it found there. */
export function hygieneProblems(text: string, language: 'en' | 'fr'): string[] {
  const flat = text.replace(/[ \t\n\r]+/g, ' ');
  const problems: string[] = [];
  const rules = language === 'fr' ? [...RULES, ...FRENCH_RULES] : RULES;
  for (const [pattern, what] of rules) {
    const found = pattern.exec(flat);
    if (found)
      problems.push(`${what}: “…${flat.slice(Math.max(0, found.index - 30), found.index + 30)}…”`);
  }
  if (language === 'fr') {
    for (const sentence of ENGLISH_SENTENCES) {
      if (flat.includes(sentence)) problems.push(`English left in French: “${sentence}”`);
    }
  }
  return problems;
}

/** The text of every text node under `root`, one space between nodes (blocks do not run together). */
export function spacedText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    // A sign beside the words (the verdict's mark) is not read: it is hidden from screen readers.
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ');
}
