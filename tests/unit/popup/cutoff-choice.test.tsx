// @vitest-environment happy-dom
// The cut-off choice: the rounds named in the user's language, a pick or a typed cut-off handed to
// the popup to store (a bad number is refused with a message, the field kept), and the rounds
// refresh's outcome in words.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CutoffChoiceView,
  parseCutoff,
  type CutoffActions,
} from '@/components/popup/cutoff-choice';
import { messages, type UiLanguage } from '@/lib/i18n';
import { backgroundMessages } from '@/lib/i18n/background';
import type { RoundCandidate } from '@/lib/rounds';
import type { RoundsRefreshOutcome } from '@/lib/rounds/schema';

const CANDIDATES: RoundCandidate[] = [
  {
    number: '455',
    date: '2026-11-19',
    cutoff: 379,
    size: 6000,
    name: { kind: 'category', category: 'french', version: 2, year: 2026 },
    fits: true,
    when: 'same-day',
  },
  {
    number: '454',
    date: '2026-11-18',
    cutoff: 507,
    size: 3000,
    name: { kind: 'program', program: 'CEC' },
    fits: true,
    when: 'before',
  },
  {
    number: '12',
    date: '2026-11-17',
    cutoff: 450,
    size: null,
    name: { kind: 'no-program-specified' },
    fits: true,
    when: 'before',
  },
];

const FRESHNESS = {
  bundledThrough: '2026-10-01',
  downloadedAt: null,
  newest: { number: '447', date: '2026-10-01' },
  count: 447,
  lastProblem: null,
};

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

function show(language: UiLanguage, actions: Partial<CutoffActions> = {}) {
  const all: CutoffActions = {
    pick: vi.fn(() => Promise.resolve(true)),
    type: vi.fn(() => Promise.resolve(true)),
    refresh: vi.fn(() => Promise.resolve<RoundsRefreshOutcome>({ status: 'off' })),
    ...actions,
  };
  host = document.createElement('div');
  document.body.append(host);
  render(
    <CutoffChoiceView
      choice={{ date: '2026-11-19', candidates: CANDIDATES }}
      rounds={FRESHNESS}
      t={messages(language)}
      b={backgroundMessages(language)}
      timeZone="America/Toronto"
      actions={all}
    />,
    host,
  );
  return { root: host, actions: all };
}

