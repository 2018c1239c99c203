// `ita-ready score <profile.json> [--on YYYY-MM-DD] [--json]` (SPEC.md "Command line";
// profile format: reference/profile.md).
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { format } from 'date-fns';
import {
  CONFIRMED_THROUGH,
  CrsDateError,
  REPORTED_REVISION,
  SECTION_ROWS,
  gridFor,
  isIsoDate,
  parseProfile,
  score,
  type CrsProfile,
  type CrsScore,
  type CrsSections,
} from '../lib/crs';
import type { CrsRowKey } from '../lib/reader/types';
import { UsageError, type Io } from './io';

const USAGE = 'usage: ita-ready score <profile.json> [--on YYYY-MM-DD] [--json]';

interface ScoreArgs {
  help: boolean;
  file: string | undefined;
  on: string | undefined;
  json: boolean;
}

function parse(args: string[]): ScoreArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        on: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // node's own messages are long and mention '--' escapes; name the option and show the usage.
    const message = error instanceof Error ? error.message : String(error);
    if (/'--on\b[^']*' argument missing/.test(message)) {
      throw new UsageError(`--on needs a date written YYYY-MM-DD. ${USAGE}`);
    }
    const option = /'(-[^']*)'/.exec(message)?.[1];
    throw new UsageError(`${option ? `bad option '${option}'` : message.split('\n')[0]}. ${USAGE}`);
  }
  const help = parsed.values.help ?? false;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined && !help) throw new UsageError(`no profile file given. ${USAGE}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'. ${USAGE}`);
  return { help, file, on: parsed.values.on, json: parsed.values.json ?? false };
}

async function readProfile(file: string): Promise<CrsProfile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code || 'unreadable';
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
  let data: unknown;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`${file} is not valid JSON: ${message}`);
  }
  const result = parseProfile(data);
  if (!result.ok) throw new UsageError(`invalid profile ${file}: ${result.errors.join('; ')}`);
  return result.profile;
}

function warningFor(on: string, result: CrsScore): string {
  return (
    `${on} is after ${CONFIRMED_THROUGH}, the last date the CRS grid is confirmed. ` +
    `A revision reported for ${REPORTED_REVISION.effectiveFrom} is not published in any source ` +
    `this tool has; this score uses the ${result.grid} grid and may not be what IRCC counts.`
  );
}

/** Each section's title; its rows are the engine's own SECTION_ROWS, in the letter's order. */
const SECTIONS: readonly (readonly [keyof CrsSections, string])[] = [
  ['core', 'Core / human capital'],
  ['spouse', 'Spouse or common-law partner'],
  ['transfer', 'Skill transferability'],
  ['additional', 'Additional points'],
];

const ROW_LABELS: Record<CrsRowKey, string> = {
  age: 'Age',
  education: 'Level of education',
  firstLanguage: 'First official language',
  secondLanguage: 'Second official language',
  canadianWork: 'Canadian work experience',
  spouseEducation: 'Level of education',
  spouseLanguage: 'First official language',
  spouseCanadianWork: 'Canadian work experience',
  transferEducation: 'Education',
  transferForeignWork: 'Foreign work experience',
  transferCertificate: 'Certificate of qualification',
  frenchBonus: 'French proficiency or bilingualism',
  sibling: 'PR or Canadian sibling',
  canadianEducation: 'Canadian education',
  arrangedEmployment: 'Arranged employment',
  provincialNomination: 'Provincial/territorial nomination',
};

/** Which language the first / second official language rows are, for a French-first profile. */
function languageNote(profile: CrsProfile, key: CrsRowKey): string {
  const first = profile.firstOfficialLanguage;
  const second = first === 'english' ? 'french' : 'english';
  const name = { english: 'English', french: 'French' };
  if (key === 'firstLanguage') return ` (${name[first]})`;
  if (key === 'secondLanguage')
    return profile[second] === undefined ? ' (no test)' : ` (${name[second]})`;
  return '';
}

const WIDTH = 44;
const line = (label: string, value: string) => `${label.padEnd(WIDTH)}${value.padStart(10)}`;

function breakdown(profile: CrsProfile, on: string, result: CrsScore): string {
  const grid = gridFor(on);
  const withSpouse = profile.spouse !== null;
  const caps: Record<keyof CrsSections, number> = {
    core: withSpouse ? grid.caps.core.withSpouse : grid.caps.core.withoutSpouse,
    spouse: grid.caps.spouse,
    transfer: grid.caps.transfer,
    additional: grid.caps.additional,
  };
  const out: string[] = [];
  if (result.rulesMayHaveChanged) out.push(`WARNING: ${warningFor(on, result)}`, '');
  out.push(
    `CRS on ${on} under grid ${result.grid} (in force ${grid.effectiveFrom} to ${grid.effectiveTo ?? `at least ${CONFIRMED_THROUGH}`})`,
    withSpouse
      ? 'Scored with an accompanying spouse or partner'
      : 'Scored as single (no accompanying spouse or partner)',
    '',
  );
  for (const [section, title] of SECTIONS) {
    if (section === 'spouse' && !withSpouse) {
      out.push(line(title, 'not scored'), '');
      continue;
    }
    const keys = SECTION_ROWS[section];
    const rowSum = keys.reduce((total, key) => total + result.rows[key], 0);
    const shown = result.sections[section];
    out.push(line(title, `${shown} / ${caps[section]}`));
    for (const key of keys) {
      out.push(line(`  ${ROW_LABELS[key]}${languageNote(profile, key)}`, String(result.rows[key])));
    }
    if (rowSum > shown) out.push(`  (rows add up to ${rowSum}; the section counts ${shown})`);
    out.push('');
  }
  out.push(line('Total', `${result.total} / 1200`));
  return out.join('\n');
}

/** Today's date in the user's local time zone: the CLI may read the clock, lib/ may not. */
const today = () => format(new Date(), 'yyyy-MM-dd');

export async function runScore(args: string[], io: Io): Promise<number> {
  const { help, file, on: onArg, json } = parse(args);
  if (help || file === undefined) {
    io.out(USAGE);
    return 0;
  }
  if (onArg !== undefined && !isIsoDate(onArg)) {
    throw new UsageError(`--on must be a calendar date written YYYY-MM-DD (got "${onArg}")`);
  }
  const on = onArg ?? today();
  const profile = await readProfile(file);
  let result: CrsScore;
  try {
    result = score(profile, on);
  } catch (error) {
    if (error instanceof CrsDateError) throw new UsageError(`--on: ${error.message}`);
    throw error;
  }
  if (json) {
    const { grid, total, sections, rows } = result;
    const output = result.rulesMayHaveChanged
      ? { grid, total, sections, rows, rulesMayHaveChanged: true, warning: warningFor(on, result) }
      : { grid, total, sections, rows };
    io.out(JSON.stringify(output, null, 2));
  } else {
    io.out(breakdown(profile, on, result));
  }
  return 0;
}
