import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/rules';
import { SCENARIOS } from './scenarios';

describe('what was seen from outside: never "ready" when it must not be', () => {
  it.each(Object.entries(SCENARIOS))('%s', (_name, scenario) => {
    const a = evaluate(scenario.input);
    if (scenario.notReady !== false)
      expect(a.verdict, 'this must never be "ready": a finding should say why').not.toBe('ready');
    if (scenario.finding) {
      const { id, severity, says = [] } = scenario.finding;
      const mine = a.findings.filter((f) => f.id === id && f.severity === severity);
      expect(
        mine.map((f) => f.title.en),
        `expected a ${severity} finding from ${id}; got ${a.findings.map((f) => `${f.id}:${f.severity}`).join(', ')}`,
      ).not.toEqual([]);
      for (const words of says)
        expect(
          mine.map((f) => f.detail.en).join('\n'),
          `the ${id} finding should name "${words}"`,
        ).toContain(words);
      expect(
        a.checks.find((c) => c.id === id)?.status,
        `${id} has a finding, so its check must report "fired"`,
      ).toBe('fired');
    }
    expect(scenario.also?.(a) ?? null).toBeNull();
  });
});
