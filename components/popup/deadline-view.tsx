import { countdown, formatUtc } from '@/lib/dates';
import type { Messages } from '@/lib/i18n';

export function DeadlineView(props: {
  deadline: string;
  now: number;
  locale: string;
  timeZone?: string;
  t: Messages;
}) {
  const { deadline, now, locale, timeZone, t } = props;
  const left = countdown(deadline, now);
  const utc = formatUtc(deadline);
  if (!left || !utc) return null;
  const local = new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(deadline));
  return (
    <section class="deadline" aria-labelledby="deadline-heading">
      <h2 id="deadline-heading">{t.deadlineHeading}</h2>
      <p class={left.passed ? 'countdown passed' : 'countdown'} data-testid="countdown">
        {left.passed ? t.deadlinePassed : t.deadlineLeft(left)}
      </p>
      <p data-testid="deadline-local">{t.deadlineLocal({ local })}</p>
      <p class="muted" data-testid="deadline-utc">
        {t.deadlineUtc({ utc })}
      </p>
    </section>
  );
}
