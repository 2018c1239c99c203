import type { Messages, UiLanguage } from '@/lib/i18n';

const NAMES: Record<UiLanguage, { short: string; name: string }> = {
  en: { short: 'EN', name: 'English' },
  fr: { short: 'FR', name: 'Français' },
};

/** Two toggle buttons; each names its language in that language, so either reader finds theirs. */
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
          aria-label={NAMES[option].name}
          aria-pressed={option === language}
          data-language={option}
          onClick={() => option !== language && onChange(option)}
        >
          {NAMES[option].short}
        </button>
      ))}
    </div>
  );
}
