// @vitest-environment happy-dom
// The options page's "What if" and "Your documents" with plain props: the plan or one line saying
// what is missing (never an empty box), the checklist at the page's heading levels with its links
// kept on the page, the contents list naming every part in the page's order, in both languages;
// and which "What if" the stored data calls for.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentsState } from '@/components/documents/documents-content';
import type { WhatIfState } from '@/components/options/what-if-part';
import { whatIfState } from '@/entrypoints/options/what-if-state';
import { buildChecklist } from '@/lib/checklist';
import { optionsEn } from '@/lib/i18n/options-en';
import { optionsFr } from '@/lib/i18n/options-fr';
import type { Plan } from '@/lib/plan/types';
import type { StoredAssessment } from '@/lib/schema/assessment';
import { EMPTY_READINGS, withReading, type ReadingsState } from '@/lib/schema/state';
import { plainWordsProblems } from '../../support/plain-words.mjs';
import { BASE, NOW, ZONE, letter as checklistLetter } from '../../support/readings';
import { THIN, letter, run } from '../plan/scenarios';
import { mountOptionsView, NO_DOCUMENTS } from './mount-view';

const PLAN: Plan = run(letter(THIN.rows), THIN.facts, '2026-01-08', THIN.cutoff).plan;
const CHECKLIST = buildChecklist({
  reading: checklistLetter('CEC'),
  facts: { ...BASE, family: { spouse: 'accompanying', children: 1 } },
  now: NOW,
  timeZone: ZONE,
});

const documents = (over: Partial<DocumentsState> = {}): DocumentsState => ({
  ...NO_DOCUMENTS,
  checklist: CHECKLIST,
  ...over,
});

const mount = (language: 'en' | 'fr', whatIf: WhatIfState, docs: DocumentsState = documents()) =>
  mountOptionsView({ language, whatIf, documents: docs });

/** Text with its runs of ordinary white space (not no-break spaces) made one. */
const words = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[ \t\n]+/g, ' ');

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

const NO_PLAN: WhatIfState[] = [{ kind: 'no-letter' }, { kind: 'checking' }, { kind: 'failed' }];

