// "What your score rests on": the claims behind the letter's points (lib/claims), at the top of the
// options page, and the same claims beside the questions that check them.
import type { ClaimKey, ClaimLine } from '@/lib/claims';
import type { OptionsMessages } from '@/lib/i18n/options-en';

/** One value as words; several as a list (a value can itself hold commas). */
function Values({ line, t }: { line: ClaimLine; t: OptionsMessages }) {
  if (line.values.length === 1) return <>{line.values[0]}</>;
  return (
    <>
      {t.claimOneOf}
      <ul class="either">
        {line.values.map((value, i) => (
          <li key={i}>{value}</li>
        ))}
      </ul>
    </>
  );
}

export function ClaimsSection(props: {
  t: OptionsMessages;
  lines: readonly ClaimLine[];
  /** The invitation's date in words, or null. */
  date: string | null;
  /** False when the rows were read one by one (they do not all fit the grid together). */
  together: boolean;
  /** Rows holding a number the grid never gives, named in words. */
  unexplained: readonly string[];
  hasLetter: boolean;
}) {
  const { t, lines } = props;
  return (
    <section id="claims" aria-labelledby="claims--heading" data-testid="claims">
      <h2 id="claims--heading">{t.claimsHeading}</h2>
      {props.hasLetter ? (
        <>
          <p class="hint">{t.claimsIntro({ date: props.date })}</p>
          {props.together ? null : <p class="state warn">{t.claimsApart}</p>}
          {props.unexplained.length > 0 ? (
            <p class="state warn">{t.claimsUnexplained({ rows: [...props.unexplained] })}</p>
          ) : null}
          <dl class="claims">
            {lines.map((line) => (
              <div key={line.key} data-claim={line.key} data-values={line.values.length}>
                <dt>{line.label}</dt>
                <dd>
                  <Values line={line} t={t} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p class="hint">{t.claimsNone}</p>
      )}
    </section>
  );
}

/** The claims among `keys`, beside the questions that check them ("Your letter counts: …"). */
export function ClaimNote(props: {
  t: OptionsMessages;
  lines: readonly ClaimLine[];
  keys: readonly ClaimKey[];
}) {
  const shown = props.lines.filter((line) => props.keys.includes(line.key));
  if (shown.length === 0) return null;
  const { t } = props;
  return (
    <div class="claim-note">
      <p>
        <strong>{t.claimedHere}</strong>
      </p>
      <ul>
        {shown.map((line) => (
          <li key={line.key}>
            {t.labelIn({ group: line.label, field: '' }).trimEnd()} <Values line={line} t={t} />
          </li>
        ))}
      </ul>
    </div>
  );
}
