// What ITA Ready could not read of what it kept: shown at the top of the options page until the
// user downloads it or dismisses it. Nothing set aside is ever shown as if it had been read.
import type { OptionsMessages } from '@/lib/i18n/options-en';

export interface SetAsideLine {
  /** The storage item (`facts`, `readings`, …). */
  key: string;
  /** When it was set aside, in words. */
  when: string;
  /** What was taken out to keep the rest (`work[1]`), or null when all of it was. */
  dropped: string[] | null;
}

export function SetAsideNotice(props: {
  t: OptionsMessages;
  lines: readonly SetAsideLine[];
  onDownload: () => void;
  onDismiss: () => void;
}) {
  const { t, lines } = props;
  if (lines.length === 0) return null;
  return (
    <section class="state warn" aria-labelledby="set-aside--heading" data-testid="set-aside">
      <h2 id="set-aside--heading">{t.setAsideHeading}</h2>
      <p>{t.setAsideIntro}</p>
      <ul class="small">
        {lines.map((line, i) => (
          <li key={i}>
            {t.setAsideItem({
              item: t.setAsideName(line.key),
              when: line.when,
              dropped: line.dropped,
            })}
          </li>
        ))}
      </ul>
      <p>
        <button type="button" id="set-aside-download" onClick={props.onDownload}>
          {t.setAsideDownload}
        </button>{' '}
        <button type="button" id="set-aside-dismiss" class="link" onClick={props.onDismiss}>
          {t.setAsideDismiss}
        </button>
      </p>
    </section>
  );
}
