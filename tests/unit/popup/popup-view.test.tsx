// @vitest-environment happy-dom
// The popup's every state, in both languages, rendered with Preact into happy-dom: the answer first
// (verdict and reason, scores against the cut-off, time left, next step), the facts missing once,
// plain words only.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupView, type PopupViewProps } from '@/components/popup/popup-view';
import { buildChecklist, nextAtRisk } from '@/lib/checklist';
import { decodeLetter } from '@/lib/claims';
import { messages, type UiLanguage } from '@/lib/i18n';
import { EMPTY_READINGS, withReading } from '@/lib/schema/state';
import {
  CUTOFF_UNKNOWN,
  DECLINE,
  EXPIRED,
  NOW,
  PLAN,
  READ_AT,
  READY,
  REVIEW,
  accountHome,
  findings,
  letter,
  profile,
  stored,
  withLetter,
} from '../../support/stored';
import { ENGLISH_SENTENCES } from '../../support/english-sentences';
import { plainWordsProblems } from '../../support/plain-words.mjs';

const LANGUAGES: UiLanguage[] = ['en', 'fr'];

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

function show(props: Partial<PopupViewProps> & Pick<PopupViewProps, 'state'>): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(<PopupView now={NOW} language="en" timeZone="America/Toronto" {...props} />, host);
  return host;
}

/** The text of every text node, one space between nodes; a sign hidden from screen readers left out. */
function spacedText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ');
}

