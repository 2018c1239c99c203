// The time left to submit, counted live from IRCC's deadline: the days left, the last day in the
// user's own time, and IRCC's UTC instant beside it (the only place a UTC time is shown).
import { countdown, localDate } from '@/lib/dates';
import type { Messages } from '@/lib/i18n';

export function TimeView(props: {
  deadline: { instant: string; estimated: boolean };
  now: number;
  timeZone: string;
  t: Messages;
  /** The invitation has expired: the answer above says its last day, this says only that it passed. */
  expired: boolean;
}) {
  const { deadline, now, timeZone, t, expired } = props;
  const left = countdown(deadline.instant, now);
  if (left === null) return null;
  const ms = Date.parse(deadline.instant);
  return (
    <section class="time" aria-label={t.time.label} data-testid="time">
      <p class={left.passed ? 'countdown passed' : 'countdown'} data-testid="countdown">
        {left.passed ? t.time.passed : t.time.left(left)}
      </p>
      {!expired && (
        <p data-testid="deadline-local">
          {t.time.lastDay({
            day: localDate(ms - 1, timeZone),
            deadline: deadline.instant,
            timeZone,
          })}
        </p>
      )}
      <p class="small muted" data-testid="deadline-utc">
        {/* The instant itself, for a machine: the words are for the user. */}
        <time dateTime={deadline.instant}>{t.time.utc({ deadline: deadline.instant })}</time>
      </p>
      {deadline.estimated && <p class="small">{t.time.estimated}</p>}
    </section>
  );
}
