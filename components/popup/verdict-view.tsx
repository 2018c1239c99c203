import type { Messages } from '@/lib/i18n';
import { VERDICT_MARK, type Verdict } from '@/lib/verdict';

// A shape beside the word, so the verdict never rests on colour alone (WCAG 1.4.1).

export function VerdictView(props: { verdict: Verdict; t: Messages }) {
  const { verdict, t } = props;
  return (
    <section
      class={`verdict verdict-${verdict}`}
      data-testid="verdict"
      data-verdict={verdict}
      aria-labelledby="verdict-word"
    >
      <p class="verdict-line">
        <span class="verdict-mark" aria-hidden="true">
          {VERDICT_MARK[verdict]}
        </span>
        <span class="visually-hidden">{t.verdictHeading}: </span>
        <strong id="verdict-word">{t.verdict[verdict]}</strong>
      </p>
      <p class="verdict-explain">{t.verdictExplain[verdict]}</p>
    </section>
  );
}
