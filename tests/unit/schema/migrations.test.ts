// One test per migration step (lib/schema/migrations.ts): a value stored in the older shape comes
// back in the new one, through WXT's own migration run (the item's `migrate`), as a page or the
// worker would see it after an update.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrate, stepsOf, versionOf, type MigratedItem } from '@/lib/schema/migrations';
import { EMPTY_READINGS } from '@/lib/schema/state';
import { emptyDraft } from '@/lib/forms';
import { STORAGE_KEYS } from '@/utils/storage-keys';
import {
  assessmentSlot,
  draftItem,
  factsSlot,
  loadAssessment,
  loadDraft,
  loadFacts,
  loadReadings,
  loadRoundsCache,
  loadSetAside,
  readingsSlot,
  roundsSlot,
} from '@/utils/storage';
import { workPeriod } from '../../support/facts';

beforeEach(() => fakeBrowser.reset());

interface Step {
  item: MigratedItem;
  /** The version the step produces. */
  to: number;
  run: () => Promise<unknown>;
  migrateItem: () => Promise<void>;
  old: unknown;
  expected: unknown;
}

const page = {
  kind: 'unknown' as const,
  source: '/mycic/help',
  seenAt: '2026-11-20T09:00:00.000Z',
  missing: [],
};
const job = workPeriod();

/** A draft as version 1 stored it: police rows without `person`, no letter marks. */
const draftV1 = Object.fromEntries(
  Object.entries({
    ...emptyDraft(),
    dateOfBirth: '1994-06-02',
    policeCertificates: [{ key: 'police-0', country: 'IN', received: false, requested: '' }],
  }).filter(([key]) => key !== 'fromLetter' && key !== 'letterSeen'),
);

const round = {
  number: '437',
  date: '2026-09-17',
  name: 'Canadian Experience Class',
  cutoff: 534,
  size: 1000,
  programs: 'Canadian Experience Class',
  category: null,
};

/** An assessment as version 1 stored it: a passing score was an `info` finding, no `checks`. */
const assessmentV1 = {
  assessment: {
    verdict: 'ready',
    findings: [
      {
        id: 'score-below-cutoff',
        severity: 'info',
        title: { en: 'Corrected score meets the cut-off', fr: 'Le score corrigé atteint le seuil' },
        detail: { en: '…', fr: '…' },
        source: 'https://www.canada.ca/',
      },
    ],
    correctedCrs: { total: 540, rows: {}, changed: [] },
    cutoff: { value: 534, source: 'round', round },
    rulesMayHaveChanged: false,
  },
  computedAt: '2026-11-20T09:00:00.000Z',
  readingAt: '2026-11-20T08:59:00.000Z',
  readingSource: '/mycic/messages/details',
};

/** A letter with a problem, as version 2 stored it: the problem had an English `message`. */
const mismatch = {
  kind: 'ita-letter' as const,
  language: 'en' as const,
  invitation: { date: '2022-06-22', program: 'CEC' as const, deadline: '2022-08-22T00:00:00Z' },
  crs: { total: 475, rows: { age: 110, education: 135 } },
  daysLeftToSubmit: null,
  profileNumber: null,
  missing: [],
};
const storedLetter = (problem: Record<string, unknown>) => ({
  reading: { ...mismatch, problems: [problem] },
  source: '/mycic/messages/details',
  readAt: '2026-11-20T09:00:00.000Z',
});

