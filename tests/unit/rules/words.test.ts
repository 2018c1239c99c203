// Every text a finding shows, over the scenarios and the catalogue cases, in both languages: plain
// words only. A failure names the finding and the piece of text to rewrite.
import { describe, expect, it } from 'vitest';
import { LANGUAGE_TESTS, SPOUSE_STATUSES } from '../../../lib/facts';
import { RULE_IDS, evaluate, type EvaluateInput, type Finding } from '../../../lib/rules';
import { CASES } from './cases';
import { SCENARIOS } from './scenarios';

const inputs: [string, EvaluateInput][] = [
  ...Object.entries(SCENARIOS).map(([name, s]): [string, EvaluateInput] => [name, s.input]),
  ...RULE_IDS.flatMap((id): [string, EvaluateInput][] => [
    [`${id} firing case`, CASES[id].fires.input],
    [`${id} quiet case`, CASES[id].quiet.input],
  ]),
];

const texts = inputs.flatMap(([name, input]) =>
  evaluate(input).findings.flatMap((f: Finding) =>
    (['en', 'fr'] as const).flatMap((language) =>
      (['title', 'detail'] as const).map((part) => ({
        where: `${name} → ${f.id} ${part} (${language})`,
        language,
        value: f[part][language],
      })),
    ),
  ),
);

const words = (list: readonly string[]) => new RegExp(`\\b(${list.join('|')})\\b`);

/** What a user must never read, with what to do instead. */
const NEVER: [RegExp, string][] = [
  [/\d{4}-\d{2}-\d{2}/, 'a raw ISO date: write it with formatDate (day())'],
  [/T\d{2}:\d{2}/, 'a raw instant: write it with formatDateTime (instant())'],
  [/\b(crs|invitation|round|family|education|funds)\.[a-z]/, 'a dotted key: name it in words'],
  [/\b[a-z]+[A-Z][a-zA-Z]*\b/, 'a camelCase key: name it in words (row names: CRS_ROW_NAMES)'],
  [words(RULE_IDS.filter((id) => id.includes('-'))), 'a rule id: name the check in words'],
  [words(LANGUAGE_TESTS), 'a test id: use the test’s name (testName)'],
  [words(SPOUSE_STATUSES.filter((s) => s.includes('-'))), 'a spouse status key: use SPOUSE_WORDS'],
  [/\bnull\b|\bundefined\b|\bNaN\b|\[object/, 'a programming value'],
  [/\(s\)/, 'a lazy plural: use count()'],
  [/\.\./, 'a doubled full stop'],
  [/\b[A-Z][a-z]+\/[A-Z][A-Za-z_]+/, 'an IANA time zone id: say "your time"'],
  [/No Program Specified/, 'IRCC’s internal round name: describe the round (roundWords)'],
];

const NEVER_IN_FRENCH: [RegExp, string][] = [
  [/[^\u00a0\u202f][?!;:]/, 'French needs a no-break space before ? ! ; :'],
  [/["']/, 'French uses « » and the typographic apostrophe ’'],
  [/«(?!\u202f)|(?<!\u202f)»/, '« » take narrow no-break spaces inside'],
  [/\d \d{3}\b/, 'French numbers group with a no-break space: use num()'],
];

describe('every finding in plain words', () => {
  it('has texts to scan', () => expect(texts.length).toBeGreaterThan(200));

  it.each(NEVER)('never %s (%s)', (pattern, fix) => {
    const bad = texts.filter((t) => pattern.test(t.value));
    expect(bad.map((t) => `${t.where}: …${t.value.match(pattern)?.[0] ?? ''}… — ${fix}`)).toEqual(
      [],
    );
  });

  it.each(NEVER_IN_FRENCH)('French: never %s (%s)', (pattern, fix) => {
    const bad = texts.filter((t) => t.language === 'fr' && pattern.test(t.value));
    expect(bad.map((t) => `${t.where}: …${t.value.match(pattern)?.[0] ?? ''}… — ${fix}`)).toEqual(
      [],
    );
  });
});
