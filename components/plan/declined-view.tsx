// What declining today would mean: the score back in the pool and why it differs, results that
// no longer count, and the recent cut-offs of the same kind of round. The popup shows the summary;
// the options page adds the rows that differ and each round.
import type { ComponentChildren } from 'preact';
import type { PlanMessages } from '@/lib/i18n/plan';
import { birthdayCosts, recentSummary } from '@/lib/plan/summary';
import type { IfDeclined } from '@/lib/plan/types';
import { Day, Num, Sentence } from './values';

export function DeclinedView(props: {
  declined: IfDeclined;
  t: PlanMessages;
  language: 'en' | 'fr';
  locale: string;
  /** The options page: every row that differs and every round, in a table. */
  full?: boolean;
  /** Nothing could be planned (the plan says why): only the recent rounds are shown. */
  blocked?: boolean;
}) {
  const { declined: d, t, language, locale } = props;
  const num = (id: string, value: number): ComponentChildren => (
    <Num id={id} value={value} locale={locale} />
  );
  const recent = recentSummary(d);
  return (
    <div class="plan-declined" data-testid="plan-declined">
      {!props.blocked && (
        <p data-testid="plan-declined-line">
          {d.score === null ? (
            t.declinedUnknown
          ) : (
            <Sentence
              parts={t.declinedScore({
                score: num('plan-declined-score', d.score),
                date: <Day id="plan-declined-on" iso={d.on} language={language} />,
              })}
            />
          )}
        </p>
      )}
      {props.full && d.changed.length > 0 && (
        <>
          <p class="small">{t.declinedChanges}</p>
          <ul class="small changed-rows">
            {d.changed.map((c) => (
              <li key={c.row} data-testid={`plan-declined-row-${c.row}`}>
                <Sentence
                  parts={t.declinedRow({
                    row: t.row[c.row],
                    from: num(`plan-declined-row-${c.row}-from`, c.from),
                    to: num(`plan-declined-row-${c.row}-to`, c.to),
                  })}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {birthdayCosts(d) && (
        <p class="small" data-testid="plan-declined-birthday">
          {t.declinedBirthday}
        </p>
      )}
      {d.expired.map((e) => (
        <p class="small" key={`${e.person}-${e.language}`} data-testid="plan-declined-expired">
          <Sentence
            parts={t.expired({
              person: e.person,
              language: e.language,
              date: (
                <Day
                  id={`plan-expired-${e.person}-${e.language}`}
                  iso={e.from}
                  language={language}
                />
              ),
            })}
          />
        </p>
      ))}
      {recent === null ? (
        <p class="small muted">{t.recentNone}</p>
      ) : (
        <p class="small" data-testid="plan-recent">
          <Sentence
            parts={t.recentRange({
              count: num('plan-recent-count', recent.count),
              n: recent.count,
              lowest: num('plan-recent-lowest', recent.lowest),
              highest: num('plan-recent-highest', recent.highest),
            })}
          />
          {recent.met !== null && (
            <>
              {' '}
              <Sentence
                parts={t.recentMet({
                  met: num('plan-recent-met', recent.met),
                  count: num('plan-recent-of', recent.count),
                  n: recent.count,
                })}
              />
            </>
          )}
        </p>
      )}
      {props.full && d.recentCutoffs.length > 0 && (
        <table class="rows small" data-testid="plan-recent-rounds">
          <caption class="visually-hidden">{t.recentHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{t.recentColumns.date}</th>
              <th scope="col" class="words">
                {t.recentColumns.round}
              </th>
              <th scope="col">{t.recentColumns.cutoff}</th>
            </tr>
          </thead>
          <tbody>
            {d.recentCutoffs.map((r, i) => (
              <tr key={`${r.date}-${r.name}`}>
                <th scope="row">
                  <Day id={`plan-recent-${i}-date`} iso={r.date} language={language} />
                </th>
                <td class="words">{r.name}</td>
                <td>{num(`plan-recent-${i}-cutoff`, r.cutoff)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
