// @vitest-environment happy-dom
// "Copy page structure" asks the IRCC page in the active tab for its structure only when pressed
// (entrypoints/popup/page-structure.ts runs /structure.js there), then copies it as before. Every
// way that can fail ends on a plain line, in English and in French, never on a dead button.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView } from '@/components/popup/popup-view';
import type { StructureResult } from '@/components/popup/states-view';
import { messages, type UiLanguage } from '@/lib/i18n';
import { withReading, EMPTY_READINGS } from '@/lib/schema/state';
import { NOW, READ_AT, letter, withLetter } from '../../support/stored';

const STRUCTURE = 'table > tr > td "CRS – Human Capital – Age" | "#"';
const unreadable = withLetter({
  ...letter,
  crs: { total: null, rows: {} },
  invitation: { ...letter.invitation, deadline: null },
  missing: ['crs.total', 'invitation.deadline'],
});
const nothingToRead = withReading(
  EMPTY_READINGS,
  { ...letter, kind: 'unknown' },
  '/mycic/help',
  READ_AT,
);

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

function show(
  language: UiLanguage,
  state: typeof unreadable,
  getStructure: () => Promise<StructureResult>,
  copy: (text: string) => Promise<void>,
): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(
    <PopupView
      state={state}
      now={NOW}
      language={language}
      getStructure={getStructure}
      copy={copy}
    />,
    host,
  );
  return host;
}

const text = (root: HTMLElement) => (root.textContent ?? '').replace(/\s+/g, ' ');
const button = (root: HTMLElement) =>
  root.querySelector<HTMLButtonElement>('[data-testid="copy-structure"]');

describe.each(['en', 'fr'] as const)('copy page structure on demand (%s)', (language) => {
  const t = messages(language);

  it.each([
    ['could not read', unreadable],
    ['nothing to read', nothingToRead],
  ])(
    '%s: nothing is asked before the press; the press asks once and copies it',
    async (_, state) => {
      const getStructure = vi.fn(() =>
        Promise.resolve<StructureResult>({ ok: true, structure: STRUCTURE }),
      );
      const copy = vi.fn((_text: string) => Promise.resolve());
      const root = show(language, state, getStructure, copy);
      expect(
        getStructure,
        'the page is asked only when the user presses the button',
      ).not.toBeCalled();
      expect(button(root)?.textContent).toBe(t.copyStructure.button);
      button(root)?.click();
      await vi.waitFor(() => expect(text(root)).toContain(t.copyStructure.done));
      expect(getStructure).toHaveBeenCalledTimes(1);
      expect(copy.mock.calls).toEqual([[STRUCTURE]]);
    },
  );

  it.each<[string, () => Promise<StructureResult>]>([
    ['no tab', () => Promise.resolve({ ok: false, reason: 'no-tab' })],
    [
      'the active tab is not an IRCC page',
      () => Promise.resolve({ ok: false, reason: 'not-portal' }),
    ],
    ['the script failed in the page', () => Promise.resolve({ ok: false, reason: 'failed' })],
    ['asking threw', () => Promise.reject(new Error('Extension context invalidated.'))],
  ])('%s: a clear line says how to get it, and nothing is copied', async (_, getStructure) => {
    const copy = vi.fn((_text: string) => Promise.resolve());
    const root = show(language, unreadable, getStructure, copy);
    button(root)?.click();
    await vi.waitFor(() => expect(text(root)).toContain(t.copyStructure.unavailable));
    expect(button(root), 'no dead button once the page cannot be asked').toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe(t.copyStructure.unavailable);
    expect(copy).not.toBeCalled();
  });

  it('the clipboard refuses: the structure is shown to copy by hand', async () => {
    const root = show(
      language,
      unreadable,
      () => Promise.resolve({ ok: true, structure: STRUCTURE }),
      () => Promise.reject(new Error('no clipboard')),
    );
    button(root)?.click();
    await vi.waitFor(() => expect(text(root)).toContain(t.copyStructure.failed));
    expect(root.querySelector('textarea')?.value).toBe(STRUCTURE);
  });
});
