// @vitest-environment happy-dom
// The popup's planner block in both languages, on the hand-worked scenarios.
import { describe, expect, it } from 'vitest';
import { PlanSummary } from '../../../components/plan/plan-summary';
import { formatDate } from '../../../lib/dates';
import type { UiLanguage } from '../../../lib/i18n';
import { THIN_MARGIN } from '../../../lib/plan';
import { ITA, ROWS, THIN, letter, run } from './scenarios';
import { $, expectNumbersTagged, expectPlainWords, show, text, value } from './screen';

const LANGUAGES: UiLanguage[] = ['en', 'fr'];

describe.each(LANGUAGES)('popup planner block in %s', (language) => {
  it('thin margin: the margin in words, the sinking claim first, and what declining means', () => {
    const { assessment, plan } = run(letter(THIN.rows), THIN.facts, '2026-01-08', THIN.cutoff);
    const root = show(<PlanSummary plan={plan} verdict={assessment.verdict} language={language} />);
    // 525 against 512.
    expect(value(root, 'plan-margin')).toBe('13');
    expect(text($(root, 'plan-margin'))).toBe(
      language === 'en' ? '13 points above the cut-off' : '13 points au-dessus du seuil',
    );
    const stakes = root.querySelectorAll('[data-testid="plan-stakes"] > li');
    expect(stakes, 'the popup shows the top three stakes').toHaveLength(3);
    expect(stakes[0]?.getAttribute('data-testid')).toBe('plan-stake-canadian-education');
    expect(text(stakes[0] ?? null)).toBe(
      language === 'en'
        ? 'If your Canadian education does not count, your score is 495, below 512.'
        : 'Si vos études au Canada ne comptent pas, votre score est de 495, sous 512.',
    );
    expect(plan.margin, 'the margin is thin').toBeLessThanOrEqual(THIN_MARGIN);
    expect(value(root, 'plan-declined-score')).toBe(String(plan.ifDeclined.score));
    expect($(root, 'plan-declined-on')?.getAttribute('datetime')).toBe('2026-01-08');
    const gains = root.querySelectorAll('[data-testid="plan-gains"] > li');
    expect(gains, 'the best three gains').toHaveLength(3);
    expect(value(root, `plan-gain-${plan.gains[0]?.change}-points`)).toBe(
      String(plan.gains[0]?.gain),
    );
    expectPlainWords(root, language);
    expectNumbersTagged(root);
  });

  it('a comfortable margin: no talk of declining', () => {
    const { assessment, plan } = run(letter(ROWS), {}, '2026-01-08', 400);
    const root = show(<PlanSummary plan={plan} verdict={assessment.verdict} language={language} />);
    expect(value(root, 'plan-margin')).toBe('68');
    expect($(root, 'plan-declined'), 'margin 68 is not thin').toBeNull();
    expect($(root, 'plan-gains')).toBeNull();
    expectPlainWords(root, language);
  });

  it('a birthday since the invitation: declining costs age points, and says so', () => {
    // 468 against 460 (thin): back in the pool on 2026-02-01 at 30, 463.
    const { assessment, plan } = run(letter(ROWS), {}, '2026-02-01', 460);
    const root = show(<PlanSummary plan={plan} verdict={assessment.verdict} language={language} />);
    expect(value(root, 'plan-declined-score')).toBe('463');
    expect($(root, 'plan-declined-birthday')).not.toBeNull();
    expect(text($(root, 'plan-declined-line'))).toBe(
      language === 'en'
        ? 'Back in the pool on February 1, 2026, your score would be 463.'
        : `De retour dans le bassin le ${formatDate('2026-02-01', 'fr')}, votre score serait de 463.`,
    );
    expectPlainWords(root, language);
    expectNumbersTagged(root);
  });

  it('a decline verdict: a margin below the cut-off, and what declining means', () => {
    const reading = {
      ...letter({ ...ROWS, provincialNomination: 600 }),
      invitation: { date: ITA, program: 'PNP' as const, deadline: '2026-03-08T00:00:00Z' },
    };
    const { assessment, plan } = run(reading, { nomination: 'withdrawn' }, '2026-01-20', 760);
    expect(assessment.verdict).toBe('decline');
    const root = show(<PlanSummary plan={plan} verdict={assessment.verdict} language={language} />);
    expect(value(root, 'plan-margin')).toBe('-292');
    expect(value(root, 'plan-margin-points'), 'shown without its sign: "below" says it').toBe(
      '292',
    );
    expect($(root, 'plan-margin')?.className).toContain('below');
    expect(value(root, 'plan-gain-nomination-points')).toBe('600');
    expect(value(root, 'plan-gain-nomination-score')).toBe('1068');
    expect(
      $(root, 'plan-gain-nomination-score')?.textContent,
      'thousands as each language writes them',
    ).toMatch(language === 'en' ? /^1,068$/ : /^1[\u00a0\u202f]068$/);
    expectPlainWords(root, language);
    expectNumbersTagged(root);
  });

  it('missing facts: the block names them in words instead of a number', () => {
    const { assessment, plan } = run(
      letter(ROWS),
      { dateOfBirth: undefined, work: undefined },
      '2026-01-08',
      460,
    );
    const root = show(
      <PlanSummary
        plan={plan}
        verdict={assessment.verdict}
        language={language}
        whatIfUrl="options.html#what-if"
      />,
    );
    const needs = text($(root, 'plan-needs'));
    expect(needs).toContain(language === 'en' ? 'your date of birth' : 'votre date de naissance');
    expect(needs).toContain(language === 'en' ? 'your work periods' : 'vos périodes de travail');
    expect(
      $(root, 'plan-declined-score'),
      'no score back in the pool without a date of birth',
    ).toBeNull();
    expect(root.querySelector('a')?.getAttribute('href')).toBe('options.html#what-if');
    expectPlainWords(root, language);
  });

  it('nothing to plan from: says why, shows no number', () => {
    const { assessment, plan } = run(
      { ...letter(ROWS), invitation: { date: null, program: 'CEC', deadline: null } },
      {},
      '2026-01-08',
      460,
    );
    const root = show(<PlanSummary plan={plan} verdict={assessment.verdict} language={language} />);
    expect(text($(root, 'plan-blocked')).length).toBeGreaterThan(20);
    expect($(root, 'plan-stakes')).toBeNull();
    expectPlainWords(root, language);
  });
});
