import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CHECKS,
  RULE_IDS,
  RULES,
  checkName,
  evaluate,
  type Assessment,
  type Finding,
  type RuleId,
} from '../../../lib/rules';
import { CASES, input } from './cases';

const ruleFile = (id: string) =>
  fileURLToPath(new URL(`../../../lib/rules/${id}.ts`, import.meta.url));
const IRCC_SOURCE = /^https:\/\/(www\.)?(canada\.ca|cic\.gc\.ca)\//;

function checkFinding(f: Finding): void {
  expect(f.title.en.trim(), `${f.id}: English title`).not.toBe('');
  expect(f.title.fr.trim(), `${f.id}: French title`).not.toBe('');
  expect(f.detail.en.trim(), `${f.id}: English detail`).not.toBe('');
  expect(f.detail.fr.trim(), `${f.id}: French detail`).not.toBe('');
  expect(f.detail.fr, `${f.id}: the French detail must not be the English one`).not.toBe(
    f.detail.en,
  );
  expect(f.source, `${f.id}: source must be an IRCC page`).toMatch(IRCC_SOURCE);
}

const statusOf = (a: Assessment, id: RuleId) => a.checks.find((c) => c.id === id)?.status;

describe('the rule catalogue', () => {
  it('has every id once, each in a file named after it, with a name in both languages', () => {
    expect(CHECKS.map((c) => c.id).sort()).toEqual([...RULE_IDS].sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const id of RULE_IDS) {
      expect(existsSync(ruleFile(id)), `lib/rules/${id}.ts`).toBe(true);
      expect(checkName(id).en, `${id}: English name`).not.toBe('a check');
      expect(checkName(id).fr, `${id}: French name`).not.toBe(checkName(id).en);
    }
  });

  it('reports one check per catalogue id, in catalogue order', () => {
    expect(evaluate(input()).checks.map((c) => c.id)).toEqual([...RULE_IDS]);
  });

  it('gives "ready" for the base candidate: every check passes or does not apply', () => {
    const assessment = evaluate(input());
    expect(
      assessment.findings.filter((f) => f.severity !== 'info').map((f) => f.detail.en),
    ).toEqual([]);
    expect(
      assessment.checks.filter((c) => c.status === 'needs-facts'),
      'the base candidate has every fact entered',
    ).toEqual([]);
    expect(assessment.verdict).toBe('ready');
  });

  it.each(RULE_IDS.map((id) => [id, CASES[id].fires.why, CASES[id]] as const))(
    '%s fires: %s',
    (id, _why, cases) => {
      const assessment = evaluate(cases.fires.input);
      const mine = assessment.findings.filter((f) => f.id === id);
      expect(
        mine.map((f) => f.severity),
        `${id} should fire (${cases.fires.why})`,
      ).toContain(cases.fires.severity);
      expect(statusOf(assessment, id), `${id}: a rule with findings reports "fired"`).toBe('fired');
      assessment.findings.forEach(checkFinding);
    },
  );

  it.each(RULE_IDS.map((id) => [id, CASES[id].quiet.why, CASES[id]] as const))(
    '%s stays quiet: %s',
    (id, _why, cases) => {
      const assessment = evaluate(cases.quiet.input);
      const mine = assessment.findings.filter((f) => f.id === id);
      if (id === 'deadline') {
        expect(
          mine.map((f) => f.severity),
          'the countdown is information only',
        ).toEqual(['info']);
        return;
      }
      expect(
        mine.map((f) => f.detail.en),
        `${id} should be quiet (${cases.quiet.why}): a finding means the rule fired`,
      ).toEqual([]);
      expect(statusOf(assessment, id), `${id}: quiet means it did not fire`).not.toBe('fired');
    },
  );

  it('sorts findings by severity and derives the verdict from them', () => {
    const { findings, verdict } = evaluate(CASES['score-below-cutoff'].fires.input);
    const order = { decline: 0, warning: 1, info: 2 };
    const ranks = findings.map((f) => order[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(verdict).toBe('decline');
  });
});
