// `ita-ready score <profile.json> [--on YYYY-MM-DD] [--json]`: the CRS breakdown of a profile under
// the grid in force on a date (the profile format is in docs/formats.md).
import {
  CONFIRMED_THROUGH,
  CrsDateError,
  REPORTED_REVISION,
  SECTION_ROWS,
  gridFor,
  parseProfile,
  score,
  type CrsProfile,
  type CrsScore,
  type CrsSections,
} from '../lib/crs';
import { localDate } from '../lib/dates';
import type { CrsRowKey } from '../lib/reader/types';
import { dateOption, HELP, parseCommand } from './args';
import { readJson } from './input';
import { UsageError, type Io } from './io';

const USAGE = 'usage: ita-ready score <profile.json> [--on YYYY-MM-DD] [--json]';

const COMMAND = {
  usage: USAGE,
  options: { ...HELP, on: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, name: 'profile file' },
} as const;

async function readProfile(file: string): Promise<CrsProfile> {
  const result = parseProfile(await readJson(file));
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
const today = () => localDate(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone);

export async function runScore(args: string[], io: Io): Promise<number> {
  const { values, positionals, help } = parseCommand(args, COMMAND);
  const [file] = positionals;
  if (help || file === undefined) {
    io.out(USAGE);
    return 0;
  }
  const json = values.json ?? false;
  const on = dateOption('--on', values.on) ?? today();
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
