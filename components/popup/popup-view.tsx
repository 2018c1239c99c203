// The popup: the answer first (verdict and reason, the scores against the cut-off, the time left, the
// one next step), then everything else in order of importance, long parts folded, nothing repeated.
import type { ComponentChildren } from 'preact';
import { NextAtRiskView } from '@/components/documents/next-at-risk-view';
import { PlanSummary } from '@/components/plan/plan-summary';
import type { ChecklistItem } from '@/lib/checklist';
import { describeClaims, type DecodedLetter } from '@/lib/claims';
import { localeOf, messages, type UiLanguage } from '@/lib/i18n';
import { backgroundMessages } from '@/lib/i18n/background';
import { optionsEn } from '@/lib/i18n/options-en';
import { optionsFr } from '@/lib/i18n/options-fr';
import type { RoundsCache } from '@/lib/rounds/schema';
import type { CheckFailure } from '@/lib/schema/check-failure';
import type { ReadingsState } from '@/lib/schema/state';
import { cardsOf, deadlineOf, reasonOf, type StoredAssessmentView } from '@/lib/view/assessment';
import { popupState, type PopupState } from '@/lib/view/popup-state';
import { AnswerView, NextStepView } from './answer-view';
import { CardsView } from './cards-view';
import { ClaimsView } from './claims-view';
import { CutoffChoiceView, type CutoffActions } from './cutoff-choice';
import { LanguageToggle } from './language-toggle';
import { MissingView } from './missing-view';
import { NoLetterView } from './no-letter-view';
import { NumbersView } from './numbers-view';
import { MissingFields, Problems, ReadView } from './read-view';
import { CopyStructure, EmptyView, type StructureResult } from './states-view';
import { TimeView } from './time-view';

export interface PopupViewProps {
  state: ReadingsState;
  /** The stored assessment; shown only when it was computed from the reading shown. */
  assessment?: StoredAssessmentView | null;
  /** The last rules run failed (`local:checkFailure`). */
  failure?: CheckFailure | null;
  /** The rounds cache: the rounds to pick from and how recent they are. */
  rounds?: RoundsCache | null;
  /** The category the user gave for their round, if any. */
  category?: string | null;
  /** The popup has waited a few seconds for this reading's verdict. */
  waited?: boolean;
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
  /** Picking the round or typing its cut-off; without them the choice is not offered. */
  cutoffActions?: CutoffActions;
  /** What IRCC's breakdown of the letter shown says the profile claimed (lib/claims). */
  claims?: DecodedLetter | null;
  /** The document most at risk (lib/checklist `nextAtRisk`): null when all are in hand. */
  nextDocument?: ChecklistItem | null;
  /** The documents page, for the whole list. */
  documentsUrl?: string;
}

const noCopy = () => Promise.reject(new Error('no clipboard'));

