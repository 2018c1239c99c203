// `ita-ready read <page.html|letter.pdf> [--json]`: prints the reading.
// Exit 0 when the page was recognised (even with missing fields), 2 with one line on stderr when
// it was not, 1 for a missing or unreadable file and bad arguments.

import { readerProblemText } from '../lib/i18n/reader';
import { CRS_ROW_KEYS, type Reading } from '../lib/reader';
import { HELP, parseCommand } from './args';
import type { Io } from './io';
import { loadKnownReading } from './load';

const KIND_NAMES: Record<Reading['kind'], string> = {
  'ita-letter': 'ITA letter',
  profile: 'Express Entry profile',
  'account-home': 'Account home',
  unknown: 'Unrecognised page',
};

/** The reading with its keys in the contract's order, whatever order they were built in. */
export function orderedReading(reading: Reading): Reading {
  const rows: Reading['crs']['rows'] = {};
  for (const key of CRS_ROW_KEYS) {
    const value = reading.crs.rows[key];
    if (value !== undefined) rows[key] = value;
  }
  return {
    kind: reading.kind,
    language: reading.language,
    invitation: {
      date: reading.invitation.date,
      program: reading.invitation.program,
      deadline: reading.invitation.deadline,
    },
    crs: { total: reading.crs.total, rows },
    daysLeftToSubmit: reading.daysLeftToSubmit,
    profileNumber: reading.profileNumber,
    missing: [...reading.missing],
    problems: reading.problems.map((p) => ({
      code: p.code,
      ...(p.fields ? { fields: [...p.fields] } : {}),
      ...(p.values ? { values: { ...p.values } } : {}),
    })),
  };
}

const shown = (value: string | number | null): string =>
  value === null ? '(not found)' : String(value);

export function summary(reading: Reading): string {
  const out = [`${KIND_NAMES[reading.kind]} (${reading.language})`];
  if (reading.kind === 'ita-letter') {
    out.push(`  Date:       ${shown(reading.invitation.date)}`);
    out.push(`  Program:    ${shown(reading.invitation.program)}`);
    out.push(`  Deadline:   ${shown(reading.invitation.deadline)}`);
  }
  if (reading.profileNumber !== null) out.push(`  Profile:    ${reading.profileNumber}`);
  if (reading.kind === 'account-home' || reading.daysLeftToSubmit !== null) {
    out.push(`  Days left to submit: ${shown(reading.daysLeftToSubmit)}`);
  }
  if (reading.kind === 'ita-letter' || reading.crs.total !== null) {
    out.push(`  CRS total:  ${shown(reading.crs.total)}`);
    const rows = CRS_ROW_KEYS.filter((key) => reading.crs.rows[key] !== undefined);
    if (rows.length > 0) out.push(`  Rows (${rows.length} of ${CRS_ROW_KEYS.length}):`);
    for (const key of rows)
      out.push(`    ${key.padEnd(22)}${String(reading.crs.rows[key]).padStart(4)}`);
  }
  out.push(
    `  Missing:    ${reading.missing.length === 0 ? 'nothing' : reading.missing.join(', ')}`,
  );
  if (reading.problems.length === 0) out.push('  Problems:   none');
  else {
    out.push('  Problems:');
    for (const p of reading.problems) out.push(`    - ${p.code}: ${readerProblemText(p, 'en')}`);
  }
  return out.join('\n');
}

const USAGE = 'usage: ita-ready read <page.html|letter.pdf> [--json]';
const COMMAND = {
  usage: USAGE,
  options: { ...HELP, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, name: 'page to read' },
} as const;

export async function runRead(args: string[], io: Io): Promise<number> {
  const { values, positionals, help } = parseCommand(args, COMMAND);
  const [path] = positionals;
  if (help || path === undefined) {
    io.out(USAGE);
    return 0;
  }
  const reading = await loadKnownReading(path);
  io.out(values.json ? JSON.stringify(orderedReading(reading), null, 2) : summary(reading));
  return 0;
}
