// @vitest-environment happy-dom
// The documents views with plain props, as the documents page, the options page and the popup
// mount them: groups per person, the tick and the request date handed back under the item's key,
// the popup's line, and the preparer's keyboard reordering and messages.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistView } from '@/components/documents/checklist-view';
import { NextAtRiskView } from '@/components/documents/next-at-risk-view';
import { PackView } from '@/components/documents/pack-view';
import { buildChecklist, nextAtRisk } from '@/lib/checklist';
import type { PackResult } from '@/lib/pack/types';
import { BASE, NOW, ZONE, letter } from '../../support/readings';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const CHECKLIST = buildChecklist({
  reading: letter('CEC', { canadianWork: 53 }),
  facts: {
    ...BASE,
    family: { spouse: 'accompanying', children: 1 },
    policeCertificates: [{ country: 'IN', received: false, requested: '2026-11-10' }],
  },
  now: NOW,
  timeZone: ZONE,
});

const text = (selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

describe('ChecklistView', () => {
  it('groups by person, needed first, what is not needed folded away with its count', () => {
    render(
      <ChecklistView
        checklist={CHECKLIST}
        language="en"
        onHave={() => {}}
        onRequested={() => {}}
      />,
      root,
    );
    expect(text('section[data-person] > h3')).toEqual(['You', 'Your spouse or partner', 'Child 1']);
    expect(text('[data-person="candidate"] summary')).toEqual(['Not needed (7)']);
    expect(text('[data-testid="checklist-progress"]')).toEqual(['2 of 13 ready']);
  });

  it('hands back a tick and a request date under the item’s key; a cleared date is null', () => {
    const onHave = vi.fn();
    const onRequested = vi.fn();
    render(
      <ChecklistView
        checklist={CHECKLIST}
        language="en"
        onHave={onHave}
        onRequested={onRequested}
      />,
      root,
    );
    const passport = root.querySelector<HTMLInputElement>('#have-passport--candidate');
    passport?.click();
    expect(onHave).toHaveBeenCalledWith('passport:candidate', true);
    const date = root.querySelector<HTMLInputElement>(
      '#requested-police-certificate--candidate--in',
    );
    expect(date?.value).toBe('2026-11-10');
    expect(text('[data-key="police-certificate:candidate:in"] .document-requested-words')).toEqual([
      'Requested November 10, 2026',
    ]);
    if (date) {
      date.value = '';
      date.dispatchEvent(new Event('change', { bubbles: true }));
    }
    expect(onRequested).toHaveBeenCalledWith('police-certificate:candidate:in', null);
  });

  it.each([
    [
      'documents.html: to the options page',
      undefined,
      'Open your ITA letter in your IRCC account, or import it on the options page, so the list knows your program and your deadline.',
      [],
    ],
    [
      'the options page: to its letter section above',
      '#letter',
      'Open your ITA letter in your IRCC account, or import it above, so the list knows your program and your deadline.',
      ['#letter'],
    ],
  ])('no letter read: where to give it (%s)', (_, letterUrl, words, links) => {
    render(
      <ChecklistView
        checklist={{ ...CHECKLIST, deadline: null }}
        language="en"
        onHave={() => {}}
        onRequested={() => {}}
        letterUrl={letterUrl}
      />,
      root,
    );
    expect(text('[data-testid="checklist-deadline"]'), 'the words without a deadline').toEqual([
      words,
    ]);
    const hrefs = [...root.querySelectorAll('[data-testid="checklist-deadline"] a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(hrefs, 'the link to the letter section, only where it is on the page').toEqual(links);
  });

  it('an item the facts prove has no tick to take away', () => {
    render(
      <ChecklistView
        checklist={CHECKLIST}
        language="fr"
        onHave={() => {}}
        onRequested={() => {}}
      />,
      root,
    );
    const language = root.querySelector('[data-key="language-results:candidate"]');
    expect(language?.querySelector('input')).toBeNull();
    expect(language?.textContent).toContain('En main, d’après vos renseignements');
  });
});

describe('NextAtRiskView', () => {
  it.each([
    [
      'en',
      'Police certificate (India): requested November 10, 2026, 50 days left before the deadline',
    ],
    [
      'fr',
      'Certificat de police (Inde)\u00a0: demandé le 10 novembre 2026, il reste 50\u00a0jours avant la date limite',
    ],
  ] as const)('%s', (language, line) => {
    render(
      <NextAtRiskView
        item={nextAtRisk(CHECKLIST)}
        language={language}
        documentsUrl="documents.html"
      />,
      root,
    );
    expect(root.querySelector('[data-testid="next-at-risk"] p')?.textContent).toBe(line);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('documents.html');
  });

  it('nothing at risk', () => {
    render(<NextAtRiskView item={null} language="en" />, root);
    expect(root.textContent).toContain('Every document in your list is in hand.');
  });
});

describe('PackView', () => {
  const file = (name: string) =>
    new File([new Uint8Array([0xff, 0xd8, 0xff])], name, { type: 'image/jpeg' });

  async function addFiles(names: string[]) {
    const input = root.querySelector<HTMLInputElement>('#pack-files');
    if (!input) throw new Error('no file input');
    const list = names.map(file);
    Object.defineProperty(input, 'files', { value: list, configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  it('Alt + ↓ and Alt + ↑ move a file, say where it went, and keep the focus on it', async () => {
    render(<PackView language="en" pack={vi.fn()} />, root);
    await addFiles(['a.jpg', 'b.jpg', 'c.jpg']);
    const first = root.querySelector<HTMLElement>('[data-file] [data-action="down"]');
    first?.focus();
    await act(() => {
      first?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }),
      );
    });
    expect(text('.pack-file-name')).toEqual(['b.jpg', 'a.jpg', 'c.jpg']);
    expect(root.querySelector('[aria-live="polite"]')?.textContent).toBe(
      'a.jpg is now file 2 of 3.',
    );
    expect(
      document.activeElement?.closest('[data-file]')?.querySelector('.pack-file-name')?.textContent,
    ).toBe('a.jpg');
    // Without Alt, the arrows are left to the browser.
    await act(() => {
      document.activeElement?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }),
      );
    });
    expect(text('.pack-file-name')).toEqual(['b.jpg', 'a.jpg', 'c.jpg']);
  });

  it('a size out of range is refused beside its field, and the engine is not called', async () => {
    const pack = vi.fn();
    render(<PackView language="fr" pack={pack} />, root);
    await addFiles(['a.jpg']);
    const size = root.querySelector<HTMLInputElement>('#pack-max');
    await act(() => {
      if (size) size.value = '0,1';
      size?.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="pack-make"]')?.click());
    expect(pack).not.toHaveBeenCalled();
    expect(root.querySelector('#pack-max--error')?.textContent).toBe(
      'Entrez une taille de 0,5 à 100\u00a0Mo.',
    );
  });

  it('the engine’s reason is shown in words, and no Save link', async () => {
    const result: PackResult = { ok: false, error: { code: 'encrypted', file: 'police.pdf' } };
    const pack = vi.fn(async () => result);
    render(<PackView language="en" pack={pack} />, root);
    await addFiles(['police.pdf']);
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="pack-make"]')?.click());
    await vi.waitFor(() => expect(root.querySelector('[data-testid="pack-error"]')).not.toBeNull());
    expect(pack).toHaveBeenCalledWith(
      [{ name: 'police.pdf', bytes: new Uint8Array([0xff, 0xd8, 0xff]) }],
      expect.objectContaining({ maxBytes: 4_000_000, allowBelowMinimum: false }),
    );
    expect(root.querySelector('[data-testid="pack-error"]')?.textContent).toContain(
      'police.pdf is protected by a password or encryption',
    );
    expect(root.querySelector('[data-testid="pack-save"]')).toBeNull();
  });
});