export function PopupView(props: PopupViewProps) {
  const { now, language } = props;
  const timeZone = props.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const optionsUrl =
    props.optionsUrl ?? ((fact?: string) => `options.html${fact ? `#${fact}` : ''}`);
  const t = messages(language);
  const locale = localeOf(language);
  const view = popupState(props.state, {
    assessment: props.assessment ?? null,
    failure: props.failure ?? null,
    rounds: props.rounds ?? null,
    category: props.category ?? null,
    waited: props.waited ?? false,
    now,
  });

  let body: ComponentChildren;
  switch (view.kind) {
    case 'empty':
      body = <EmptyView t={t} optionsUrl={optionsUrl()} />;
      break;
    case 'nothing-to-read':
      body = (
        <section class="state" aria-labelledby="state-heading">
          <h2 id="state-heading">{t.nothing.title}</h2>
          <p>{t.nothing.body}</p>
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
      );
      break;
    case 'unreadable':
      body = (
        <section class="state notice notice-review" aria-labelledby="state-heading">
          <h2 id="state-heading">{t.unreadable.title}</h2>
          <p>{t.unreadable.body}</p>
          <MissingFields reading={view.stored.reading} t={t} locale={locale} />
          <Problems reading={view.stored.reading} t={t} language={language} />
          <p>{t.unreadable.noVerdict}</p>
          <CopyStructure
            t={t}
            getStructure={props.getStructure ?? null}
            copy={props.copy ?? noCopy}
          />
          <p class="small muted" data-testid="read-at">
            {t.read.from({ source: view.stored.source, at: view.stored.readAt, timeZone })}
          </p>
        </section>
      );
      break;
    case 'no-letter':
      body = (
        <NoLetterView
          state={view}
          t={t}
          locale={locale}
          timeZone={timeZone}
          optionsUrl={optionsUrl()}
        />
      );
      break;
    case 'letter':
      body = (
        <LetterView
          view={view}
          {...props}
          timeZone={timeZone}
          optionsUrl={optionsUrl}
          locale={locale}
        />
      );
  }

  return (
    <main
      class="popup"
      data-testid="popup"
      data-state={view.kind === 'letter' || view.kind === 'no-letter' ? 'reading' : view.kind}
      lang={language}
    >
      <header class="popup-header">
        <h1>{t.appName}</h1>
        {props.onLanguage && (
          <LanguageToggle language={language} t={t} onChange={props.onLanguage} />
        )}
      </header>
      {body}
      <footer>
        <a href={optionsUrl()} target="_blank" rel="noopener" data-testid="options-link">
          {t.openOptions}
        </a>
      </footer>
    </main>
  );
}

function LetterView(
  props: PopupViewProps & {
    view: Extract<PopupState, { kind: 'letter' }>;
    timeZone: string;
    optionsUrl: (fact?: string) => string;
    locale: string;
  },
) {
  const { view, now, language, timeZone, optionsUrl, locale } = props;
  const t = messages(language);
  const b = backgroundMessages(language);
  const { reading } = view.stored;
  const stored = view.assessment;
  const expired = view.answer.kind === 'expired';
  // The assessment when it judges this letter: not while it runs, not after a failed run, not
  // for an invitation that is over.
  const judged =
    view.answer.kind === 'verdict' || view.answer.kind === 'not-read'
      ? view.answer.assessment
      : null;
  const deadline = deadlineOf(stored?.assessment ?? null, reading.invitation.deadline);
  const cards = judged ? cardsOf(judged, reasonOf(judged)) : [];
  return (
    <>
      <AnswerView
        state={view}
        t={t}
        language={language}
        timeZone={timeZone}
        optionsUrl={optionsUrl}
      />
      {/* Expired: IRCC's score as read, nothing compared with it any more. */}
      <NumbersView
        ircc={reading.crs.total}
        assessment={judged}
        rounds={view.rounds}
        t={t}
        b={b}
        locale={locale}
        timeZone={timeZone}
      />
      {deadline && (
        <TimeView deadline={deadline} now={now} timeZone={timeZone} t={t} expired={expired} />
      )}
      <NextStepView state={view} t={t} optionsUrl={optionsUrl} />
      {view.cutoffChoice && props.cutoffActions && (
        <CutoffChoiceView
          choice={view.cutoffChoice}
          rounds={view.rounds}
          t={t}
          b={b}
          timeZone={timeZone}
          actions={props.cutoffActions}
        />
      )}
      {judged && <MissingView assessment={judged} t={t} optionsUrl={optionsUrl} />}
      {stored?.plan && judged && (
        <PlanSummary
          plan={stored.plan}
          verdict={judged.verdict}
          language={language}
          whatIfUrl={optionsUrl('what-if')}
          margin={false}
        />
      )}
      {props.nextDocument !== undefined && judged && judged.verdict !== 'decline' && (
        <NextAtRiskView
          item={props.nextDocument}
          language={language}
          {...(props.documentsUrl ? { documentsUrl: props.documentsUrl } : {})}
        />
      )}
      <CardsView cards={cards} language={language} t={t} optionsUrl={optionsUrl} />
      {props.claims && !expired && (
        <ClaimsView
          lines={describeClaims(props.claims.claims, language)}
          together={props.claims.together}
          t={t}
          o={language === 'fr' ? optionsFr : optionsEn}
        />
      )}
      {judged?.rulesMayHaveChanged &&
        !judged.findings.some((f) => f.id === 'rules-may-have-changed') && (
          <p class="notice notice-review small" data-testid="rules-may-have-changed">
            {t.answer.rulesMayHaveChanged}
          </p>
        )}
      <ReadView
        stored={view.stored}
        assessment={judged}
        checkedAt={stored?.computedAt ?? null}
        t={t}
        language={language}
        locale={locale}
        timeZone={timeZone}
      />
    </>
  );
}
