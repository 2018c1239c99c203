// parseFacts: the one door through which facts from a file or from storage come in. Each error
// names the field path in plain words (`work[0].hoursPerWeek: expected a number`).
import { languageOf, validateTestScores } from '../language';
import { factsSchema, type Facts, type LanguageTestFact } from './schema';

export type ParseFactsResult = { ok: true; facts: Facts } | { ok: false; errors: string[] };

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? 'facts' : out;
}

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return 'expected a whole number';
      return issue.message !== 'Invalid input' && issue.expected === undefined
        ? issue.message
        : `expected ${issue.expected === 'object' ? 'an object' : `a ${issue.expected ?? 'value'}`}`;
    case 'unrecognized_keys':
      return `unknown key${(issue.keys?.length ?? 0) > 1 ? 's' : ''} ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')} (check the spelling)`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'number'
        ? `must be at least ${String(issue.minimum)}`
        : `too short (at least ${String(issue.minimum)})`;
    case 'too_big':
      return issue.origin === 'number'
        ? `must be at most ${String(issue.maximum)}`
        : `too many entries (at most ${String(issue.maximum)})`;
    default:
      return issue.message === 'Invalid input' ? 'invalid value' : issue.message;
  }
}

export function parseFacts(input: unknown): ParseFactsResult {
  const result = factsSchema.safeParse(input);
  if (!result.success) {
    const errors = result.error.issues.map(
      (issue) => `${formatPath(issue.path)}: ${describe(issue)}`,
    );
    return { ok: false, errors };
  }
  const facts = result.data;
  const errors: string[] = [];
  // Cross-field checks the shape alone cannot express.
  facts.languageTests?.forEach((t, i) => {
    const language = languageOf(t.test);
    if (t.language !== undefined && t.language !== language) {
      errors.push(
        `languageTests[${i}].language: ${t.test} is a test of ${language}, not ${t.language}`,
      );
    }
  });
  facts.work?.forEach((w, i) => {
    if (w.end !== null && w.end < w.start) {
      errors.push(`work[${i}].end: ends (${w.end}) before it starts (${w.start})`);
    }
  });
  // Scores must be on the test's own scale (IELTS 0–9 by halves, CELPIP 0–12, …).
  const tests: [string, LanguageTestFact][] = (facts.languageTests ?? []).map((t, i) => [
    `languageTests[${i}]`,
    t,
  ]);
  if (facts.spouseLanguageTest) tests.push(['spouseLanguageTest', facts.spouseLanguageTest]);
  for (const [where, t] of tests) {
    for (const message of validateTestScores(t.test, t.scores))
      errors.push(`${where}.scores.${message}`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, facts };
}
