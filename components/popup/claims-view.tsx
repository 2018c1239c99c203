// "What your score rests on", folded: the claims IRCC's breakdown says the profile made (lib/claims),
// each with every value the letter allows, named as the options page names them.
import type { ClaimLine } from '@/lib/claims';
import type { Messages } from '@/lib/i18n';
import type { OptionsMessages } from '@/lib/i18n/options-en';

export function ClaimsView(props: {
  lines: readonly ClaimLine[];
  /** False when the rows were read one by one (they do not all fit the grid together). */
  together: boolean;
  t: Messages;
  o: OptionsMessages;
}) {
  const { lines, together, t, o } = props;
  if (lines.length === 0) return null;
  return (
    <details class="claims" data-testid="claims">
      <summary>
        <h2>{o.claimsHeading}</h2>
      </summary>
      <p class="small muted">{t.claims.intro}</p>
      {!together && <p class="small">{o.claimsApart}</p>}
      <dl>
        {lines.map((line) => (
          <div key={line.key} data-claim={line.key}>
            <dt>{line.label}</dt>
            <dd>
              {line.values.length === 1
                ? line.values[0]
                : `${o.claimOneOf} ${line.values.join(` ${t.claims.or} `)}`}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
