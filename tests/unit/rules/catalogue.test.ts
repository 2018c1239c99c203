import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES, evaluate, type Finding } from '../../../lib/rules';
import { CASES, input } from './cases';

const ruleFile = (id: string) =>
  fileURLToPath(new URL(`../../../lib/rules/${id}.ts`, import.meta.url));
const IRCC_SOURCE = /^https:\/\/(www\.)?(canada\.ca|cic\.gc\.ca)\//;

function checkFinding(f: Finding): void {
  expect(f.title.en.trim(), `${f.id}: English title`).not.toBe('');
  expect(f.title.fr.trim(), `${f.id}: French title`).not.toBe('');
  expect(f.detail.en.trim(), `${f.id}: English detail`).not.toBe('');
  expect(f.detail.fr.trim(), `${f.id}: French detail`).not.toBe('');
  expect(f.source, `${f.id}: source must be an IRCC page`).toMatch(IRCC_SOURCE);
}

describe('the rule catalogue', () => {
  it('has every id of SPEC.md exactly once, in a file named after it', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES)
      expect(existsSync(ruleFile(rule.id)), `lib/rules/${rule.id}.ts`).toBe(true);
  });

  it('gives "ready" for the base candidate, with no warning from any rule', () => {
    const assessment = evaluate(input());
    expect(
      assessment.findings.filter((f) => f.severity !== 'info').map((f) => f.detail.en),
    ).toEqual([]);
    expect(assessment.verdict).toBe('ready');
  });

  it.each(RULES.map((r) => [r.id]))('%s has a firing and a quiet case', (id) => {
    expect(CASES[id], `add ${id} to tests/unit/rules/cases.ts`).toBeDefined();
  });

  it.each(RULES.map((r) => [r.id, CASES[r.id]] as const))('%s fires: %s', (id, cases) => {
    const { findings } = evaluate(cases.fires.input);
    const mine = findings.filter((f) => f.id === id);
    expect(
      mine.map((f) => f.severity),
      `${id} should fire (${cases.fires.why})`,
    ).toContain(cases.fires.severity);
    findings.forEach(checkFinding);
  });

  it.each(RULES.map((r) => [r.id, CASES[r.id]] as const))('%s stays quiet: %s', (id, cases) => {
    const { findings } = evaluate(cases.quiet.input);
    const loud = findings.filter((f) => f.id === id && f.severity !== 'info');
    expect(
      loud.map((f) => f.detail.en),
      `${id} should be quiet (${cases.quiet.why})`,
    ).toEqual([]);
  });

  it('sorts findings by severity and derives the verdict from them', () => {
    const { findings, verdict } = evaluate(CASES['score-below-cutoff'].fires.input);
    const order = { decline: 0, warning: 1, info: 2 };
    const ranks = findings.map((f) => order[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(verdict).toBe('decline');
  });
});
