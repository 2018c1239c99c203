import type { Messages, UiLanguage } from '@/lib/i18n';

const SHORT: Record<UiLanguage, string> = { en: 'EN', fr: 'FR' };

/**
 * Two toggle buttons; each names its language in that language, so either reader finds theirs. The
 * full name is read after the visible letters, so the button's name contains what it shows (WCAG
 * 2.5.3: a voice user says "FR" and it works).
 */
export function LanguageToggle(props: {
  language: UiLanguage;
  t: Messages;
  onChange: (language: UiLanguage) => void;
}) {
  const { language, t, onChange } = props;
  return (
    <div class="language-toggle" role="group" aria-label={t.languageSwitch} data-testid="language">
      {(['en', 'fr'] as const).map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          data-language={option}
          onClick={() => option !== language && onChange(option)}
        >
          {SHORT[option]}
          <span class="visually-hidden"> – {t.languageName[option]}</span>
        </button>
      ))}
    </div>
  );
}
