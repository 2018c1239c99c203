// @vitest-environment happy-dom
// The guard's notice and confirmation (plain DOM), in both languages.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createGuardView,
  type GuardView,
  type GuardViewHandlers,
  type GuardViewState,
} from '@/components/guard/guard-view';
import { messages, type UiLanguage } from '@/lib/i18n';
import { guardInfo, letterKey } from '@/lib/view/guard-state';
import { ANNOUNCE_DELAY_MS } from '@/components/guard/guard-view';
import { GUARD_CSS } from '@/components/guard/guard-styles';
import { DECLINE, READY, REVIEW, stored } from '../../support/stored';

let host: HTMLElement | null = null;
let view: GuardView | null = null;
afterEach(() => {
  view?.remove();
  host?.remove();
  host = null;
  view = null;
});

function show(state: GuardViewState, handlers: Partial<GuardViewHandlers> = {}) {
  host = document.createElement('div');
  document.body.append(host);
  view = createGuardView(host, { onGoOn: vi.fn(), onStay: vi.fn(), ...handlers });
  view.update(state);
  return host;
}

const decline = guardInfo(stored(DECLINE));
if (!decline) throw new Error('the decline fixture must be readable by the guard');

const LANGUAGES: UiLanguage[] = ['en', 'fr'];
const ZONE = 'America/Toronto';

/** The guard's state: a decline in English, neither confirming nor released, unless `over` says. */
const on = (over: Partial<GuardViewState> = {}): GuardViewState => ({
  info: decline,
  language: 'en',
  confirming: false,
  released: false,
  timeZone: ZONE,
  ...over,
});

describe.each(LANGUAGES)('guard in %s', (language) => {
  const t = messages(language);

  it.each([
    ['decline', DECLINE],
    ['review', REVIEW],
    ['ready', READY],
  ] as const)('notice says %s in words', (verdict, assessment) => {
    const info = guardInfo(stored(assessment));
    if (!info) throw new Error('fixture unreadable');
    const root = show({ info, language, confirming: false, released: false, timeZone: ZONE });
    expect(root.querySelector('[data-testid="guard"]')?.getAttribute('data-verdict')).toBe(verdict);
    expect(root.querySelector('[data-testid="guard-verdict"]')?.textContent).toBe(
      t.verdict[verdict],
    );
    expect(root.querySelector('[data-testid="guard-dialog"]')).toBeNull();
  });

  it('"Why?" shows the reasons, decline first, without information items', () => {
    const root = show({
      info: decline,
      language,
      confirming: false,
      released: false,
      timeZone: ZONE,
    });
    const toggle = root.querySelector<HTMLButtonElement>('[data-testid="guard-details"]');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    toggle?.click();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    const ids = [...root.querySelectorAll('.reasons li')].map((li) =>
      li.getAttribute('data-finding-id'),
    );
    expect(ids).toEqual(['score-below-cutoff', 'language-test-expires', 'funds-short']);
  });

  it('the confirmation lists the reasons with their numbers and offers both ways', () => {
    const onGoOn = vi.fn();
    const onStay = vi.fn();
    const root = show(
      { info: decline, language, confirming: true, released: false, timeZone: ZONE },
      { onGoOn, onStay },
    );
    const dialog = root.querySelector('[data-testid="guard-dialog"]');
    expect(dialog?.textContent).toContain(t.guard.dialogTitle);
    expect(dialog?.textContent).toContain(DECLINE.findings[2]?.detail[language]);
    expect(dialog?.textContent, 'the confirmation lists the reasons to decline only').not.toContain(
      DECLINE.findings[1]?.title[language],
    );
    const goOn = root.querySelector<HTMLButtonElement>('[data-testid="guard-go-on"]');
    const safe = root.querySelector<HTMLButtonElement>('[data-testid="guard-stay"]');
    expect(goOn?.textContent).toBe(t.guard.goOn);
    expect(safe?.textContent).toBe(t.guard.stay);
    expect(document.activeElement, 'focus starts on the safer choice').toBe(safe);
    goOn?.click();
    expect(onGoOn).toHaveBeenCalledOnce();
    safe?.click();
    expect(onStay).toHaveBeenCalledOnce();
  });

  it('Esc closes the confirmation as "Not now"; Tab stays inside it', () => {
    const onStay = vi.fn();
    const root = show(
      { info: decline, language, confirming: true, released: false, timeZone: ZONE },
      { onStay },
    );
    const dialog = root.querySelector('dialog');
    const safe = root.querySelector<HTMLButtonElement>('[data-testid="guard-stay"]');
    const goOn = root.querySelector<HTMLButtonElement>('[data-testid="guard-go-on"]');
    goOn?.focus();
    dialog?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }),
    );
    expect(document.activeElement, 'Tab on the last button goes back to the first').toBe(safe);
    dialog?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }),
    );
    expect(document.activeElement, 'Shift+Tab on the first button goes to the last').toBe(goOn);
    dialog?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
    );
    expect(onStay).toHaveBeenCalledOnce();
  });

  it('after "Go on anyway" it says the next press is the user’s', () => {
    const root = show({
      info: decline,
      language,
      confirming: false,
      released: true,
      timeZone: ZONE,
    });
    expect(root.querySelector('[data-testid="guard-released"]')?.textContent).toBe(
      t.guard.released,
    );
  });
});

