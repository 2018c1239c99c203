// @vitest-environment happy-dom
// The popup's every state, in both languages, rendered with Preact into happy-dom.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from '@/components/popup/popup-view';
import { messages, type UiLanguage } from '@/lib/i18n';
import { SEVERITIES } from '@/lib/view/assessment';
import { EMPTY_READINGS, withReading } from '@/lib/schema/state';
import { DECLINE, NOW, READ_AT, READY, REVIEW, letter, stored, withLetter } from './fixtures';

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

const $ = (root: HTMLElement, testId: string) => root.querySelector(`[data-testid="${testId}"]`);
const text = (root: HTMLElement) => (root.textContent ?? '').replace(/\s+/g, ' ');

describe.each(LANGUAGES)('popup in %s', (language) => {
  const t = messages(language);

  it('nothing read yet: says how to get a reading and links to the import', () => {
    const root = show({ state: EMPTY_READINGS, language });
    expect($(root, 'popup')?.getAttribute('data-state')).toBe('empty');
    expect(text(root), 'the empty state must give the steps to get a reading').toContain(
      t.stateEmptySteps[1],
    );
    expect($(root, 'import-link')?.getAttribute('href')).toContain('options.html');
    expect($(root, 'verdict'), 'no verdict without a reading').toBeNull();
  });

  it('nothing to read: names the page it saw', () => {
    const state = withReading(
      EMPTY_READINGS,
      { ...letter, kind: 'unknown' },
      '/mycic/help',
      READ_AT,
    );
    const root = show({ state, language });
    expect($(root, 'popup')?.getAttribute('data-state')).toBe('nothing-to-read');
    expect(text(root)).toContain('/mycic/help');
  });

  it('could not read: names what was missing in words, gives no verdict, offers the structure', async () => {
    const cut = {
      ...letter,
      crs: { total: null, rows: {} },
      invitation: { ...letter.invitation, deadline: null },
      missing: ['crs.total', 'invitation.deadline', 'crs.rows.age'],
    };
    const copied: string[] = [];
    const root = show({
      state: withLetter(cut),
      assessment: stored(DECLINE),
      language,
      getStructure: () =>
        Promise.resolve({
          ok: true,
          structure: 'table > tr > td "CRS – Human Capital – Age" | "#"',
        }),
      copy: async (value) => {
        copied.push(value);
      },
    });
    expect($(root, 'popup')?.getAttribute('data-state')).toBe('unreadable');
    const missing = text(root.querySelector('[data-testid="missing"]') ?? root);
    for (const word of [t.field['crs.total'], t.field['invitation.deadline'], t.row.age]) {
      expect(missing, `the missing list must name "${word}" in ${language}`).toContain(word);
    }
    expect($(root, 'verdict'), 'a page not fully read must never give a verdict').toBeNull();
    const button = root.querySelector<HTMLButtonElement>('[data-testid="copy-structure"]');
    expect(button?.textContent).toBe(t.copyStructure);
    button?.click();
    await vi.waitFor(() => expect(text(root)).toContain(t.copyStructureDone));
    expect(copied).toEqual(['table > tr > td "CRS – Human Capital – Age" | "#"']);
  });

  it('could not read, no way to ask the page: says how to get it instead of a dead button', () => {
    const cut = {
      ...letter,
      crs: { total: null, rows: {} },
      invitation: { ...letter.invitation, deadline: null },
    };
    const root = show({ state: withLetter(cut), language });
    expect($(root, 'copy-structure')).toBeNull();
    expect(text(root)).toContain(t.copyStructureUnavailable);
  });

  it.each([
    ['decline', DECLINE],
    ['review', REVIEW],
    ['ready', READY],
  ] as const)('verdict %s: first, in words and with a mark, not colour alone', (verdict, a) => {
    const root = show({ state: withLetter(), assessment: stored(a), language });
    const main = $(root, 'popup');
    expect(main?.getAttribute('data-state')).toBe('reading');
    const shown = $(root, 'verdict');
    expect(shown?.getAttribute('data-verdict')).toBe(verdict);
    expect(shown?.textContent, `the verdict must be written as "${t.verdict[verdict]}"`).toContain(
      t.verdict[verdict],
    );
    expect(shown?.querySelector('.verdict-mark')?.textContent?.trim()).not.toBe('');
    const firstSection = main?.querySelector('header ~ *');
    expect(firstSection, 'the verdict must come right after the header').toBe(shown);
  });

  it('findings: most severe first, each with its numbers, its IRCC source and a field link', () => {
    const root = show({ state: withLetter(), assessment: stored(DECLINE), language });
    const items = [...root.querySelectorAll('[data-testid="finding"]')];
    expect(items.map((item) => item.getAttribute('data-severity'))).toEqual([
      'decline',
      'decline',
      'warning',
      'info',
    ]);
    expect(items.map((item) => item.getAttribute('data-finding-id'))).toEqual([
      'score-below-cutoff',
      'language-test-expires',
      'funds-short',
      'deadline',
    ]);
    expect(text(root)).toContain(DECLINE.findings[3]?.detail[language]);
    for (const item of items) {
      expect(item.querySelector(`a[href^="https://www.canada.ca/"]`)?.textContent).toBe(
        t.sourceLink,
      );
      const severity = SEVERITIES.find((one) => one === item.getAttribute('data-severity'));
      expect(severity && item.textContent, 'severity is said in words too').toContain(
        severity && t.severity[severity],
      );
    }
    const factLink = items[2]?.querySelector('[data-testid="fact-link"]');
    expect(factLink?.getAttribute('href')).toBe('options.html#funds.amount');
    expect(factLink?.textContent).toContain(t.fact('funds.amount'));
  });

  it('facts missing: a summary that links straight to each field', () => {
    const root = show({
      state: withLetter(),
      assessment: stored(REVIEW),
      language,
      optionsUrl: (fact) => `chrome-extension://id/options.html${fact ? `#${fact}` : ''}`,
    });
    const box = $(root, 'facts-missing');
    expect(box?.querySelector('a')?.getAttribute('href')).toBe(
      'chrome-extension://id/options.html#funds.amount',
    );
  });

  it('corrected CRS against the cut-off, with the rows the facts changed', () => {
    const root = show({ state: withLetter(), assessment: stored(DECLINE), language });
    expect($(root, 'corrected-total')?.textContent).toBe('498');
    expect($(root, 'cutoff')?.textContent).toBe('507');
    expect($(root, 'cutoff-margin')?.textContent).toBe(t.correctedBelow({ margin: '9' }));
    expect($(root, 'corrected-row-canadianWork')?.textContent).toBe(
      t.rowChange({ row: t.row.canadianWork, from: '53', to: '39' }),
    );
    expect($(root, 'cutoff-source')?.textContent).toContain('380');
  });

  it('keeps the reading, the countdown and when it was read', () => {
    const root = show({ state: withLetter(), assessment: stored(READY), language });
    expect($(root, 'crs-total')?.textContent).toBe('512');
    expect($(root, 'crs-row-age')?.textContent).toContain('110');
    expect($(root, 'countdown')?.textContent).toContain('57');
    expect($(root, 'deadline-utc')?.textContent).toContain('2027-01-19 00:00 UTC');
    expect($(root, 'deadline-local')?.textContent).toContain('2027');
    expect($(root, 'read-at')?.textContent).toContain('/mycic/messages/details');
  });

  it('a verdict computed from an earlier reading is not shown as this reading’s verdict', () => {
    const root = show({
      state: withLetter(),
      assessment: stored(READY, '2026-11-01T10:00:00.000Z'),
      language,
    });
    expect($(root, 'verdict')).toBeNull();
    expect($(root, 'verdict-pending')?.textContent).toBe(t.verdictPending);
  });

  it('a reading more than 7 days old is called stale, with how old it is', () => {
    const old = '2026-11-10T10:00:00.000Z';
    const root = show({ state: withLetter(letter, old), assessment: stored(READY, old), language });
    expect($(root, 'stale')?.textContent).toContain(t.staleBody({ days: 12 }));
    expect($(root, 'verdict'), 'the verdict is still shown, under the warning').not.toBeNull();
  });

  it('a reading of today is not stale', () => {
    const root = show({ state: withLetter(), assessment: stored(READY), language });
    expect($(root, 'stale')).toBeNull();
  });

  it('the language toggle says which language is on and asks for the other', () => {
    const asked: UiLanguage[] = [];
    const root = show({ state: EMPTY_READINGS, language, onLanguage: (next) => asked.push(next) });
    const buttons = [
      ...root.querySelectorAll<HTMLButtonElement>('[data-testid="language"] button'),
    ];
    expect(buttons.map((b) => [b.dataset.language, b.getAttribute('aria-pressed')])).toEqual([
      ['en', String(language === 'en')],
      ['fr', String(language === 'fr')],
    ]);
    buttons.find((b) => b.dataset.language !== language)?.click();
    expect(asked).toEqual([language === 'en' ? 'fr' : 'en']);
    expect($(root, 'popup')?.getAttribute('lang')).toBe(language);
  });
});

describe('facts missing count', () => {
  it.each([
    ['en', '1 fact', 'A fact the checks need is not entered yet.'],
    ['fr', '1 fait', 'Un fait dont les vérifications ont besoin n’est pas encore saisi.'],
  ] as const)('%s: counts facts, not checks (%s)', (language, _, sentence) => {
    const root = show({ state: withLetter(), assessment: stored(REVIEW), language });
    expect(root.querySelector('[data-testid="facts-missing"]')?.textContent).toContain(sentence);
  });
});
