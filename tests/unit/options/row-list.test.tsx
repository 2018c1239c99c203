// @vitest-environment happy-dom
// The row lists of the options form (components/options/row-list.tsx) as the three sections use
// it, in both languages, with a live draft: Add, Remove, where focus goes, what each button is
// called for a screen reader, and the limits (10 tests, 40 jobs, 40 certificates; one test stays).
import { render, type FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageSection } from '@/components/options/language-section';
import { PoliceSection } from '@/components/options/police-section';
import type { FormProps } from '@/components/options/types';
import { WorkSection } from '@/components/options/work-section';
import {
  emptyDraft,
  emptyLanguageTest,
  emptyPolice,
  emptyWork,
  formView,
  type FormDraft,
} from '@/lib/forms';
import { optionsEn, type OptionsMessages } from '@/lib/i18n/options-en';
import { optionsFr } from '@/lib/i18n/options-fr';

const TODAY = '2026-11-22';

interface ListCase {
  name: 'work' | 'policeCertificates' | 'languageTests';
  section: FunctionComponent<FormProps>;
  /** The field a new row focuses. */
  first: string;
  /** A text field that tells rows apart: row i holds `row-${i}` there. */
  mark: string;
  min: number;
  max: number;
  fill: (draft: FormDraft, count: number) => void;
  text: (t: OptionsMessages) => {
    legend: (p: { n: number }) => string;
    add: string;
    remove: (p: { n: number }) => string;
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const LISTS: ListCase[] = [
  {
    name: 'work',
    section: WorkSection,
    first: 'start',
    mark: 'noc',
    min: 0,
    max: 40,
    fill: (d, n) =>
      void (d.work = range(n).map((i) => ({ ...emptyWork(`w${i}`), noc: `row-${i}` }))),
    text: (t) => ({ legend: t.workHeading, add: t.addWork, remove: t.removeWork }),
  },
  {
    name: 'policeCertificates',
    section: PoliceSection,
    first: 'country',
    mark: 'country',
    min: 0,
    max: 40,
    fill: (d, n) =>
      void (d.policeCertificates = range(n).map((i) => ({
        ...emptyPolice(`p${i}`),
        country: `row-${i}`,
      }))),
    text: (t) => ({ legend: t.policeHeading, add: t.addPolice, remove: t.removePolice }),
  },
  {
    name: 'languageTests',
    section: LanguageSection,
    first: 'test',
    mark: 'scores.listening',
    min: 1,
    max: 10,
    fill: (d, n) =>
      void (d.languageTests = range(n).map((i) => ({
        ...emptyLanguageTest(),
        listening: `row-${i}`,
      }))),
    text: (t) => ({ legend: t.testHeading, add: t.addTest, remove: t.removeTest }),
  },
];

const CASES = LISTS.flatMap((list) =>
  (['en', 'fr'] as const).map((language) => ({
    list,
    language,
    label: `${list.name} (${language})`,
  })),
);

/** The section on a live draft, edited and focused the way entrypoints/options/app.tsx does. */
function mount(list: ListCase, language: 'en' | 'fr', rows: number) {
  let latest = emptyDraft();
  list.fill(latest, rows);
  const Section = list.section;
  function Harness() {
    const [draft, setDraft] = useState(latest);
    return (
      <Section
        draft={draft}
        view={formView(draft, TODAY)}
        t={language === 'fr' ? optionsFr : optionsEn}
        language={language}
        claims={[]}
        edit={(change) => {
          const next = structuredClone(latest);
          change(next);
          latest = next;
          setDraft(next);
        }}
        focus={(id) => setTimeout(() => document.getElementById(id)?.focus(), 0)}
      />
    );
  }
  const root = document.createElement('div');
  document.body.append(root);
  render(<Harness />, root);
  const q = (selector: string) => [...root.querySelectorAll(selector)];
  return {
    draft: () => latest,
    /** Row legends, without the partner's test (a fieldset of its own, not a row of the list). */
    legends: () => q('fieldset.row:not(#spouseLanguageTest) > legend').map((e) => e.textContent),
    removes: () => q('fieldset.row > button').filter((e) => e instanceof HTMLButtonElement),
    add: () => root.querySelector<HTMLButtonElement>(`[id="${list.name}--add"]`),
    marks: () =>
      q(`[id^="${list.name}["][id$=".${list.mark}"]`).map((e) =>
        e instanceof HTMLInputElement ? e.value : null,
      ),
  };
}

/** Preact renders in a microtask; the page's focus() waits a task. */
const settle = () => new Promise((r) => setTimeout(r, 10));

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

describe.each(CASES)('$label', ({ list, language }) => {
  const t = language === 'fr' ? optionsFr : optionsEn;
  const text = list.text(t);

  it('Add appends an empty row, numbered next, and focuses its first field', async () => {
    const page = mount(list, language, 2);
    const add = page.add();
    expect(add?.textContent, 'the Add button says what it adds').toBe(text.add);
    add?.click();
    await settle();
    expect(page.legends()).toEqual([1, 2, 3].map((n) => text.legend({ n })));
    expect(page.marks(), 'the new row must start empty').toEqual(['row-0', 'row-1', '']);
    expect(document.activeElement?.id, 'focus must land in the new row').toBe(
      `${list.name}[2].${list.first}`,
    );
  });

  it('Remove takes out its own row, renumbers the rest and focuses Add', async () => {
    const page = mount(list, language, 3);
    page.removes()[1]?.click();
    await settle();
    expect(page.marks(), 'the second row, and only it, must go').toEqual(['row-0', 'row-2']);
    expect(page.draft()[list.name]).toHaveLength(2);
    expect(page.legends()).toEqual([1, 2].map((n) => text.legend({ n })));
    expect(document.activeElement?.id, 'focus must not be lost with the removed row').toBe(
      `${list.name}--add`,
    );
  });

  it('each Remove button is named after its row, by its own text', () => {
    const page = mount(list, language, 3);
    const names = page.removes().map((b) => {
      expect(b.getAttribute('aria-label') ?? b.getAttribute('aria-labelledby')).toBeNull();
      return b.textContent;
    });
    expect(names).toEqual([1, 2, 3].map((n) => text.remove({ n })));
    expect(new Set(names).size, 'two Remove buttons with one name cannot be told apart').toBe(3);
  });

  it(`no Add at ${list.max} rows; removing one brings it back, focused`, async () => {
    const page = mount(list, language, list.max);
    expect(page.add(), `the draft holds ${list.max} rows at most`).toBeNull();
    page.removes().at(-1)?.click();
    await settle();
    expect(page.legends()).toHaveLength(list.max - 1);
    expect(document.activeElement?.id).toBe(`${list.name}--add`);
  });

  it(`rows can be removed down to ${list.min}, no further`, async () => {
    const page = mount(list, language, list.min + 1);
    expect(page.removes()).toHaveLength(list.min + 1);
    page.removes()[0]?.click();
    await settle();
    expect(page.legends()).toHaveLength(list.min);
    expect(page.removes(), `the form always keeps ${list.min} row(s)`).toHaveLength(0);
  });
});