describe('plain-DOM view', () => {
  /** A finding whose words look like markup, as a page quoted into a finding could. */
  const hostile = guardInfo({
    assessment: {
      verdict: 'decline',
      findings: [
        {
          id: 'quoted',
          severity: 'decline',
          title: { en: '<img src=x onerror="alert(1)">', fr: '<b>gras</b>' },
          detail: { en: '<script>alert(2)</script>', fr: '&amp;' },
        },
      ],
    },
  });
  if (!hostile) throw new Error('the hostile fixture must be readable by the guard');

  it('page text is shown as text, never parsed as markup', () => {
    const root = show(on({ info: hostile, confirming: true }));
    root.querySelector<HTMLButtonElement>('[data-testid="guard-details"]')?.click();
    expect(
      root.querySelectorAll('img, script, b').length,
      "a finding's words became elements: use text nodes (append a string, textContent), never innerHTML",
    ).toBe(0);
    expect(root.querySelector('.reasons li')?.textContent).toContain(
      '<img src=x onerror="alert(1)">',
    );
    expect(root.querySelector('dialog')?.textContent).toContain('<script>alert(2)</script>');
  });

  it('"Why?" keeps focus while it opens and closes the reasons', () => {
    const root = show(on());
    const toggle = root.querySelector<HTMLButtonElement>('[data-testid="guard-details"]');
    toggle?.focus();
    toggle?.click();
    toggle?.click();
    expect(document.activeElement, 'the toggle must stay in place, focused').toBe(toggle);
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.reasons')).toBeNull();
  });

  it('closing the confirmation takes the dialog out of the page; "Go on anyway" adds the hint', () => {
    const root = show(on({ confirming: true }));
    expect(root.querySelector<HTMLDialogElement>('dialog')?.open).toBe(true);
    view?.update(on({ released: true }));
    expect(root.querySelector('[data-testid="guard-dialog"]')).toBeNull();
    expect(root.querySelectorAll('[data-testid="guard-released"]')).toHaveLength(1);
    view?.update(on({ released: true }));
    expect(root.querySelectorAll('[data-testid="guard-released"]'), 'drawn once').toHaveLength(1);
  });

  it('a new language redraws the words in place, the open confirmation too', () => {
    const root = show(on({ confirming: true }));
    const safe = root.querySelector('[data-testid="guard-stay"]');
    view?.update(on({ language: 'fr', confirming: true }));
    expect(root.querySelector('[data-testid="guard"]')?.getAttribute('lang')).toBe('fr');
    expect(root.querySelector('[data-testid="guard-verdict"]')?.textContent).toBe(
      messages('fr').verdict.decline,
    );
    expect(root.querySelector('dialog h2')?.textContent).toBe(messages('fr').guard.dialogTitle);
    expect(root.querySelector('[data-testid="guard-stay"]'), 'same button, focus kept').toBe(safe);
    expect(root.querySelectorAll('dialog')).toHaveLength(1);
  });

  it('a verdict with no reasons has no "Why?" button', () => {
    const info = guardInfo({ assessment: { verdict: 'ready', findings: [] } });
    if (!info) throw new Error('fixture unreadable');
    const root = show({ info, language: 'en', confirming: false, released: false, timeZone: ZONE });
    expect(root.querySelector('[data-testid="guard-details"]')).toBeNull();
    view?.update(on());
    expect(root.querySelector('[data-testid="guard-details"]')).not.toBeNull();
  });
});

describe('guardInfo (stored value, checked by hand)', () => {
  it.each([
    ['nothing stored', null],
    ['not an object', 'decline'],
    ['no assessment', { computedAt: 'x' }],
    ['unknown verdict', { assessment: { verdict: 'maybe', findings: [] } }],
    ['findings not a list', { assessment: { verdict: 'decline', findings: {} } }],
    [
      'a finding without French',
      {
        assessment: {
          verdict: 'decline',
          findings: [
            { id: 'x', severity: 'decline', title: { en: 'a' }, detail: { en: 'b', fr: 'c' } },
          ],
        },
      },
    ],
  ])('%s → nothing to say', (_, value) => {
    expect(guardInfo(value)).toBeNull();
  });
});

