// "Import your ITA letter": a file input that is also a drop zone, and what was read from the file.
import { fieldWords } from '@/components/popup/read-view';
import { formatDate, formatDateTime } from '@/lib/dates';
import { localeOf, messages, type UiLanguage } from '@/lib/i18n';
import { readerProblemText } from '@/lib/i18n/reader';
import type { Reading } from '@/lib/reader';
import type { OptionsMessages } from '@/lib/i18n/options-en';
import { Section } from './section';

export type LetterStatus =
  | { state: 'idle' }
  | { state: 'reading'; file: string }
  | { state: 'read'; file: string; reading: Reading }
  | { state: 'not-stored'; file: string; reading: Reading; reason: string }
  | { state: 'failed'; file: string; reason: 'not-letter' | 'wrong-type' | { message: string } };

function ReadingSummary({
  reading,
  t,
  language,
}: {
  reading: Reading;
  t: OptionsMessages;
  language: UiLanguage;
}) {
  const none = <span class="muted">{t.letterNone}</span>;
  const { date, deadline } = reading.invitation;
  return (
    <>
      <dl class="read">
        <dt>{t.letterScore}</dt>
        <dd data-testid="letter-total">{reading.crs.total ?? none}</dd>
        <dt>{t.letterDate}</dt>
        <dd>{date === null ? none : formatDate(date, language)}</dd>
        <dt>{t.letterProgram}</dt>
        <dd>{reading.invitation.program ?? none}</dd>
        <dt>{t.letterDeadline}</dt>
        <dd>
          {deadline === null
            ? none
            : `${formatDateTime(Date.parse(deadline), language, 'UTC')} UTC`}
        </dd>
      </dl>
      {reading.missing.length > 0 ? (
        <>
          <p>{t.letterMissing}:</p>
          <ul class="small">
            {reading.missing.map((m) => (
              <li key={m}>{fieldWords(m, messages(language), localeOf(language))}</li>
            ))}
          </ul>
        </>
      ) : null}
      {reading.problems.length > 0 ? (
        <>
          <p>{t.letterProblems}:</p>
          <ul class="small">
            {reading.problems.map((p, i) => (
              <li key={i}>{readerProblemText(p, language)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function StatusText({
  status,
  t,
  language,
}: {
  status: LetterStatus;
  t: OptionsMessages;
  language: UiLanguage;
}) {
  switch (status.state) {
    case 'idle':
      return null;
    case 'reading':
      return <p>{t.letterReading({ file: status.file })}</p>;
    case 'read':
      return (
        <div class="state ok">
          <p>{t.letterRead({ file: status.file })}</p>
          <ReadingSummary reading={status.reading} t={t} language={language} />
        </div>
      );
    case 'not-stored':
      return (
        <div class="state warn">
          <p>{t.letterNotStored({ reason: status.reason })}</p>
          <ReadingSummary reading={status.reading} t={t} language={language} />
        </div>
      );
    case 'failed': {
      const reason =
        status.reason === 'not-letter'
          ? t.letterNotLetter
          : status.reason === 'wrong-type'
            ? t.letterWrongType
            : status.reason.message;
      return (
        <p class="state bad" role="alert">
          {t.letterUnreadable({ file: status.file, reason })}
        </p>
      );
    }
  }
}

export function LetterSection(props: {
  t: OptionsMessages;
  language: UiLanguage;
  status: LetterStatus;
  onFile: (file: File) => void;
}) {
  const { t, status, onFile } = props;
  const first = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    <Section name="letter" t={t}>
      <div
        class="drop"
        data-testid="letter-drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          first(e.dataTransfer?.files);
        }}
      >
        <p class="hint" id="letter-file--hint">
          {t.letterHint}
        </p>
        <label for="letter-file">{t.letterChoose}</label>{' '}
        <input
          id="letter-file"
          type="file"
          accept=".pdf,.html,.htm,application/pdf,text/html"
          aria-describedby="letter-file--hint"
          onChange={(e) => {
            first(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </div>
      <div aria-live="polite" data-testid="letter-status">
        <StatusText status={status} t={t} language={props.language} />
      </div>
    </Section>
  );
}
