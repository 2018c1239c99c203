// The document checklist: progress, the deadline, and per person what is needed, each with its
// state in words, why, its timing, a tick for "I have it" and one date field for "requested on"
// (shown back in words). What is not needed is folded away under each person, with the reason.
import {
  byPerson,
  progressOf,
  timingMatters,
  type Checklist,
  type ChecklistItem,
} from '@/lib/checklist';
import { FACT_NAMES } from '@/lib/facts';
import type { UiLanguage } from '@/lib/i18n';
import { documentsMessages, type DocumentsMessages } from '@/lib/i18n/documents';
import { below, Heading, type HeadingLevel } from './heading';

export interface ChecklistViewProps {
  checklist: Checklist;
  language: UiLanguage;
  onHave: (key: string, have: boolean) => void;
  /** A request date (`YYYY-MM-DD`) or null when the field was cleared. */
  onRequested: (key: string, date: string | null) => void;
  /** The options page at one fact's field, to enter what the list is missing. */
  factsUrl?: (fact: string) => string;
  /**
   * Where the letter is imported on this page, above the list (the options page's letter section):
   * without a deadline, the list points there instead of at the options page.
   */
  letterUrl?: string;
  /** Why the last change could not be saved, in words. */
  saveError?: string | null;
  /** The level of the list's heading (persons one below); 2 unless inside a page's section. */
  level?: HeadingLevel;
}

/** An element id from an item key (`police-certificate:spouse:in` → `police-certificate--spouse--in`). */
const idOf = (prefix: string, key: string) => `${prefix}-${key.replaceAll(':', '--')}`;

function Controls(props: { item: ChecklistItem; t: DocumentsMessages } & ChecklistViewProps) {
  const { item, t } = props;
  if (item.status === 'not-needed') return null;
  if (item.status === 'have' && item.basis === 'facts') {
    return <p class="document-proven">{t.fromFacts}</p>;
  }
  const haveId = idOf('have', item.key);
  const dateId = idOf('requested', item.key);
  return (
    <div class="document-controls">
      {item.status !== 'expiring' && (
        <span class="document-tick">
          <input
            type="checkbox"
            id={haveId}
            checked={item.status === 'have'}
            onChange={(e) => props.onHave(item.key, e.currentTarget.checked)}
          />
          <label for={haveId}>{t.haveIt}</label>
        </span>
      )}
      {item.status !== 'have' && (
        <span class="document-requested">
          <label for={dateId}>{t.requestedOn}</label>
          <input
            type="date"
            id={dateId}
            value={item.requested ?? ''}
            aria-describedby={item.requested ? `${dateId}--words` : undefined}
            onChange={(e) => props.onRequested(item.key, e.currentTarget.value || null)}
          />
          {item.requested && (
            <span class="document-requested-words" id={`${dateId}--words`}>
              {t.requested(item.requested)}
            </span>
          )}
        </span>
      )}
    </div>
  );
}

function Item(props: { item: ChecklistItem; t: DocumentsMessages } & ChecklistViewProps) {
  const { item, t } = props;
  const timing = timingMatters(item) ? t.timing(item) : null;
  return (
    <li
      class={`document document-${item.status}`}
      data-key={item.key}
      data-status={item.status}
      aria-labelledby={idOf('name', item.key)}
    >
      <p class="document-head">
        <span class="document-status">{t.status[item.status]}</span>{' '}
        <strong id={idOf('name', item.key)}>{t.itemName(item)}</strong>
      </p>
      {timing && <p class="document-timing">{timing}</p>}
      <p class="document-why">
        {t.why(item)}{' '}
        <a href={item.source} target="_blank" rel="noopener noreferrer">
          {t.source}
        </a>
      </p>
      <Controls {...props} />
    </li>
  );
}

export function ChecklistView(props: ChecklistViewProps) {
  const { checklist, language } = props;
  const t = documentsMessages(language);
  const progress = progressOf(checklist);
  const level = props.level ?? 2;
  // A link to the options page opens it beside this one; a link within it (`#work`) stays.
  const away = (url: string) => (url.startsWith('#') ? {} : { target: '_blank', rel: 'noopener' });
  return (
    <section
      class="documents-checklist"
      aria-labelledby="checklist-heading"
      data-testid="checklist"
    >
      <Heading level={level} id="checklist-heading">
        {t.checklistHeading}
      </Heading>
      <p class="hint">{t.intro}</p>
      <p class="documents-progress" data-testid="checklist-progress">
        <progress value={progress.ready} max={Math.max(1, progress.total)} aria-hidden="true" />{' '}
        <strong>{t.progress(progress)}</strong>
      </p>
      <p data-testid="checklist-deadline">
        {checklist.deadline ? (
          t.deadline(checklist.deadline)
        ) : props.letterUrl ? (
          <>
            {t.noDeadlineAbove.before}
            <a href={props.letterUrl}>{t.noDeadlineAbove.link}</a>
            {t.noDeadlineAbove.after}
          </>
        ) : (
          t.noDeadline
        )}
      </p>
      {props.saveError && (
        <p class="error" role="alert">
          {t.saveFailed({ reason: props.saveError })}
        </p>
      )}
      {checklist.missingFacts.length > 0 && (
        <div class="notice documents-missing" data-testid="checklist-missing">
          <p>{t.missingFacts}</p>
          <ul>
            {checklist.missingFacts.map((fact) => (
              <li key={fact}>
                {props.factsUrl ? (
                  <a href={props.factsUrl(fact)} {...away(props.factsUrl(fact))}>
                    {FACT_NAMES[fact][language].label}
                  </a>
                ) : (
                  FACT_NAMES[fact][language].label
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {byPerson(checklist).map((group) => {
        const needed = group.items.filter((i) => i.status !== 'not-needed');
        const notNeeded = group.items.filter((i) => i.status === 'not-needed');
        const heading = `person-${group.person}`;
        return (
          <section key={group.person} aria-labelledby={heading} data-person={group.person}>
            <Heading level={below(level)} id={heading}>
              {t.person(group.person)}
            </Heading>
            {needed.length > 0 && (
              <ul class="documents-list">
                {needed.map((item) => (
                  <Item key={item.key} {...props} item={item} t={t} />
                ))}
              </ul>
            )}
            {notNeeded.length > 0 && (
              <details class="documents-not-needed">
                <summary>{t.notNeeded(notNeeded.length)}</summary>
                <ul class="documents-list">
                  {notNeeded.map((item) => (
                    <Item key={item.key} {...props} item={item} t={t} />
                  ))}
                </ul>
              </details>
            )}
          </section>
        );
      })}
    </section>
  );
}