const STEPS: Step[] = [
  {
    item: 'readings',
    to: 2,
    run: loadReadings,
    migrateItem: () => readingsSlot.item.migrate(),
    old: { ...EMPTY_READINGS, lastPage: { ...page, structure: 'h1: Xxxx\nrow: Xxx | ###' } },
    expected: { ...EMPTY_READINGS, lastPage: page },
  },
  {
    item: 'readings',
    to: 3,
    run: loadReadings,
    migrateItem: () => readingsSlot.item.migrate(),
    old: {
      ...EMPTY_READINGS,
      itaLetter: storedLetter({
        code: 'rows-do-not-add-up',
        message: 'The 16 rows read add up to 470, not to the total 475.',
        fields: ['crs.total', 'crs.rows'],
      }),
    },
    // Its words now come from the catalogue, in the user's language.
    expected: {
      ...EMPTY_READINGS,
      itaLetter: storedLetter({ code: 'rows-do-not-add-up', fields: ['crs.total', 'crs.rows'] }),
    },
  },
  {
    item: 'facts',
    to: 2,
    run: loadFacts,
    migrateItem: () => factsSlot.item.migrate(),
    old: {
      dateOfBirth: '0202-05-10',
      plannedSubmission: '2026-12-01',
      education: { level: 'doctoral', ecaIssued: '9999-12-31' },
      work: [job, { ...job, start: '1899-12-31' }, { ...job, end: '2202-01-01' }],
      policeCertificates: [{ country: 'IN', received: false, requested: '0026-01-01' }],
    },
    expected: {
      plannedSubmission: '2026-12-01',
      education: { level: 'doctoral' },
      work: [job],
      policeCertificates: [{ country: 'IN', received: false }],
    },
  },
  {
    item: 'rounds',
    to: 2,
    run: loadRoundsCache,
    migrateItem: () => roundsSlot.item.migrate(),
    old: {
      rounds: [round],
      fetchedAt: '2026-11-20T09:00:00.000Z',
      lastError: {
        at: '2026-11-21T09:00:00.000Z',
        message: 'IRCC’s rounds feed answered HTTP 500.',
      },
    },
    expected: { rounds: [round], fetchedAt: '2026-11-20T09:00:00.000Z', lastError: null },
  },
  {
    item: 'draft',
    to: 2,
    run: loadDraft,
    migrateItem: () => draftItem.migrate(),
    old: draftV1,
    expected: {
      ...emptyDraft(),
      dateOfBirth: '1994-06-02',
      policeCertificates: [
        { key: 'police-0', country: 'IN', person: '', received: false, requested: '' },
      ],
    },
  },
  {
    item: 'draft',
    to: 3,
    run: loadDraft,
    migrateItem: () => draftItem.migrate(),
    old: Object.fromEntries(Object.entries(emptyDraft()).filter(([key]) => key !== 'policeNone')),
    expected: emptyDraft(),
  },
];

describe.each(STEPS)('$item v$to', ({ item, to, run, migrateItem, old, expected }) => {
  it('the step is in the item’s table and sets its version', () => {
    expect(stepsOf(item)[to], `lib/schema/migrations.ts has no step ${to} for ${item}`).toBeTypeOf(
      'function',
    );
    expect(versionOf(item)).toBeGreaterThanOrEqual(to);
  });

  it('a value stored in the previous shape comes back in the new one', async () => {
    // Stored by an older version: no version recorded, which WXT reads as version 1.
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS[item]]: old });
    await migrateItem();
    expect(await run()).toEqual(expected);
    expect(await loadSetAside(), 'a migrated value is read as it is: nothing set aside').toEqual(
      [],
    );
  });

  it('the step itself is pure: old value in, new value out', () => {
    expect(migrate(item, old, to - 1)).toEqual(expected);
  });
});

describe('derived items are worked out again, not migrated', () => {
  it('an assessment stored before checks existed reads as none, and nothing is set aside', async () => {
    // Its findings meant something else (a passing score was a finding): the worker, which runs
    // the rules at every start, stores a fresh one.
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.assessment]: assessmentV1 });
    await assessmentSlot.item.migrate();
    expect(await loadAssessment()).toBeNull();
    expect(await loadSetAside()).toEqual([]);
    const stored = await fakeBrowser.storage.local.get(STORAGE_KEYS.assessment);
    expect(stored[STORAGE_KEYS.assessment] ?? null, 'the old value is gone').toBeNull();
  });
});
