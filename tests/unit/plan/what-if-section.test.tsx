// @vitest-environment happy-dom
// The options page's "What if" section in both languages: every stake, gain and what declining
// means, in tables whose numbers are the plan's.
import { describe, expect, it } from 'vitest';
import { WhatIfSection } from '../../../components/plan/what-if-section';
import type { UiLanguage } from '../../../lib/i18n';
import { ROWS, THIN, letter, run } from './scenarios';
import { $, expectNumbersTagged, expectPlainWords, show, text, value } from './screen';

const LANGUAGES: UiLanguage[] = ['en', 'fr'];

describe.each(LANGUAGES)('What if section in %s', (language) => {
  it('lists every stake and gain with the plan’s numbers, in words', () => {
    const { plan } = run(letter(THIN.rows), THIN.facts, '2026-01-08', THIN.cutoff);
    const root = show(<WhatIfSection plan={plan} language={language} />);
    expect(value(root, 'plan-score')).toBe('525');
    expect(value(root, 'plan-cutoff')).toBe('512');
    const rows = root.querySelectorAll('[data-testid="plan-stakes"] tbody tr');
    expect(rows, 'every stake, not just the top three').toHaveLength(plan.stakes.length);
    for (const stake of plan.stakes) {
      const id = `plan-stake-${stake.claim}`;
      expect(value(root, `${id}-score`), `${id} score`).toBe(String(stake.scoreIfLower));
      expect(value(root, `${id}-now`), `${id} now`).toBe(String(stake.now));
      expect(value(root, `${id}-lower`), `${id} lower`).toBe(String(stake.lower));
    }
    // Canadian study: "Three years or more" → "None", 495, below the cut-off.
    const study = $(root, 'plan-stake-canadian-education');
    expect(study?.getAttribute('data-below')).toBe('true');
    expect(text(study)).toContain(language === 'en' ? 'Three years or more' : 'Trois ans ou plus');
    // One ability CLB 10 → CLB 9.
    expect(text($(root, 'plan-stake-first-language-now'))).toBe('CLB 10');
    expect(text($(root, 'plan-stake-first-language-lower'))).toBe('CLB 9');
    const gains = root.querySelectorAll('[data-testid="plan-gains"] tbody tr');
    expect(gains).toHaveLength(plan.gains.length);
    for (const gain of plan.gains) {
      const id = `plan-gain-${gain.change}`;
      expect(value(root, `${id}-points`), id).toBe(String(gain.gain));
      expect(value(root, `${id}-score`), id).toBe(String(gain.score));
      expect($(root, `${id}-earliest`)?.getAttribute('datetime') ?? null, id).toBe(gain.earliest);
    }
    expectPlainWords(root, language);
    expectNumbersTagged(root);
  });

  it('if declined: the score, the rows that differ, the birthday, and each recent round', () => {
    // Born 1996-01-10, invited at 29 (110); on 2026-02-01, 30 (105): 463.
    const { plan } = run(letter(ROWS), {}, '2026-02-01', 460);
    const root = show(<WhatIfSection plan={plan} language={language} />);
    expect(value(root, 'plan-declined-score')).toBe('463');
    expect(value(root, 'plan-declined-row-age-from')).toBe('110');
    expect(value(root, 'plan-declined-row-age-to')).toBe('105');
    expect(text($(root, 'plan-declined-row-age'))).toContain(language === 'en' ? 'Age' : 'Âge');
    expect($(root, 'plan-declined-birthday')).not.toBeNull();
    const rounds = root.querySelectorAll('[data-testid="plan-recent-rounds"] tbody tr');
    expect(rounds).toHaveLength(plan.ifDeclined.recentCutoffs.length);
    plan.ifDeclined.recentCutoffs.forEach((round, i) => {
      expect(value(root, `plan-recent-${i}-cutoff`)).toBe(String(round.cutoff));
      expect($(root, `plan-recent-${i}-date`)?.getAttribute('datetime')).toBe(round.date);
    });
    expectPlainWords(root, language);
    expectNumbersTagged(root);
  });

  it('missing facts: each named with a link to its field and what waits on it', () => {
    const { plan } = run(letter(ROWS), { work: undefined }, '2026-01-08', 460);
    const root = show(
      <WhatIfSection plan={plan} language={language} factUrl={(fact) => `#${fact}`} />,
    );
    const work = $(root, 'plan-need-work');
    expect(work?.querySelector('a')?.getAttribute('href')).toBe('#work');
    expect(text(work)).toContain(
      language === 'en' ? 'another year of Canadian work' : 'une autre année de travail au Canada',
    );
    expect($(root, 'plan-stake-canadian-work'), 'no number without the facts').toBeNull();
    expectPlainWords(root, language);
  });

  it('nothing to plan from: says why, keeps the recent rounds', () => {
    const reading = { ...letter(ROWS), crs: { total: 468, rows: { age: 110 } } };
    const { plan } = run(reading, {}, '2026-01-08', 460);
    const root = show(<WhatIfSection plan={plan} language={language} />);
    expect($(root, 'plan-blocked')).not.toBeNull();
    expect($(root, 'plan-stakes')).toBeNull();
    expect($(root, 'plan-declined-line'), 'no score back in the pool, and no promise').toBeNull();
    expect($(root, 'plan-recent-rounds')).not.toBeNull();
    expectPlainWords(root, language);
  });
});
