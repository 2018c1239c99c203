// The first lines for a letter: the verdict (or why there is none) in words with a mark, its one-line
// reason, the reason's own detail folded under "Why?", and the one next step.
import type { ComponentChildren } from 'preact';
import type { Messages, UiLanguage } from '@/lib/i18n';
import { localDate } from '@/lib/dates';
import { reasonOf, type FindingView } from '@/lib/view/assessment';
import { CHECK_FAILED_LOOK } from '@/lib/view/check-failed';
import { nextStepOf, type NextStep, type PopupState } from '@/lib/view/popup-state';
import { VERDICT_MARK, type Verdict } from '@/lib/verdict';

type LetterState = Extract<PopupState, { kind: 'letter' }>;

interface Headline {
  /** The colour family: a verdict's, or none (grey) when there is no verdict. */
  tone: Verdict | 'none';
  mark: string;
  word: string;
  /** The verdict behind the words, when there is one (the `verdict` test id carries it). */
  verdict: Verdict | null;
  reason: ComponentChildren;
  /** The reason's finding, whose detail is folded under "Why?". */
  finding: FindingView | null;
}

function headlineOf(
  state: LetterState,
  t: Messages,
  language: UiLanguage,
  timeZone: string,
): Headline {
  const { answer } = state;
  switch (answer.kind) {
    case 'expired': {
      const ms = Date.parse(answer.deadline);
      return {
        tone: 'decline',
        mark: VERDICT_MARK.decline,
        word: t.answer.expired,
        verdict: 'decline',
        reason: (
          <span data-testid="deadline-local">
            {t.answer.expiredReason({
              day: localDate(ms - 1, timeZone),
              deadline: answer.deadline,
              timeZone,
            })}
          </span>
        ),
        finding: null,
      };
    }
    case 'failed':
      return {
        tone: 'none',
        mark: CHECK_FAILED_LOOK.mark,
        word: t.guard.checkFailed.word,
        verdict: null,
        reason: (
          <span data-testid="check-failed">
            {t.guard.checkFailed.reason[answer.failure.reason]}{' '}
            {t.guard.checkFailed.when({ at: answer.failure.at, timeZone })}
          </span>
        ),
        finding: null,
      };
    case 'checking':
    case 'slow':
      return {
        tone: 'none',
        mark: '…',
        word: answer.kind === 'checking' ? t.answer.checking : t.answer.slow,
        verdict: null,
        reason: answer.kind === 'checking' ? t.answer.checkingBody : t.answer.slowBody,
        finding: null,
      };
    case 'not-read':
    case 'verdict': {
      const shown = answer.assessment.verdict;
      const base = {
        tone: shown,
        mark: VERDICT_MARK[shown],
        word: t.verdict[shown],
        verdict: shown,
      };
      if (answer.kind === 'not-read') {
        return { ...base, reason: t.answer.notRead({ fields: answer.fields }), finding: null };
      }
      const reason = reasonOf(answer.assessment);
      switch (reason.kind) {
        case 'finding':
          return { ...base, reason: reason.finding.title[language], finding: reason.finding };
        case 'facts':
          return { ...base, reason: t.answer.facts(reason), finding: null };
        case 'cutoff':
          return { ...base, reason: t.answer.cutoff, finding: null };
        case 'deadline-soon':
          return { ...base, reason: t.answer.deadlineSoon, finding: null };
        case 'all-passed':
          return { ...base, reason: t.answer.allPassed, finding: null };
      }
    }
  }
}

