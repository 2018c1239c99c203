// What "Import" takes (lib/schema/export-file.ts): an export file of this or an older version, or a
// facts file in the documented format; anything else is refused whole, naming the place and the
// value that is wrong, in the page's language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_VERSION,
  parseImportFile,
  type ImportProblem,
  type ImportRefusal,
} from '@/lib/schema/export-file';
import { DEFAULT_SETTINGS } from '@/lib/schema/settings';
import { EMPTY_READINGS } from '@/lib/schema/state';
import { optionsEn } from '@/lib/i18n/options-en';
import { optionsFr } from '@/lib/i18n/options-fr';
import { workPeriod } from '../../support/facts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/facts');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

const facts = { dateOfBirth: '1996-03-14', nomination: 'none' };
const exportV2 = {
  format: 'ita-ready-export',
  version: 2,
  exportedAt: '2026-11-22T12:00:00.000Z',
  versions: { facts: 2, settings: 1, readings: 2, setAside: 1 },
  facts,
  settings: DEFAULT_SETTINGS,
  readings: EMPTY_READINGS,
  setAside: [],
};

describe('taken', () => {
  it('an export file of this version', () => {
    const result = parseImportFile(exportV2);
    expect(result.ok && result.kind).toBe('export');
  });

  it('an export file of version 1, brought up to date (no values set aside, old readings)', () => {
    const page = { kind: 'unknown', source: '/x', seenAt: '2026-11-20T09:00:00.000Z', missing: [] };
    const v1 = {
      format: 'ita-ready-export',
      version: 1,
      exportedAt: '2026-11-22T12:00:00.000Z',
      facts,
      settings: DEFAULT_SETTINGS,
      readings: { ...EMPTY_READINGS, lastPage: { ...page, structure: 'h1: Xxx' } },
    };
    const result = parseImportFile(v1);
    if (!result.ok || result.kind !== 'export') throw new Error(JSON.stringify(result));
    expect(result.file.version).toBe(EXPORT_VERSION);
    expect(result.file.setAside).toEqual([]);
    expect(result.file.readings.lastPage).toEqual(page);
  });

  it.each(['cec-short-work.json'])(
    'the documented facts file tests/fixtures/facts/%s (what check --facts takes)',
    (name) => {
      const result = parseImportFile(fixture(name));
      expect(result, 'a facts file in the format of docs/formats.md must import').toMatchObject({
        ok: true,
        kind: 'facts',
      });
    },
  );
});

type RefusalCase = [string, unknown, ImportRefusal];
const field = (path: string, value: string | null, problem: ImportProblem): ImportRefusal => ({
  code: 'field',
  path,
  value,
  problem,
});

const REFUSED: RefusalCase[] = [
  ['a JSON array', [1, 2], { code: 'not-object' }],
  ['another app’s export', { format: 'other' }, { code: 'other-format', format: '"other"' }],
  [
    'a future export version',
    { ...exportV2, version: 9 },
    { code: 'version', found: '9', newest: EXPORT_VERSION },
  ],
  [
    'an item from a future version',
    { ...exportV2, versions: { ...exportV2.versions, facts: 99 } },
    { code: 'version', found: 'facts 99', newest: 2 },
  ],
  [
    'a bad fact in an export',
    { ...exportV2, facts: { dateOfBirth: 'yesterday' } },
    field('facts.dateOfBirth', '"yesterday"', { kind: 'invalid' }),
  ],
  [
    'a misspelt key in a facts file',
    fixture('typo.json'),
    field('family.sise', '2', { kind: 'unknown-key' }),
  ],
  [
    'a value of the wrong type',
    { family: { size: 'two' } },
    field('family.size', '"two"', { kind: 'type', expected: 'number' }),
  ],
  [
    'a value outside its list',
    { nomination: 'maybe' },
    field('nomination', '"maybe"', { kind: 'one-of', values: ['none', 'active', 'withdrawn'] }),
  ],
  [
    'a work period ending before it starts',
    {
      work: [workPeriod({ end: '2023-01-01' })],
    },
    field('work[0].end', '"2023-01-01"', { kind: 'conflict' }),
  ],
];

describe('refused, saying where and what', () => {
  it.each(REFUSED)('%s', (_name, input, refusal) => {
    expect(parseImportFile(input)).toEqual({ ok: false, refusal });
  });

  it.each(REFUSED.filter(([, , r]) => r.code === 'field'))(
    '%s: both languages name the place and the value',
    (_name, _input, refusal) => {
      if (refusal.code !== 'field') return;
      for (const t of [optionsEn, optionsFr]) {
        const words = t.importRefusal(refusal);
        expect(words, 'the refusal must name the field path').toContain(refusal.path);
        if (refusal.value !== null) expect(words, 'and the wrong value').toContain(refusal.value);
      }
      expect(optionsFr.importRefusal(refusal)).not.toBe(optionsEn.importRefusal(refusal));
    },
  );
});