const $ = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`);
const statusOf = (root: ParentNode, id: string) => $(root, id)?.textContent ?? '';

/** Each event as its own step, as in the browser, with Preact's rendering done after each. */
async function press(root: ParentNode, selector: string) {
  await act(() => root.querySelector<HTMLElement>(selector)?.click());
}

async function type(root: ParentNode, value: string) {
  const input = root.querySelector<HTMLInputElement>('[data-testid="cutoff-typed"]');
  if (!input) throw new Error('no cut-off field');
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await press(root, '[data-testid="cutoff-save"]');
}

describe.each(['en', 'fr'] as const)('cut-off choice in %s', (language) => {
  const t = messages(language);

  it('names each round in the language: number, date in words, name, cut-off', () => {
    const { root } = show(language);
    const rounds = [...root.querySelectorAll('[data-testid="round-candidate"]')].map((r) =>
      (r.textContent ?? '').trim(),
    );
    expect(rounds).toEqual(
      language === 'en'
        ? [
            'Round 455, November 19, 2026: French-language proficiency (2026, version 2), cut-off 379',
            'Round 454, November 18, 2026: Canadian Experience Class, cut-off 507',
            'Round 12, November 17, 2026: Round open to every program, cut-off 450',
          ]
        : [
            'Ronde 455, 19 novembre 2026\u00a0: Compétence linguistique en français (2026, version 2), seuil de 379',
            'Ronde 454, 18 novembre 2026\u00a0: catégorie de l’expérience canadienne, seuil de 507',
            'Ronde 12, 17 novembre 2026\u00a0: Ronde ouverte à tous les programmes, seuil de 450',
          ],
    );
  });

  it('a round picked is handed over with its number and category', async () => {
    const { root, actions } = show(language);
    await press(root, '[data-testid="round-use"]');
    expect(statusOf(root, 'cutoff-status'), 'nothing picked yet').toBe(t.cutoffChoice.pickFirst);
    await press(root, 'input[value="455"]');
    await press(root, '[data-testid="round-use"]');
    await vi.waitFor(() => expect(statusOf(root, 'cutoff-status')).toBe(t.cutoffChoice.saved));
    expect(actions.pick).toHaveBeenCalledWith({ number: '455', category: 'french' });
  });

  it.each(['0', '1201', 'abc', '4 9 0 1', '-5', ''])(
    'typed "%s": refused, kept, said',
    async (value) => {
      const { root, actions } = show(language);
      await type(root, value);
      expect(actions.type).not.toHaveBeenCalled();
      expect(statusOf(root, 'cutoff-status')).toBe(t.cutoffChoice.invalid);
      const input = root.querySelector<HTMLInputElement>('[data-testid="cutoff-typed"]');
      expect(input?.getAttribute('aria-invalid')).toBe('true');
      expect(input?.value, 'what the user typed stays').toBe(value);
    },
  );

  it('a cut-off typed is handed over as a number', async () => {
    const { root, actions } = show(language);
    await type(root, language === 'en' ? '1,050' : '1 050');
    await vi.waitFor(() => expect(statusOf(root, 'cutoff-status')).toBe(t.cutoffChoice.saved));
    expect(actions.type).toHaveBeenCalledWith(1050);
  });

  it('a save that fails says so', async () => {
    const { root } = show(language, { type: () => Promise.resolve(false) });
    await type(root, '507');
    await vi.waitFor(() => expect(statusOf(root, 'cutoff-status')).toBe(t.cutoffChoice.saveFailed));
  });

  it('the rounds refresh: says the browser asks, then that it downloads', async () => {
    let downloading: () => void = () => undefined;
    const { root } = show(language, {
      refresh: (started) => {
        downloading = started;
        return new Promise(() => undefined);
      },
    });
    await press(root, '[data-testid="rounds-refresh"]');
    expect(statusOf(root, 'rounds-refresh-status')).toBe(t.cutoffChoice.asking);
    expect(root.querySelector<HTMLButtonElement>('[data-testid="rounds-refresh"]')?.disabled).toBe(
      true,
    );
    await act(() => downloading());
    expect(statusOf(root, 'rounds-refresh-status')).toBe(t.cutoffChoice.refreshing);
  });

  it.each<[string, RoundsRefreshOutcome, (b: ReturnType<typeof backgroundMessages>) => string]>([
    [
      'updated',
      {
        status: 'updated',
        at: '2026-11-22T12:00:00.000Z',
        received: 460,
        added: 13,
        newest: { number: '460', date: '2026-11-19' },
      },
      (b) => b.rounds.updated({ received: 460, added: 13, newest: '2026-11-19' }),
    ],
    [
      'refused',
      { status: 'failed', at: '2026-11-22T12:00:00.000Z', problem: { code: 'permission' } },
      (b) =>
        `${b.rounds.problem({ code: 'permission' })} ${b.rounds.kept({ through: '2026-10-01' })}`,
    ],
  ])('the rounds refresh, %s: its outcome in words', async (_why, outcome, words) => {
    const { root } = show(language, { refresh: () => Promise.resolve(outcome) });
    await press(root, '[data-testid="rounds-refresh"]');
    await vi.waitFor(() =>
      expect(statusOf(root, 'rounds-refresh-status')).toBe(words(backgroundMessages(language))),
    );
  });
});

describe('parseCutoff', () => {
  it.each([
    ['507', 507],
    [' 1,200 ', 1200],
    ['1\u00a0200', 1200],
    ['1\u202f050', 1050],
    ['1', 1],
    ['0', null],
    ['1201', null],
    ['5.5', null],
    ['', null],
  ])('"%s" → %s', (typed, expected) => {
    expect(parseCutoff(typed)).toBe(expected);
  });
});
