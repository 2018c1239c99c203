// The candidate profile `ita-ready score` takes (docs/formats.md "Candidate profile"), in grid terms.
// Strict objects: a misspelt key is an error, never silently ignored.
import * as z from 'zod/mini';
import { ARRANGED_EMPLOYMENT, CANADIAN_EDUCATION, EDUCATION_LEVELS } from './grids/types';

const MAX_AGE = 120;
const MAX_YEARS = 60;

const level = (scale: string) => {
  const message = `must be ${scale} level from 0 to 12`;
  return z.int({ error: message }).check(z.gte(0, message), z.lte(12, message));
};

const abilities = (scale: string) =>
  z.strictObject({
    reading: level(scale),
    writing: level(scale),
    listening: level(scale),
    speaking: level(scale),
  });

const wholeYears = (what: string) =>
  z
    .int({ error: `must be a whole number of years of ${what}` })
    .check(
      z.gte(0, 'must be 0 or more'),
      z.lte(MAX_YEARS, `must be ${MAX_YEARS} or less (the grid stops at 5 years)`),
    );

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

const yesNo = () => z.boolean({ error: 'must be true or false' });

// Built inside functions called with a PURE annotation, so a bundle that only scores (the
// background's rules) can drop the schemas, and with them zod, when nothing else uses them.
const buildSpouseSchema = () =>
  z.strictObject(
    {
      education: oneOf(EDUCATION_LEVELS),
      // Absent when the spouse has no language test: their language factor scores 0.
      firstLanguage: z.optional(abilities('a CLB/NCLC')),
      canadianWorkYears: wholeYears('Canadian work'),
    },
    { error: 'must be null (scored as single) or an object' },
  );

const spouseSchema = /* @__PURE__ */ buildSpouseSchema();

const buildProfileSchema = () =>
  z
    .strictObject({
      age: z
        .int({ error: 'must be a whole number of years' })
        .check(z.gte(0, 'must be 0 or more'), z.lte(MAX_AGE, `must be ${MAX_AGE} or less`)),
      education: oneOf(EDUCATION_LEVELS),
      firstOfficialLanguage: oneOf(['english', 'french']),
      english: z.optional(abilities('a CLB')),
      french: z.optional(abilities('an NCLC')),
      canadianWorkYears: wholeYears('Canadian work'),
      foreignWorkYears: wholeYears('foreign work'),
      certificateOfQualification: yesNo(),
      siblingInCanada: yesNo(),
      canadianEducation: oneOf(CANADIAN_EDUCATION),
      provincialNomination: yesNo(),
      arrangedEmployment: oneOf(ARRANGED_EMPLOYMENT),
      spouse: z.nullable(spouseSchema),
    })
    // The first official language is the one the core points come from: without its results the
    // score would silently drop up to 136 points, so its absence is an error, not a zero.
    .check(
      z.refine((p) => p[p.firstOfficialLanguage] !== undefined, {
        path: ['firstOfficialLanguage'],
        error: (issue) => {
          const first =
            valueAt(issue.input, ['firstOfficialLanguage']) === 'french' ? 'french' : 'english';
          const scale = first === 'french' ? 'NCLC' : 'CLB';
          return `is "${first}" but the profile has no "${first}" results: add their four ${scale} levels`;
        },
      }),
    );

export const profileSchema = /* @__PURE__ */ buildProfileSchema();

export type CrsProfile = z.infer<typeof profileSchema>;

export type ParsedProfile = { ok: true; profile: CrsProfile } | { ok: false; errors: string[] };

/** The value at `path` in `input`, for "(got …)" in messages. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const ABILITY_KEYS = ['reading', 'writing', 'listening', 'speaking'];

/** The keys allowed where an unknown key was found: the profile, the spouse, or a set of levels. */
function keysAt(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return Object.keys(profileSchema.def.shape);
  if (path.length === 1 && path[0] === 'spouse') return Object.keys(spouseSchema.def.shape);
  return ABILITY_KEYS;
}

/** Edit distance, to suggest the key a typo was meant to be. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function suggestion(key: string, path: readonly PropertyKey[]): string {
  const close = keysAt(path).find(
    (known) => known.toLowerCase() === key.toLowerCase() || distance(known, key) <= 2,
  );
  return close === undefined ? '' : ` (did you mean "${close}"?)`;
}

function describe(issue: z.core.$ZodIssue, input: unknown): string[] {
  const where = issue.path.map(String).join('.');
  const prefix = where === '' ? '' : `${where}: `;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `${prefix}unknown key "${key}"${suggestion(key, issue.path)}`);
  }
  const value = valueAt(input, issue.path);
  if (issue.code === 'custom') return [`${prefix}${issue.message}`];
  if (value === undefined) return [`${prefix}missing (${issue.message})`];
  if (where === '' && issue.code === 'invalid_type') {
    return [`the profile must be a JSON object (got ${shown(value)})`];
  }
  const message = issue.message === 'Invalid input' ? `invalid (${issue.code})` : issue.message;
  return [`${prefix}${message} (got ${shown(value)})`];
}

/** Validates untrusted input; each error names the field, e.g. `age: must be 0 or more (got -1)`. */
export function parseProfile(input: unknown): ParsedProfile {
  const result = profileSchema.safeParse(input);
  if (result.success) return { ok: true, profile: result.data };
  return { ok: false, errors: result.error.issues.flatMap((issue) => describe(issue, input)) };
}
