// An account home or a profile was read but no letter: what they said (the days left to submit, the
// profile's score), that a verdict comes from the letter, and how to get one.
import type { Messages } from '@/lib/i18n';
import type { PopupState } from '@/lib/view/popup-state';

type NoLetter = Extract<PopupState, { kind: 'no-letter' }>;

export function NoLetterView(props: {
  state: NoLetter;
  t: Messages;
  locale: string;
  timeZone: string;
  optionsUrl: string;
}) {
  const { state, t, locale, timeZone, optionsUrl } = props;
  const days = state.accountHome?.reading.daysLeftToSubmit ?? null;
  const score = state.profile?.reading.crs.total ?? null;
  const sources = [state.accountHome, state.profile].flatMap((s) => (s ? [s] : []));
  return (
    <>
      <section
        class="answer tone-none"
        data-testid="answer"
        data-answer={state.accountHome ? 'account-home' : 'profile'}
        aria-labelledby="answer-word"
      >
        {days !== null && (
          <>
            <p class="verdict-line">
              <strong id="answer-word" data-testid="days-left" data-value={String(days)}>
                {t.noLetter.daysLeft({ days })}
              </strong>
            </p>
            <p class="small">{t.noLetter.daysLeftNote}</p>
          </>
        )}
        {score !== null && (
          <p class={days === null ? 'verdict-line' : undefined}>
            <span {...(days === null ? { id: 'answer-word' } : {})}>
              {t.guard.labelled(t.noLetter.profileScore)}{' '}
              <strong data-testid="crs-total">{new Intl.NumberFormat(locale).format(score)}</strong>
            </span>
          </p>
        )}
        <p class="answer-reason">
          <strong>{t.noLetter.title}.</strong> {t.noLetter.body}
        </p>
        {state.stale && (
          <p class="answer-stale" data-testid="stale">
            {t.answer.stale({ days: state.stale.days })}
          </p>
        )}
      </section>
      <p class="next-step" data-testid="next-step" data-next="open-letter">
        <strong>{t.guard.labelled(t.next.label)}</strong> {t.next.openLetter}{' '}
        <a href={optionsUrl} target="_blank" rel="noopener" data-testid="import-link">
          {t.importLetter}
        </a>
      </p>
      {sources.map((stored) => (
        <p key={stored.readAt} class="small muted" data-testid="read-at">
          {t.read.from({ source: stored.source, at: stored.readAt, timeZone })}
        </p>
      ))}
    </>
  );
}
