// When the round's cut-off is not known: the rounds held on or just before the invitation date to
// pick from, a field to type the cut-off, and one button that fetches IRCC's rounds now. Saving and
// fetching are callbacks (the popup's entry point stores the facts and asks the background), so this
// view only keeps what the user is choosing and what came of it.
import { useState } from 'preact/hooks';
import type { Messages } from '@/lib/i18n';
import type { BackgroundMessages } from '@/lib/i18n/background';
import type { RoundCandidate } from '@/lib/rounds/candidates';
import type { RoundsFreshness } from '@/lib/rounds/known';
import type { RoundsRefreshOutcome } from '@/lib/rounds/schema';
import type { CutoffChoice } from '@/lib/view/popup-state';
import { freshnessWords } from './numbers-view';

/** What the popup does with a choice; each resolves to whether it was saved. */
export interface CutoffActions {
  /** Stores the round picked (`facts.round`: its number and category). */
  pick: (round: { number: string; category: string | null }) => Promise<boolean>;
  /** Stores the cut-off typed (`facts.round.cutoff`). */
  type: (cutoff: number) => Promise<boolean>;
  /**
   * Asks the browser for the optional permission, then for IRCC's rounds now (saying so through
   * `downloading` once the permission is there). Called first thing in the click: a browser grants
   * an optional permission only while handling the user's gesture.
   */
  refresh: (downloading: () => void) => Promise<RoundsRefreshOutcome>;
}

/** The highest CRS score there is; a cut-off is a score. */
const MAX_SCORE = 1200;

/** A whole number of points from 1 to 1,200, typed with or without a thousands separator. */
export function parseCutoff(typed: string): number | null {
  const digits = typed.replace(/[\s\u00a0\u202f,]/g, '');
  if (!/^\d{1,4}$/.test(digits)) return null;
  const value = Number(digits);
  return value >= 1 && value <= MAX_SCORE ? value : null;
}

const categoryOf = (candidate: RoundCandidate): string | null =>
  candidate.name.kind === 'category' ? candidate.name.category : null;

function outcomeWords(
  outcome: RoundsRefreshOutcome,
  b: BackgroundMessages,
  rounds: RoundsFreshness | null,
): string {
  switch (outcome.status) {
    case 'updated':
      return b.rounds.updated({
        received: outcome.received,
        added: outcome.added,
        newest: outcome.newest.date,
      });
    case 'failed': {
      const kept = rounds?.newest ? ` ${b.rounds.kept({ through: rounds.newest.date })}` : '';
      return `${b.rounds.problem(outcome.problem)}${kept}`;
    }
    case 'off':
      return '';
  }
}

type Status =
  { kind: 'idle' } | { kind: 'asking' } | { kind: 'working' } | { kind: 'said'; text: string };

export function CutoffChoiceView(props: {
  choice: CutoffChoice;
  rounds: RoundsFreshness | null;
  t: Messages;
  b: BackgroundMessages;
  timeZone: string;
  actions: CutoffActions;
}) {
  const { choice, rounds, t, b, timeZone, actions } = props;
  const [picked, setPicked] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [saving, setSaving] = useState<Status>({ kind: 'idle' });
  const [fetching, setFetching] = useState<Status>({ kind: 'idle' });
  const c = t.cutoffChoice;

  const save = (run: () => Promise<boolean>) => {
    setSaving({ kind: 'working' });
    void run()
      .catch(() => false)
      .then((ok) => setSaving({ kind: 'said', text: ok ? c.saved : c.saveFailed }));
  };
  const onUse = () => {
    const round = choice.candidates.find((r) => r.number === picked);
    if (!round) {
      setSaving({ kind: 'said', text: c.pickFirst });
      return;
    }
    save(() => actions.pick({ number: round.number, category: categoryOf(round) }));
  };
  const onSave = (event: Event) => {
    event.preventDefault();
    const value = parseCutoff(typed);
    setInvalid(value === null);
    if (value === null) {
      setSaving({ kind: 'said', text: c.invalid });
      return;
    }
    save(() => actions.type(value));
  };
  const onRefresh = () => {
    // The request for the permission must start inside the click: nothing is awaited before it.
    const asked = actions.refresh(() => setFetching({ kind: 'working' }));
    setFetching({ kind: 'asking' });
    void asked
      .then((outcome) => outcomeWords(outcome, b, rounds))
      .catch(() => b.rounds.problem({ code: 'network' }))
      .then((text) => setFetching({ kind: 'said', text }));
  };

  return (
    <section
      id="cutoff-choice"
      class="cutoff-choice"
      data-testid="cutoff-choice"
      aria-labelledby="cutoff-choice-heading"
    >
      <h2 id="cutoff-choice-heading">{c.heading}</h2>
      <p>{c.intro({ date: choice.date })}</p>
      {choice.date !== null && choice.candidates.length > 0 ? (
        <fieldset class="round-list">
          <legend>{c.legend({ date: choice.date })}</legend>
          {choice.candidates.map((round) => (
            <label key={round.number} class="round-option" data-testid="round-candidate">
              <input
                type="radio"
                name="round"
                value={round.number}
                checked={picked === round.number}
                onChange={() => setPicked(round.number)}
              />{' '}
              {c.round(round)}
            </label>
          ))}
          <button type="button" onClick={onUse} data-testid="round-use">
            {c.use}
          </button>
        </fieldset>
      ) : (
        <p class="small" data-testid="round-none">
          {c.none}
        </p>
      )}
      <form class="cutoff-type" onSubmit={onSave}>
        <label for="cutoff-typed">{c.typeLabel}</label>
        <div class="row">
          <input
            id="cutoff-typed"
            data-testid="cutoff-typed"
            inputMode="numeric"
            autoComplete="off"
            value={typed}
            aria-invalid={invalid}
            aria-describedby="cutoff-status"
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
          <button type="submit" data-testid="cutoff-save" disabled={saving.kind === 'working'}>
            {c.save}
          </button>
        </div>
      </form>
      <p id="cutoff-status" role="status" class="small" data-testid="cutoff-status">
        {saving.kind === 'said' ? saving.text : ''}
      </p>
      <div class="rounds-refresh">
        <button
          type="button"
          onClick={onRefresh}
          disabled={fetching.kind === 'asking' || fetching.kind === 'working'}
          data-testid="rounds-refresh"
        >
          {c.refresh}
        </button>
        <p class="small muted">
          {c.refreshHelp}
          {rounds && ` ${freshnessWords(rounds, b, timeZone)}`}
        </p>
        <p role="status" class="small" data-testid="rounds-refresh-status">
          {fetching.kind === 'asking'
            ? c.asking
            : fetching.kind === 'working'
              ? c.refreshing
              : fetching.kind === 'said'
                ? fetching.text
                : ''}
        </p>
      </div>
    </section>
  );
}
