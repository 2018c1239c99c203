// The plan's numbers and dates as the user reads them, each in its own element with a stable
// data-testid and its raw value (data-value, datetime), so a test or the end-to-end journey can
// compare the screen with `ita-ready plan --json` whatever the language.
import { Fragment, type ComponentChildren } from 'preact';
import { formatDate } from '@/lib/dates';
import type { Parts, PlanMessages } from '@/lib/i18n/plan';
import type { Gain } from '@/lib/plan/types';

export function Num(props: { id: string; value: number; locale: string; shown?: number }) {
  return (
    <span data-testid={props.id} data-value={String(props.value)}>
      {new Intl.NumberFormat(props.locale).format(props.shown ?? props.value)}
    </span>
  );
}

export function Day(props: { id: string; iso: string; language: 'en' | 'fr' }) {
  return (
    <time data-testid={props.id} dateTime={props.iso}>
      {formatDate(props.iso, props.language)}
    </time>
  );
}

/** A sentence from the catalogue with elements slotted between its words. */
export function Sentence(props: { parts: Parts<ComponentChildren> }) {
  return (
    <>
      {props.parts.map((part, i) => (
        <Fragment key={i}>{part}</Fragment>
      ))}
    </>
  );
}

/** A gain's change in words, the level it reaches in its own element. */
export function changeParts(gain: Gain, t: PlanMessages, locale: string): Parts<ComponentChildren> {
  const level =
    typeof gain.to === 'number' ? (
      <Num id={`plan-gain-${gain.change}-to`} value={gain.to} locale={locale} />
    ) : (
      ''
    );
  return t.change({ ...gain, level });
}