export function AnswerView(props: {
  state: LetterState;
  t: Messages;
  language: UiLanguage;
  timeZone: string;
  optionsUrl: (fact?: string) => string;
}) {
  const { state, t, language, timeZone, optionsUrl } = props;
  const headline = headlineOf(state, t, language, timeZone);
  const pending = state.answer.kind === 'checking' || state.answer.kind === 'slow';
  const failed = state.answer.kind === 'failed';
  const style =
    headline.tone === 'none'
      ? `--tone-ink: ${CHECK_FAILED_LOOK.ink}; --tone-bg: ${CHECK_FAILED_LOOK.background}`
      : undefined;
  return (
    <section
      class={`answer tone-${headline.tone}`}
      style={style}
      data-testid="answer"
      data-answer={state.answer.kind}
      aria-labelledby="answer-word"
      {...(pending ? { role: 'status' } : {})}
    >
      <p class="verdict-line">
        <span class="verdict-mark" aria-hidden="true">
          {headline.mark}
        </span>
        <strong
          id="answer-word"
          {...(headline.verdict
            ? { 'data-testid': 'verdict', 'data-verdict': headline.verdict }
            : pending
              ? { 'data-testid': 'verdict-pending' }
              : failed
                ? { 'data-testid': 'verdict-failed' }
                : {})}
        >
          {headline.word}
        </strong>
      </p>
      <p class="answer-reason" data-testid="answer-reason">
        {headline.reason}
      </p>
      {headline.finding && (
        <details class="answer-why" data-testid="answer-why">
          <summary>
            <span>{t.answer.why}</span>
          </summary>
          <p>{headline.finding.detail[language]}</p>
          <FindingLinks finding={headline.finding} t={t} optionsUrl={optionsUrl} />
        </details>
      )}
      {state.stale && (
        <p class="answer-stale" data-testid="stale">
          {t.answer.stale({ days: state.stale.days })}
        </p>
      )}
    </section>
  );
}

/** A finding's field on the options page (when it points to one) and its IRCC source. */
export function FindingLinks(props: {
  finding: FindingView;
  t: Messages;
  optionsUrl: (fact?: string) => string;
}) {
  const { finding, t, optionsUrl } = props;
  return (
    <p class="links">
      {finding.fact && (
        <a href={optionsUrl(finding.fact)} target="_blank" rel="noopener" data-testid="fact-link">
          {t.answer.checkFact({ fact: t.fact(finding.fact) })}
        </a>
      )}
      <a href={finding.source} target="_blank" rel="noopener noreferrer">
        {t.answer.sourceLink}
      </a>
    </p>
  );
}

/** The one next step, when there is one. */
export function NextStepView(props: {
  state: LetterState;
  t: Messages;
  optionsUrl: (fact?: string) => string;
}) {
  const { state, t, optionsUrl } = props;
  const step = nextStepOf(state);
  if (step === null) return null;
  return (
    <p class="next-step" data-testid="next-step" data-next={step.kind}>
      <strong>{t.guard.labelled(t.next.label)}</strong>{' '}
      <NextWords step={step} t={t} optionsUrl={optionsUrl} />
    </p>
  );
}

function NextWords(props: { step: NextStep; t: Messages; optionsUrl: (fact?: string) => string }) {
  const { step, t, optionsUrl } = props;
  switch (step.kind) {
    case 'expired':
      return <>{t.next.expired}</>;
    case 'reopen-letter':
      return (
        <>
          {t.next.reopenLetter}{' '}
          <a href={optionsUrl()} target="_blank" rel="noopener" data-testid="import-link">
            {t.next.importLink}
          </a>
        </>
      );
    case 'decline':
      return <>{t.next.decline}</>;
    case 'enter-fact':
    case 'check-fact': {
      const fact = t.factPhrase(step.fact);
      return (
        <a href={optionsUrl(step.fact)} target="_blank" rel="noopener" data-fact={step.fact}>
          {step.kind === 'enter-fact' ? t.next.enterFact({ fact }) : t.next.checkFact({ fact })}
        </a>
      );
    }
    case 'pick-round':
      return <a href="#cutoff-choice">{t.next.pickRound}</a>;
    case 'review':
      return <>{t.next.review}</>;
    case 'apply':
      return <>{step.day === null ? t.next.applyNow : t.next.apply({ day: step.day })}</>;
  }
}
