// Generates lib/rounds/rounds-data.json, the bundled snapshot of IRCC's rounds of invitations, from
// the reference copy of IRCC's feed (ee_rounds_123_en.json). Run once when the reference changes:
//   node scripts/rounds-snapshot.mjs [path/to/ee-rounds.json]
// The output is committed: the build and the tests never read the reference folder.
// Compact format: repeated names and program texts are stored once and referenced by index;
// each round is [number, date, nameIndex, cutoff, size|null, programsIndex].
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2] ?? '/work/shared/reference/ee-rounds.json';
const out = new URL('../lib/rounds/rounds-data.json', import.meta.url);
const feed = JSON.parse(readFileSync(source, 'utf8'));

const toInt = (text, field, number) => {
  const digits = String(text).replace(/[\s,\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(digits)) throw new Error(`round ${number}: ${field} "${text}" is not a number`);
  return Number(digits);
};

const names = [];
const programs = [];
const indexOf = (list, value) => {
  const i = list.indexOf(value);
  if (i >= 0) return i;
  list.push(value);
  return list.length - 1;
};

const rounds = feed.rounds.map((r) => [
  r.drawNumber.trim(),
  r.drawDate.trim(),
  indexOf(names, r.drawName.trim()),
  toInt(r.drawCRS, 'drawCRS', r.drawNumber),
  r.drawSize.trim() === '' ? null : toInt(r.drawSize, 'drawSize', r.drawNumber),
  indexOf(programs, r.drawText2.trim()),
]);
rounds.sort((a, b) => (a[1] === b[1] ? 0 : a[1] < b[1] ? 1 : -1));
const snapshotDate = rounds[0][1];

const data = { upstream: feed.upstream, snapshotDate, names, programs, rounds };
// One round per line keeps diffs of a refreshed snapshot readable.
const body = [
  '{',
  `  "upstream": ${JSON.stringify(data.upstream)},`,
  `  "snapshotDate": ${JSON.stringify(snapshotDate)},`,
  `  "names": ${JSON.stringify(names)},`,
  `  "programs": ${JSON.stringify(programs)},`,
  '  "rounds": [',
  rounds.map((r) => `    ${JSON.stringify(r)}`).join(',\n'),
  '  ]',
  '}',
  '',
].join('\n');
writeFileSync(out, body);
console.log(`wrote ${rounds.length} rounds (newest ${snapshotDate}) to ${out.pathname}`);
