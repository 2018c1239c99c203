// Generates lib/rounds/rounds-data.json, the bundled snapshot of IRCC's rounds of invitations, from a
// saved copy of IRCC's public feed (ee_rounds_123_en.json, downloaded from the `upstream` address
// below). Run it when a newer copy of the feed is at hand:
//   node scripts/rounds-snapshot.mjs path/to/ee_rounds_123_en.json
// The output is committed: the build and the tests only read rounds-data.json.
// Compact format: repeated names and program texts are stored once and referenced by index;
// each round is [number, date, nameIndex, cutoff, size|null, programsIndex].
import { readFileSync, writeFileSync } from 'node:fs';

const UPSTREAM = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/rounds-snapshot.mjs <saved copy of ee_rounds_123_en.json>');
  process.exit(1);
}
const out = new URL('../lib/rounds/rounds-data.json', import.meta.url);
const feed = JSON.parse(readFileSync(source, 'utf8'));
if (!Array.isArray(feed.rounds) || feed.rounds.length === 0) {
  console.error(`${source}: no "rounds" list: not a copy of IRCC's rounds feed`);
  process.exit(1);
}

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

const seen = new Set();
const rounds = feed.rounds.map((r) => {
  const number = String(r.drawNumber).trim();
  if (seen.has(number)) throw new Error(`round ${number} is listed twice`);
  seen.add(number);
  const date = String(r.drawDate).trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`round ${number}: drawDate "${date}"`);
  const size = String(r.drawSize ?? '').trim();
  return [
    number,
    date,
    indexOf(names, String(r.drawName).trim()),
    toInt(r.drawCRS, 'drawCRS', number),
    size === '' ? null : toInt(size, 'drawSize', number),
    indexOf(programs, String(r.drawText2).trim()),
  ];
});
// Newest first; rounds of one day by number, highest first.
const numeric = (n) => Number.parseInt(n, 10);
rounds.sort((a, b) =>
  a[1] !== b[1] ? (a[1] < b[1] ? 1 : -1) : numeric(b[0]) - numeric(a[0]) || (a[0] < b[0] ? 1 : -1),
);
const snapshotDate = rounds[0][1];

// One round per line keeps diffs of a refreshed snapshot readable.
const body = [
  '{',
  `  "upstream": ${JSON.stringify(UPSTREAM)},`,
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