describe.each(['en', 'fr'] as const)('in %s', (language) => {
  const t = language === 'fr' ? optionsFr : optionsEn;

  it('the contents list links every part of the page, in its order, by its heading', () => {
    const root = mount(language, { kind: 'plan', plan: PLAN, factsEntered: true });
    const links = [...root.querySelectorAll('nav a')];
    const parts = [...root.querySelectorAll('main > section[id], main > form > section[id]')];
    expect(
      links.map((a) => a.getAttribute('href')),
      'one link per part, in the page’s order',
    ).toEqual(parts.map((s) => `#${s.id}`));
    for (const part of parts) {
      const heading = part.querySelector('h2');
      const link = links.find((a) => a.getAttribute('href') === `#${part.id}`);
      expect(words(link), `the link to #${part.id} says what its heading says`).toBe(
        words(heading),
      );
    }
    const ids = links.map((a) => a.getAttribute('href'));
    expect(ids.indexOf('#what-if'), 'What if comes after the facts').toBeGreaterThan(
      ids.indexOf('#round'),
    );
    expect(ids.indexOf('#documents')).toBeGreaterThan(ids.indexOf('#what-if'));
  });

  it.each(NO_PLAN)('without a plan ($kind), one line says why, in plain words', (state) => {
    const root = mount(language, state);
    const section = root.querySelector('section#what-if');
    const line = section?.querySelector('[data-testid="what-if-missing"]');
    expect(line?.getAttribute('data-state')).toBe(state.kind);
    expect(words(line).trim().length, 'never an empty box').toBeGreaterThan(20);
    expect(section?.querySelector('[data-testid="plan-margin"]')).toBeNull();
    expect(plainWordsProblems(section?.textContent ?? '', language)).toEqual([]);
  });

  it('no letter: the line links to the letter import', () => {
    const root = mount(language, { kind: 'no-letter' });
    const link = root.querySelector('[data-testid="what-if-missing"] a');
    expect(link?.getAttribute('href')).toBe('#letter');
    expect(words(link)).toBe(t.section.letter);
  });

  it.each([
    [false, 1],
    [true, 0],
  ])('a plan with facts entered: %s → the no-facts line %i time(s)', (entered, count) => {
    const root = mount(language, { kind: 'plan', plan: PLAN, factsEntered: entered });
    expect(root.querySelectorAll('[data-testid="what-if-no-facts"]')).toHaveLength(count);
    expect(root.querySelector('#what-if [data-testid="plan-margin"]')).not.toBeNull();
    // A fact still missing links to its field on this page, not to another tab.
    for (const a of root.querySelectorAll('#what-if a')) {
      expect(a.getAttribute('href'), 'a link within the page').toMatch(/^#/);
      expect(a.hasAttribute('target')).toBe(false);
    }
  });

  it('Your documents: the list one level below its heading, its links on this page, the page of its own', () => {
    const root = mount(language, { kind: 'no-letter' });
    const section = root.querySelector('section#documents');
    expect(section?.querySelector('h2')?.id).toBe('documents--heading');
    expect(section?.querySelector('#checklist-heading')?.tagName).toBe('H3');
    expect(section?.querySelector('#pack-heading')?.tagName).toBe('H3');
    expect(
      [...(section?.querySelectorAll('section[data-person] > *:first-child') ?? [])].map(
        (h) => h.tagName,
      ),
    ).toEqual(['H4', 'H4', 'H4']);
    const page = section?.querySelector('[data-testid="documents-page"]');
    expect(page?.getAttribute('href')).toBe('chrome-extension://id/documents.html');
    expect(words(page)).toBe(t.documentsOwnPage);
  });

  it.each<[string, Partial<DocumentsState>, string]>([
    ['still working it out', { checklist: null }, 'checklist-working'],
    ['could not work it out', { checklist: null, loadError: 'boom' }, 'checklist-failed'],
  ])('Your documents %s: says so, and the preparer is there', (_, over, testId) => {
    const root = mount(language, { kind: 'no-letter' }, documents(over));
    expect(words(root.querySelector(`[data-testid="${testId}"]`)).length).toBeGreaterThan(5);
    expect(root.querySelector('[data-testid="checklist"]')).toBeNull();
    expect(root.querySelector('[data-testid="pack"]')).not.toBeNull();
  });

  it('ids stay unique with the plan and the list on the page', () => {
    const root = mount(language, { kind: 'plan', plan: PLAN, factsEntered: true });
    const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      'duplicate ids break labels and links',
    ).toEqual([]);
  });

  it('no Tab stop of What if or Your documents comes before the facts', () => {
    const root = mount(language, { kind: 'plan', plan: PLAN, factsEntered: false });
    const form = root.querySelector('form.facts');
    const stops = root.querySelectorAll(
      '#what-if a, #what-if input, #documents a, #documents input',
    );
    expect(stops.length).toBeGreaterThan(0);
    for (const stop of stops)
      expect(form?.compareDocumentPosition(stop) ?? 0, 'after the facts form').toBe(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
  });
});

describe('which What if the stored data calls for', () => {
  const READ_AT = '2026-11-22T10:00:00.000Z';
  const withLetter: ReadingsState = withReading(
    EMPTY_READINGS,
    checklistLetter('CEC'),
    '/mycic/messages',
    READ_AT,
  );
  const stored = (over: Partial<StoredAssessment>): StoredAssessment => ({
    assessment: {
      verdict: 'review',
      findings: [],
      checks: [],
      correctedCrs: { total: null, rows: {}, changed: [] },
      cutoff: { value: null, source: null, round: null },
      rulesMayHaveChanged: false,
    },
    computedAt: READ_AT,
    readingAt: READ_AT,
    readingSource: '/mycic/messages',
    plan: PLAN,
    ...over,
  });
  const failure = { at: READ_AT, reason: 'rules-failed' as const, readingAt: READ_AT };

  it.each<[string, string, ReadingsState, StoredAssessment | null, typeof failure | null, object]>([
    ['no letter', 'no-letter', EMPTY_READINGS, stored({}), null, {}],
    ['the checks failed', 'failed', withLetter, null, failure, {}],
    ['no run yet', 'checking', withLetter, null, null, {}],
    [
      'a run on an older letter',
      'checking',
      withLetter,
      stored({ readingAt: '2026-11-01T00:00:00.000Z' }),
      null,
      {},
    ],
    ['no plan could be made', 'failed', withLetter, stored({ plan: null }), null, {}],
    ['a plan', 'plan', withLetter, stored({}), null, { dateOfBirth: '1990-01-01' }],
  ])('%s → %s', (_, kind, readings, assessment, failed, facts) => {
    expect(whatIfState(readings, assessment, failed, facts).kind).toBe(kind);
  });

  it.each([
    [{}, false],
    [{ documents: { 'passport:candidate': { have: true } }, round: { cutoff: 500 } }, false],
    [{ nomination: 'none' }, true],
  ] as const)('facts %j entered about the candidate: %s', (facts, entered) => {
    const state = whatIfState(withLetter, stored({}), null, facts);
    expect(state.kind === 'plan' && state.factsEntered).toBe(entered);
  });
});
