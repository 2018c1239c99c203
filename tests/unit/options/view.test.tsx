// @vitest-environment happy-dom
// The options view rendered with plain DOM queries: every fact a finding can point to has a field
// the popup can link to, every control is labelled, errors sit beside their field, both languages.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FACT_PATHS } from '@/lib/facts';
import { emptyDraft, emptyPolice, emptyWork, type FormDraft } from '@/lib/forms';
import { optionsEn } from '@/lib/i18n/options-en';
import { optionsFr } from '@/lib/i18n/options-fr';
import { focusFact } from '@/entrypoints/options/anchor';
import { mountOptionsView } from './mount-view';

const mount = (draft: FormDraft, language: 'en' | 'fr' = 'en') =>
  mountOptionsView({ draft, language });

/** A draft with one row of each list, so their fields are on the page too. */
function fullDraft(): FormDraft {
  const d = emptyDraft();
  d.work = [emptyWork('work-0')];
  d.policeCertificates = [emptyPolice('police-0')];
  return d;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('links straight to a fact (options.html#<Finding.fact>)', () => {
  it.each(FACT_PATHS)('#%s focuses a field of that fact', (path) => {
    mount(fullDraft());
    expect(
      focusFact(`#${encodeURIComponent(path)}`),
      `no element with id "${path}": give its field or group that id`,
    ).toBe(true);
    const active = document.activeElement;
    expect(active?.matches('input, select'), `#${path} must focus a form control`).toBe(true);
    const target = document.getElementById(path);
    expect(target === active || target?.contains(active ?? null)).toBe(true);
  });

  it('an unknown anchor does nothing', () => {
    mount(emptyDraft());
    expect(focusFact('#no-such-fact')).toBe(false);
  });
});

describe.each(['en', 'fr'] as const)('in %s', (language) => {
  it('every control has a non-empty label', () => {
    const root = mount(fullDraft(), language);
    const controls = [...root.querySelectorAll('input, select')];
    expect(controls.length).toBeGreaterThan(40);
    for (const control of controls) {
      const label = root.querySelector(`label[for="${CSS.escape(control.id)}"]`);
      expect(label?.textContent?.trim(), `control #${control.id} has no <label for>`).toBeTruthy();
    }
  });

  it('ids are unique', () => {
    const root = mount(fullDraft(), language);
    const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes, 'duplicate ids break labels and links').toEqual([]);
  });

  it('an invalid field says why beside it, tied by aria-describedby', () => {
    const d = emptyDraft();
    d.family.size = 'two';
    const root = mount(d, language);
    const input = root.querySelector<HTMLInputElement>('#family\\.size');
    expect(input?.getAttribute('aria-invalid')).toBe('true');
    const described = input?.getAttribute('aria-describedby') ?? '';
    const error = document.getElementById('family.size--error');
    expect(described.split(' ')).toContain('family.size--error');
    const t = language === 'fr' ? optionsFr : optionsEn;
    expect(error?.textContent).toContain(t.error({ code: 'whole', min: 1, max: 30 }));
    expect(input?.value, 'the text the user typed must stay in the field').toBe('two');
    expect(root.querySelector('[data-testid="save-status"]')?.textContent).toContain(
      t.notSaved({ count: 1 }),
    );
  });

  it('shows the CLB/NCLC level under each score as typed', () => {
    const d = emptyDraft();
    d.languageTests[0] = {
      test: language === 'en' ? 'ielts-general' : 'tef-canada',
      resultDate: '2025-01-20',
      listening: language === 'en' ? '8.5' : '',
      reading: '',
      writing: '',
      speaking: '',
    };
    const root = mount(d, language);
    const extra = root.querySelector('#languageTests\\[0\\]\\.scores\\.listening--extra');
    if (language === 'en') expect(extra?.textContent).toBe('CLB 10');
    else expect(extra?.textContent).toBe(optionsFr.levelPending);
  });

  it('shows the counted hours of a work period and the totals', () => {
    const d = emptyDraft();
    d.work = [
      {
        ...emptyWork('w'),
        start: '2025-01-01',
        end: '2025-12-31',
        hoursPerWeek: '40',
        country: 'CA',
        teer: '1',
      },
    ];
    const root = mount(d, language);
    // 365 days × 30/7 h = 1,564.3 h → 1,564 (en-CA) / 1 564 (fr-CA)
    expect(root.querySelector('.total')?.textContent).toMatch(/1[,\s\u00a0\u202f]564/);
    expect(root.querySelector('[data-testid="work-total"]')?.textContent).toMatch(
      language === 'en'
        ? /Canadian: 1,564 h \(1 year\)/
        : /Canada\u00a0: 1[\s\u00a0\u202f]564 h \(1 an\)/,
    );
  });
});

describe('catalogues', () => {
  function strings(value: unknown, at = ''): [string, string][] {
    if (typeof value === 'string') return [[at, value]];
    if (value && typeof value === 'object')
      return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
    return [];
  }
  it('French typography: no-break space before : ; ! ? and inside « »', () => {
    for (const [key, text] of strings(optionsFr)) {
      expect(text, `options-fr.ts ${key}: a plain space before : ; ! ? or inside « »`).not.toMatch(
        / [:;!?]|« | »/,
      );
      expect(
        text,
        `options-fr.ts ${key}: ; ! ? need a narrow no-break space before them`,
      ).not.toMatch(/[^\s\u00a0\u202f][;!?]/);
    }
  });

  it('French has every English key, and no label or heading left empty', () => {
    const en = strings(optionsEn);
    const fr = new Map(strings(optionsFr));
    for (const [key, text] of en) {
      expect(fr.has(key), `options-fr.ts lacks ${key}`).toBe(true);
      if (text !== '') expect(fr.get(key), `options-fr.ts ${key} is empty`).not.toBe('');
    }
  });
});

describe('the letter drop zone', () => {
  it('a file dropped on it is read like a chosen one', async () => {
    const { LetterSection } = await import('@/components/options/letter-section');
    const root = document.createElement('div');
    document.body.append(root);
    const got: string[] = [];
    render(
      <LetterSection
        t={optionsEn}
        language="en"
        status={{ state: 'idle' }}
        onFile={(f) => got.push(f.name)}
      />,
      root,
    );
    const zone = root.querySelector('[data-testid="letter-drop"]');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    const file = new File(['<html></html>'], 'letter.html', { type: 'text/html' });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file] } });
    zone?.dispatchEvent(drop);
    expect(got, 'dropping a file must hand it to the reader').toEqual(['letter.html']);
    expect(drop.defaultPrevented, 'the browser must not open the dropped file itself').toBe(true);
  });
});