const $ = (root: ParentNode, testId: string) => root.querySelector(`[data-testid="${testId}"]`);
const text = (root: Element | null) => (root?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
/** The test ids of the popup's sections in the order they appear, from the answer on. */
const order = (root: HTMLElement) =>
  [...root.querySelectorAll('main > [data-testid]')].map((e) => e.getAttribute('data-testid'));

const CLAIMS = decodeLetter(letter);
const NEXT_DOCUMENT = nextAtRisk(buildChecklist({ reading: letter, facts: {}, now: NOW }));

const notReadLetter = withLetter({
  ...letter,
  crs: { total: null, rows: {} },
  missing: ['crs.total', 'crs.rows.age', 'crs.rows.education'],
});

describe.each(LANGUAGES)('popup in %s', (language) => {
  const t = messages(language);

  it('nothing read yet: says how to get a reading and links to the import', () => {
    const root = show({ state: EMPTY_READINGS, language });
    expect($(root, 'popup')?.getAttribute('data-state')).toBe('empty');
    expect(text(root), 'the empty state must give the steps to get a reading').toContain(
      t.empty.steps[1],
    );
    expect($(root, 'import-link')?.getAttribute('href')).toContain('options.html');
    expect($(root, 'verdict'), 'no verdict without a reading').toBeNull();
  });

  it('nothing to read: says so in words, without the page’s internal path', () => {
    const state = withReading(
      EMPTY_READINGS,
      { ...letter, kind: 'unknown' },
      '/mycic/help',
      READ_AT,
    );
    const root = show({ state, language });
    expect($(root, 'popup')?.getAttribute('data-state')).toBe('nothing-to-read');
    expect(text(root)).toContain(t.nothing.title);
    expect(text(root)).not.toContain('/mycic/help');
  });

  it('could not read: names what was missing in words, gives no verdict', () => {
    const cut = {
      ...letter,
      crs: { total: null, rows: {} },
      invitation: { ...letter.invitation, deadline: null },
      missing: ['crs.total', 'invitation.deadline', 'crs.rows.age'],
    };
    const root = show({ state: withLetter(cut), assessment: stored(DECLINE), language });
    expect($(root, 'popup')?.getAttribute('data-state')).toBe('unreadable');
    const items = [...root.querySelectorAll('[data-testid="missing"] li')];
    expect(items.map((li) => li.getAttribute('data-field'))).toEqual(cut.missing);
    expect(items.map((li) => text(li).toLowerCase())).toEqual(
      cut.missing.map((field) => t.pageField(field).toLowerCase()),
    );
    expect($(root, 'verdict'), 'a page not fully read must never give a verdict').toBeNull();
  });

  it('the account home: the days left it shows, and how to get a verdict', () => {
    const state = withReading(EMPTY_READINGS, accountHome, '/mycic/home', READ_AT);
    const root = show({ state, language });
    expect($(root, 'popup')?.getAttribute('data-state')).toBe('reading');
    expect($(root, 'answer')?.getAttribute('data-answer')).toBe('account-home');
    expect(text($(root, 'days-left'))).toBe(t.noLetter.daysLeft({ days: 37 }));
    expect(text($(root, 'next-step'))).toContain(t.next.openLetter);
    expect($(root, 'verdict')).toBeNull();
    expect($(root, 'verdict-pending'), 'nothing waits for a verdict that cannot come').toBeNull();
  });

  it('the profile: its score, and how to get a verdict', () => {
    const state = withReading(EMPTY_READINGS, profile, '/eapp/profile', READ_AT);
    const root = show({ state, language });
    expect(text($(root, 'crs-total'))).toBe('471');
    expect(text($(root, 'next-step'))).toContain(t.next.openLetter);
  });

  it('no verdict yet: what was read and that the check is running; after a wait, says so', () => {
    const root = show({ state: withLetter(), language });
    expect($(root, 'verdict')).toBeNull();
    expect(text($(root, 'verdict-pending'))).toBe(t.answer.checking);
    expect($(root, 'answer')?.getAttribute('role')).toBe('status');
    expect(text($(root, 'crs-total')), 'IRCC’s score as read').toBe('512');
    expect(text($(root, 'countdown'))).toContain('57');
    render(
      <PopupView
        state={withLetter()}
        now={NOW}
        language={language}
        timeZone="America/Toronto"
        waited
      />,
      root,
    );
    expect(text($(root, 'verdict-pending'))).toBe(t.answer.slow);
    expect(text($(root, 'answer-reason'))).toBe(t.answer.slowBody);
  });

  it('a failed run: "could not check", why and when, and no verdict', () => {
    const root = show({
      state: withLetter(),
      assessment: stored(READY),
      failure: { at: '2026-11-22T11:00:00.000Z', reason: 'rules-failed', readingAt: READ_AT },
      language,
    });
    expect($(root, 'verdict'), 'no verdict, not even the older one').toBeNull();
    expect(text($(root, 'verdict-failed'))).toBe(t.guard.checkFailed.word);
    const why = text($(root, 'check-failed'));
    expect(why).toContain(t.guard.checkFailed.reason['rules-failed']);
    expect(why).toContain(language === 'en' ? 'November 22, 2026' : '22 novembre 2026');
  });

  it('expired: says first that the invitation can no longer be used, with its last day', () => {
    const root = show({ state: withLetter(), assessment: stored(EXPIRED), language });
    expect($(root, 'answer')?.getAttribute('data-answer')).toBe('expired');
    expect(text($(root, 'verdict'))).toBe(t.answer.expired);
    expect(text($(root, 'deadline-local'))).toContain(
      language === 'en' ? 'Monday, January 18, 2027' : 'lundi 18 janvier 2027',
    );
    expect($(root, 'next-step')?.getAttribute('data-next')).toBe('expired');
    expect(text($(root, 'crs-total')), 'IRCC’s score as read').toBe('512');
    expect($(root, 'cutoff'), 'nothing compared with an invitation that is over').toBeNull();
    expect(text(root)).not.toContain(t.answer.allPassed);
  });

  it('the score table not read: says what was not read and how to get it read', () => {
    const root = show({ state: notReadLetter, assessment: stored(REVIEW), language });
    expect($(root, 'answer')?.getAttribute('data-answer')).toBe('not-read');
    expect(text($(root, 'answer-reason'))).toBe(
      t.answer.notRead({ fields: ['crs.total', 'crs.rows.age', 'crs.rows.education'] }),
    );
    expect(text($(root, 'crs-total'))).toBe(t.numbers.notRead);
    expect($(root, 'next-step')?.getAttribute('data-next')).toBe('reopen-letter');
    expect($(root, 'import-link')).not.toBeNull();
  });

  it('decline: the answer first — verdict, reason, scores, time left, next step — then the rest', () => {
    const root = show({
      state: withLetter(),
      assessment: stored(DECLINE, READ_AT, PLAN),
      language,
    });
    expect(order(root).slice(0, 4), 'the first screen, in this order').toEqual([
      'answer',
      'numbers',
      'time',
      'next-step',
    ]);
    const verdict = $(root, 'verdict');
    expect(verdict?.getAttribute('data-verdict')).toBe('decline');
    expect(text(verdict)).toBe(t.verdict.decline);
    expect(text($(root, 'answer-reason'))).toBe(findings.cutoff.title[language]);
    expect(text($(root, 'answer-why'))).toContain(findings.cutoff.detail[language]);
    expect(text($(root, 'crs-total'))).toBe('512');
    expect(text($(root, 'corrected-total'))).toBe('498');
    expect(text($(root, 'cutoff'))).toBe('507');
    expect($(root, 'cutoff-margin')?.getAttribute('data-value')).toBe('-9');
    expect(text($(root, 'cutoff-margin'))).toBe(t.numbers.below({ points: 9 }));
    expect(text($(root, 'cutoff-source'))).toContain('380');
    expect(text($(root, 'next-step'))).toContain(t.next.decline);
    expect($(root, 'plan-summary'), 'what is at stake follows the answer').not.toBeNull();
    expect($(root, 'plan-margin'), 'the margin is said once, in the first lines').toBeNull();
  });

  it('cards: every other finding, most severe first, each with its source and field', () => {
    const root = show({ state: withLetter(), assessment: stored(DECLINE), language });
    const cards = [...root.querySelectorAll('[data-testid="finding"]')];
    expect(cards.map((c) => c.getAttribute('data-finding-id'))).toEqual([
      'language-test-expires',
      'funds-short',
    ]);
    const funds = cards[1];
    expect(funds?.querySelector('[data-testid="fact-link"]')?.getAttribute('href')).toBe(
      'options.html#funds.amount',
    );
    expect(funds?.querySelector('a[href^="https://www.canada.ca/"]')?.textContent).toBe(
      t.answer.sourceLink,
    );
    expect(text(funds ?? null)).toContain(t.severity.warning);
  });

  it('facts missing: one list, each fact once with a link to its field, never as a card', () => {
    const root = show({
      state: withLetter(),
      assessment: stored(REVIEW),
      language,
      optionsUrl: (fact) => `chrome-extension://id/options.html${fact ? `#${fact}` : ''}`,
    });
    const items = [...root.querySelectorAll('[data-testid="missing-fact"]')];
    expect(items.map((li) => li.getAttribute('data-fact'))).toEqual(['dateOfBirth', 'work']);
    expect(items[1]?.querySelector('a')?.getAttribute('href')).toBe(
      'chrome-extension://id/options.html#work',
    );
    expect(text($(root, 'checks-progress'))).toBe(t.missing.progress({ done: 12, total: 15 }));
    expect(root.querySelector('[data-finding-id="facts-missing"]'), 'not a card too').toBeNull();
    expect(text(root), 'the long sentence naming every fact is not shown').not.toContain(
      findings.factsMissing.detail[language],
    );
    for (const fact of ['dateOfBirth', 'work'] as const) {
      const names = text(root).split(t.fact(fact)).length - 1;
      expect(names, `${t.fact(fact)} is named once`).toBe(1);
    }
    expect(text($(root, 'answer-reason'))).toBe(t.answer.facts({ done: 12, total: 15, count: 2 }));
    expect($(root, 'next-step')?.getAttribute('data-next')).toBe('enter-fact');
  });

  it('ready: the verdict and the day to apply by, in words', () => {
    const root = show({ state: withLetter(), assessment: stored(READY), language });
    expect(text($(root, 'verdict'))).toBe(t.verdict.ready);
    expect(text($(root, 'answer-reason'))).toBe(t.answer.allPassed);
    expect(text($(root, 'next-step'))).toContain(
      language === 'en' ? 'Monday, January 18, 2027' : 'lundi 18 janvier 2027',
    );
  });

  it('the time left: days, the last day in the user’s time, IRCC’s UTC instant in words', () => {
    const root = show({ state: withLetter(), assessment: stored(READY), language });
    expect(text($(root, 'countdown'))).toBe(t.time.left({ days: 57, hours: 12, minutes: 0 }));
    expect(text($(root, 'deadline-local'))).toContain(
      language === 'en' ? 'Monday, January 18, 2027, until 7:00 p.m.' : 'lundi 18 janvier 2027',
    );
    expect(text($(root, 'deadline-utc'))).toContain(
      language === 'en' ? 'January 19, 2027' : '19 janvier 2027',
    );
    expect(text($(root, 'deadline-utc'))).toContain('UTC');
  });

  it('a reading more than 7 days old is called stale, in the answer', () => {
    const old = '2026-11-10T10:00:00.000Z';
    const root = show({ state: withLetter(letter, old), assessment: stored(READY, old), language });
    expect(text($(root, 'stale'))).toBe(t.answer.stale({ days: 12 }));
    expect($(root, 'verdict'), 'the verdict is still shown').not.toBeNull();
  });

  it('the cut-off not known: the answer says so and the choice is offered', () => {
    const root = show({
      state: withLetter(),
      assessment: stored(CUTOFF_UNKNOWN),
      language,
      cutoffActions: {
        pick: () => Promise.resolve(true),
        type: () => Promise.resolve(true),
        refresh: () => Promise.resolve({ status: 'off' }),
      },
    });
    expect(text($(root, 'cutoff'))).toBe(t.numbers.notKnown);
    expect($(root, 'cutoff-choice')).not.toBeNull();
    expect($(root, 'next-step')?.getAttribute('data-next')).toBe('pick-round');
  });

  it('what the score rests on, folded; the next document at risk, after what is at stake', () => {
    const root = show({
      state: withLetter(),
      assessment: stored(REVIEW, READ_AT, PLAN),
      language,
      claims: CLAIMS,
      nextDocument: NEXT_DOCUMENT,
      documentsUrl: 'documents.html',
    });
    const claims = root.querySelector<HTMLDetailsElement>('details[data-testid="claims"]');
    expect(claims?.open, 'folded').toBe(false);
    expect(claims?.querySelectorAll('[data-claim]').length).toBeGreaterThan(3);
    const order = [...root.querySelectorAll('[data-testid]')].map((e) =>
      e.getAttribute('data-testid'),
    );
    expect(order.indexOf('next-at-risk')).toBeGreaterThan(order.indexOf('plan-summary'));
    expect($(root, 'next-at-risk')?.querySelector('a')?.getAttribute('href')).toBe(
      'documents.html',
    );
  });

  it('no claims and no documents for an invitation that is over', () => {
    const root = show({
      state: withLetter(),
      assessment: stored(EXPIRED),
      language,
      claims: CLAIMS,
      nextDocument: NEXT_DOCUMENT,
    });
    expect($(root, 'claims')).toBeNull();
    expect($(root, 'next-at-risk')).toBeNull();
  });

  it('the language toggle: which is on, and each name contains what it shows', () => {
    const asked: UiLanguage[] = [];
    const root = show({ state: EMPTY_READINGS, language, onLanguage: (next) => asked.push(next) });
    const buttons = [
      ...root.querySelectorAll<HTMLButtonElement>('[data-testid="language"] button'),
    ];
    expect(buttons.map((b) => [b.dataset.language, b.getAttribute('aria-pressed')])).toEqual([
      ['en', String(language === 'en')],
      ['fr', String(language === 'fr')],
    ]);
    for (const button of buttons) {
      const visible = [...button.childNodes]
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent)
        .join('');
      expect(button.getAttribute('aria-label'), 'the name comes from the content').toBeNull();
      expect(text(button)).toContain(visible);
    }
    buttons.find((b) => b.dataset.language !== language)?.click();
    expect(asked).toEqual([language === 'en' ? 'fr' : 'en']);
  });
});