describe('for screen readers, and readable', () => {
  it.each([
    ['en', 'ITA Ready: Decline'],
    ['fr', 'ITA Ready\u00a0: Refuser'],
  ] as const)(
    '%s: the verdict is said by a polite live region, filled once it is in the page',
    async (language, words) => {
      const root = show({
        info: decline,
        language,
        confirming: false,
        released: false,
        timeZone: ZONE,
      });
      const live = root.querySelector('[data-testid="guard-announcement"]');
      expect(live?.getAttribute('role')).toBe('status');
      expect(live?.getAttribute('aria-live')).toBe('polite');
      expect(live?.textContent, 'empty at first: a region is announced when it changes').toBe('');
      await vi.waitFor(() => expect(live?.textContent).toBe(words), {
        timeout: ANNOUNCE_DELAY_MS * 8,
      });
    },
  );

  it('the confirmation has a name and a description', () => {
    const root = show(on({ confirming: true }));
    const dialog = root.querySelector('dialog');
    const byId = (id: string | null | undefined) =>
      id ? (root.querySelector(`#${id}`)?.textContent ?? null) : null;
    expect(byId(dialog?.getAttribute('aria-labelledby'))).toBe(messages('en').guard.dialogTitle);
    expect(byId(dialog?.getAttribute('aria-describedby'))).toBe(messages('en').guard.dialogIntro);
  });

  it.each([
    ['en', 'Not now — stay on this page'],
    ['fr', 'Pas maintenant — rester sur cette page'],
  ] as const)('%s: the safe choice says what it does', (language, words) => {
    const root = show({
      info: decline,
      language,
      confirming: true,
      released: false,
      timeZone: ZONE,
    });
    expect(root.querySelector('[data-testid="guard-stay"]')?.textContent).toBe(words);
  });

  it('no text under 14 px', () => {
    const sizes = [...GUARD_CSS.matchAll(/font(?:-size)?:\s*(\d+)px/g)].map((m) => Number(m[1]));
    expect(sizes.length, 'the walk must find the sizes').toBeGreaterThan(3);
    expect(
      sizes.filter((size) => size < 14),
      'raise these in guard-styles.ts',
    ).toEqual([]);
  });
});

describe('a failed rules run: "could not check", never the old verdict', () => {
  const failed = guardInfo(stored(DECLINE), {
    at: '2026-11-22T17:30:00.000Z',
    reason: 'rules-failed',
    readingAt: null,
  });
  if (!failed) throw new Error('the failure must be readable by the guard');

  it.each([
    ['en', 'Could not check', /stopped on an error.*Last try: November 22, 2026 at 12:30 p\.m\./],
    [
      'fr',
      'Vérification impossible',
      /arrêtées sur une erreur.*Dernière tentative\u00a0: 22 novembre 2026 à 12 h 30/,
    ],
  ] as const)('%s', (language, word, why) => {
    const root = show({
      info: failed,
      language,
      confirming: false,
      released: false,
      timeZone: ZONE,
    });
    expect(root.querySelector('[data-testid="guard"]')?.getAttribute('data-verdict')).toBe(
      'failed',
    );
    expect(root.querySelector('[data-testid="guard-verdict"]')?.textContent).toBe(word);
    root.querySelector<HTMLButtonElement>('[data-testid="guard-details"]')?.click();
    expect(root.querySelector('[data-testid="guard-failure"]')?.textContent).toMatch(why);
    expect(root.textContent, 'nothing of the old decline shows').not.toContain(
      DECLINE.findings[0]?.title[language],
    );
  });
});

describe('letterKey: which invitation "Go on anyway" was chosen for', () => {
  const reading = (invitation: object, profileNumber: string | null = 'E001234567') => ({
    itaLetter: { reading: { invitation, profileNumber }, readAt: '2026-11-22T10:00:00.000Z' },
  });
  it.each([
    [
      'the same letter read again later',
      { ...reading({ date: '2026-11-19', deadline: '2027-01-19T00:00:00Z' }) },
      'letter|2026-11-19|2027-01-19T00:00:00Z|E001234567',
    ],
    [
      'a letter without a deadline on the page',
      reading({ date: '2026-11-19', deadline: null }),
      'letter|2026-11-19||E001234567',
    ],
    [
      'a page that names nothing: the reading stands for it',
      reading({ date: null, deadline: null }, null),
      'read|2026-11-22T10:00:00.000Z',
    ],
    ['no letter stored', { itaLetter: null }, null],
    ['nothing readable', 'letter', null],
  ])('%s', (_, readings, key) => {
    expect(letterKey(readings)).toBe(key);
  });
});
