import type { ReadingsState } from '@/lib/schema/state';
import { popupState } from '@/lib/view/popup-state';
import { localeOf, messages, type UiLanguage } from '@/lib/i18n';
import { DeadlineView } from './deadline-view';
import { MissingAndProblems, ScoreBreakdown } from './reading-view';

export interface PopupViewProps {
  state: ReadingsState;
  now: number;
  language: UiLanguage;
  timeZone?: string;
}

export function PopupView({ state, now, language, timeZone }: PopupViewProps) {
  const t = messages(language);
  const locale = localeOf(language);
  const view = popupState(state);
  const when = (iso: string) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(timeZone ? { timeZone } : {}),
    }).format(new Date(iso));

  return (
    <main data-testid="popup" data-state={view.kind} lang={language}>
      <header>
        <h1>{t.appName}</h1>
      </header>
      {view.kind === 'empty' && (
        <section class="state">
          <h2>{t.stateEmptyTitle}</h2>
          <p>{t.stateEmptyBody}</p>
        </section>
      )}
      {view.kind === 'nothing-to-read' && (
        <section class="state">
          <h2>{t.stateNothingTitle}</h2>
          <p>{t.stateNothingBody({ source: view.source })}</p>
        </section>
      )}
      {view.kind === 'unreadable' && (
        <section class="state warn">
          <h2>{t.stateUnreadableTitle}</h2>
          <p>{t.stateUnreadableBody}</p>
          <MissingAndProblems reading={view.stored.reading} t={t} />
        </section>
      )}
      {view.kind === 'reading' && (
        <>
          {view.stored.reading.invitation.date && (
            <p class="muted">
              {t.invitedOn({
                date: view.stored.reading.invitation.date,
                program: view.stored.reading.invitation.program ?? '—',
              })}
            </p>
          )}
          <ScoreBreakdown reading={view.stored.reading} t={t} locale={locale} />
          {view.stored.reading.invitation.deadline && (
            <DeadlineView
              deadline={view.stored.reading.invitation.deadline}
              now={now}
              locale={locale}
              t={t}
              {...(timeZone ? { timeZone } : {})}
            />
          )}
          <MissingAndProblems reading={view.stored.reading} t={t} />
          <p class="muted small">
            {t.readFrom({ source: view.stored.source, at: when(view.stored.readAt) })}
          </p>
        </>
      )}
    </main>
  );
}
