// The background's rules run (entrypoints/background/index.ts) goes through coalesce: the requests of
// one change share one run, a request made while a run is under way gets a run of its own after it,
// and runs never overlap.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce } from '@/entrypoints/background/coalesce';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A task that records when each run starts and ends, and takes `ms` to finish. */
function recorder(ms: number) {
  const log: string[] = [];
  let runs = 0;
  const task = async () => {
    const n = ++runs;
    log.push(`start ${n}`);
    await new Promise((resolve) => setTimeout(resolve, ms));
    log.push(`end ${n}`);
  };
  return { log, task, runs: () => runs };
}

describe('coalesce', () => {
  it.each([1, 2, 3, 5])(
    '%i requests within the quiet time: one run, all answered by it',
    async (n) => {
      const { task, runs } = recorder(10);
      const request = coalesce(task, 50);
      const answers = Array.from({ length: n }, () => request());
      await vi.runAllTimersAsync();
      await Promise.all(answers);
      expect(runs(), 'requests of one burst must share one run').toBe(1);
    },
  );

  it('a request made while a run is under way gets a run of its own, after that one ends', async () => {
    const { task, log } = recorder(100);
    const request = coalesce(task, 50);
    const first = request();
    await vi.advanceTimersByTimeAsync(60); // the first run has started
    const second = request();
    const third = request(); // joins the second, which has not started
    await vi.runAllTimersAsync();
    await Promise.all([first, second, third]);
    expect(log, 'runs must not overlap, and later requests must not reuse a started run').toEqual([
      'start 1',
      'end 1',
      'start 2',
      'end 2',
    ]);
  });

  it('a request is not answered before a run that started after it has ended', async () => {
    const { task, log } = recorder(10);
    const request = coalesce(task, 50);
    let answered = false;
    void request().then(() => {
      answered = true;
    });
    await vi.advanceTimersByTimeAsync(55);
    expect(answered, 'answered while its run was still going').toBe(false);
    await vi.runAllTimersAsync();
    expect(answered).toBe(true);
    expect(log).toEqual(['start 1', 'end 1']);
  });

  it('a failed run rejects its requests, and the next request still runs', async () => {
    let calls = 0;
    const request = coalesce(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('boom')) : Promise.resolve();
    }, 50);
    const failed = request();
    const caught = failed.catch((error: unknown) => error);
    await vi.runAllTimersAsync();
    expect(await caught).toBeInstanceOf(Error);
    const next = request();
    await vi.runAllTimersAsync();
    await expect(next).resolves.toBeUndefined();
    expect(calls).toBe(2);
  });
});
