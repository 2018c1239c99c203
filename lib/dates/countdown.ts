// Time left to a deadline, as whole units. `now` is passed in: lib/ has no clock.
export interface Countdown {
  passed: boolean;
  /** Milliseconds left; 0 once passed. */
  ms: number;
  days: number;
  hours: number;
  minutes: number;
}

export function countdown(deadline: string, now: number): Countdown | null {
  const end = Date.parse(deadline);
  if (Number.isNaN(end)) return null;
  const ms = Math.max(0, end - now);
  const minutesTotal = Math.floor(ms / 60_000);
  return {
    passed: end <= now,
    ms,
    days: Math.floor(minutesTotal / (24 * 60)),
    hours: Math.floor(minutesTotal / 60) % 24,
    minutes: minutesTotal % 60,
  };
}

/** `2019-09-09 00:00 UTC`: the instant IRCC states, shown beside the local time. */
export function formatUtc(instant: string): string | null {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
