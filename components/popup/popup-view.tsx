import type { ReadingsState } from '@/lib/schema/state';
import { popupState } from '@/lib/view/popup-state';
import { missingFactFindings, type StoredAssessmentView } from '@/lib/view/assessment';
import { localeOf, messages, type UiLanguage } from '@/lib/i18n';
import { CorrectedView } from './corrected-view';
import { VerdictView } from './verdict-view';
import { DeadlineView } from './deadline-view';
import { FactsMissingView, FindingsView } from './findings-view';
import { LanguageToggle } from './language-toggle';
import { MissingAndProblems, ScoreBreakdown } from './reading-view';
import { CopyStructure, EmptyView, type StructureResult } from './states-view';

export interface PopupViewProps {
  state: ReadingsState;
  /** The stored assessment; shown only when it was computed from the reading shown. */
  assessment?: StoredAssessmentView | null;
  now: number;
  language: UiLanguage;
  timeZone?: string;
  /** The options page, optionally at one fact's field (`options.html#languageTests`). */
  optionsUrl?: (fact?: string) => string;
  onLanguage?: (language: UiLanguage) => void;
  /**
   * Asks the IRCC page in the active tab for its structure (labels only) when the user presses
   * "Copy page structure"; without it the popup says how to get one instead of showing the button.
   */
  getStructure?: () => Promise<StructureResult>;
  copy?: (text: string) => Promise<void>;
}

const noCopy = () => Promise.reject(new Error('no clipboard'));

export function PopupView(props: PopupViewProps) {
  const { state, now, language, timeZone } = props;
  const optionsUrl =
    props.optionsUrl ?? ((fact?: string) => `options.html${fact ? `#${fact}` : ''}`);
  const t = messages(language);
  const locale = localeOf(language);
  const view = popupState(state, { assessment: props.assessment ?? null, now });
  const when = (iso: string) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(timeZone ? { timeZone } : {}),
    }).format(new Date(iso));

  return (
    <main data-testid="popup" data-state={view.kind} lang={language}>
      <header class="popup-header">
        <h1>{t.appName}</h1>
        {props.onLanguage && (
          <LanguageToggle language={language} t={t} onChange={props.onLanguage} />
        )}
      </header>
      {view.kind === 'empty' && <EmptyView t={t} optionsUrl={optionsUrl()} />}
      {view.kind === 'nothing-to-read' && (
        <section class="state" aria-labelledby="state-heading">
          <h2 id="state-heading">{t.stateNothingTitle}</h2>
          <p>{t.stateNothingBody({ source: view.source })}</p>
          {/* If this was in fact the letter in a layout ITA Ready does not know, a report helps. */}
          {props.getStructure && (
            <CopyStructure t={t} getStructure={props.getStructure} copy={props.copy ?? noCopy} />
          )}
          <p>
            <a href={optionsUrl()} target="_blank" rel="noopener">
              {t.importLetter}
            </a>
          </p>
        </section>
      )}
      {view.kind === 'unreadable' && (
        <section class="state notice notice-review" aria-labelledby="state-heading">
          <h2 id="state-heading">{t.stateUnreadableTitle}</h2>
          <p>{t.stateUnreadableBody}</p>
          <MissingAndProblems reading={view.stored.reading} t={t} language={language} />
          <p>{t.stateUnreadableNoVerdict}</p>
          <CopyStructure
            t={t}
            getStructure={props.getStructure ?? null}
            copy={props.copy ?? noCopy}
          />
          <p class="muted small">
            {t.readFrom({ source: view.stored.source, at: when(view.stored.readAt) })}
          </p>
        </section>
      )}
      {view.kind === 'reading' && (
        <>
          {view.assessment ? (
            <VerdictView verdict={view.assessment.assessment.verdict} t={t} />
          ) : (
            <p class="notice" data-testid="verdict-pending" role="status">
              {t.verdictPending}
            </p>
          )}
          {view.stale && (
            <section
              class="notice notice-review"
              data-testid="stale"
              aria-labelledby="stale-heading"
            >
              <h2 id="stale-heading">{t.staleTitle}</h2>
              <p>{t.staleBody({ days: view.stale.days })}</p>
            </section>
          )}
          {view.assessment && (
            <>
              <FactsMissingView
                findings={missingFactFindings(view.assessment.assessment.findings)}
                t={t}
                factUrl={optionsUrl}
              />
              {view.assessment.assessment.rulesMayHaveChanged &&
                !view.assessment.assessment.findings.some(
                  (finding) => finding.id === 'rules-may-have-changed',
                ) && (
                  <p class="notice notice-review small" data-testid="rules-may-have-changed">
                    {t.rulesMayHaveChanged}
                  </p>
                )}
              <FindingsView
                findings={view.assessment.assessment.findings}
                language={language}
                t={t}
                factUrl={optionsUrl}
              />
              <CorrectedView
                assessment={view.assessment.assessment}
                reading={view.stored.reading}
                t={t}
                locale={locale}
              />
            </>
          )}
          {view.stored.reading.invitation.deadline && (
            <DeadlineView
              deadline={view.stored.reading.invitation.deadline}
              now={now}
              locale={locale}
              t={t}
              {...(timeZone ? { timeZone } : {})}
            />
          )}
          <section aria-labelledby="read-heading" class="read">
            <h2 id="read-heading">{t.readHeading}</h2>
            {view.stored.reading.invitation.date && (
              <p class="muted">
                {t.invitedOn({
                  date: view.stored.reading.invitation.date,
                  program: view.stored.reading.invitation.program ?? '—',
                })}
              </p>
            )}
            <ScoreBreakdown reading={view.stored.reading} t={t} locale={locale} />
            <MissingAndProblems reading={view.stored.reading} t={t} language={language} />
            <p class="muted small" data-testid="read-at">
              {t.readFrom({ source: view.stored.source, at: when(view.stored.readAt) })}
            </p>
            {view.assessment && (
              <p class="muted small">
                {t.verdictComputed({ at: when(view.assessment.computedAt) })}
              </p>
            )}
          </section>
        </>
      )}
      <footer>
        <a href={optionsUrl()} target="_blank" rel="noopener" data-testid="options-link">
          {t.openOptions}
        </a>
      </footer>
    </main>
  );
}