describe('plain words in every state', () => {
  const states: [string, Partial<PopupViewProps> & Pick<PopupViewProps, 'state'>][] = [
    ['empty', { state: EMPTY_READINGS }],
    ['account home', { state: withReading(EMPTY_READINGS, accountHome, '/mycic/home', READ_AT) }],
    ['checking', { state: withLetter() }],
    ['decline', { state: withLetter(), assessment: stored(DECLINE, READ_AT, PLAN) }],
    [
      'review, with claims and documents',
      {
        state: withLetter(),
        assessment: stored(REVIEW, READ_AT, PLAN),
        claims: CLAIMS,
        nextDocument: NEXT_DOCUMENT,
      },
    ],
    ['cut-off unknown', { state: withLetter(), assessment: stored(CUTOFF_UNKNOWN) }],
    ['expired', { state: withLetter(), assessment: stored(EXPIRED) }],
    ['not read', { state: notReadLetter, assessment: stored(REVIEW) }],
    [
      'failed',
      {
        state: withLetter(),
        failure: { at: '2026-11-22T11:00:00.000Z', reason: 'storage-failed', readingAt: READ_AT },
      },
    ],
  ];
  it.each(
    LANGUAGES.flatMap((language) =>
      states.map(([name, props]) => [language, name, props] as const),
    ),
  )(
    '%s, %s: no internal key, raw date, null or English left in French',
    (language, _name, props) => {
      const root = show({ ...props, language });
      // Folded parts count too: what is inside <details> is read once opened.
      expect(plainWordsProblems(spacedText(root), language, ENGLISH_SENTENCES)).toEqual([]);
    },
  );
});
