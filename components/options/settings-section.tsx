// "Settings": the page's language (at the top), reminders as notifications and refreshing the rounds list. The
// two opt-ins ask the browser for their permission only when turned on.
import type { Settings } from '@/lib/schema/settings';
import type { OptionsMessages } from '@/lib/i18n/options-en';
import { CheckboxField, SelectField } from './fields';

/** The language switch, shown at the top of the page so it can be found in either language. */
export function LanguageSwitch(props: {
  t: OptionsMessages;
  value: Settings['language'];
  onLanguage: (language: Settings['language']) => void;
}) {
  const { t } = props;
  return (
    <SelectField
      id="settings.language"
      label={t.language.label}
      t={t}
      choices={[
        { value: 'auto', label: t.language.options.auto },
        // Each language named in itself, so it can be found whatever language is showing.
        { value: 'en', label: 'English' },
        { value: 'fr', label: 'Français' },
      ]}
      value={props.value}
      onValue={(v) => props.onLanguage(v === 'en' ? 'en' : v === 'fr' ? 'fr' : 'auto')}
    />
  );
}

export function SettingsSection(props: {
  t: OptionsMessages;
  settings: Settings;
  denied: { notifications: boolean; roundsRefresh: boolean };
  onNotifications: (on: boolean) => void;
  onRoundsRefresh: (on: boolean) => void;
}) {
  const { t, settings, denied } = props;
  return (
    <section id="settings" aria-labelledby="settings--heading">
      <h2 id="settings--heading">{t.section.settings}</h2>
      <CheckboxField
        id="settings.notifications"
        label={t.notifications.label}
        hint={t.notifications.hint}
        checked={settings.notifications}
        onValue={props.onNotifications}
      />
      {denied.notifications ? (
        <p class="state warn" role="status">
          {t.notificationsDenied}
        </p>
      ) : null}
      <CheckboxField
        id="settings.roundsRefresh"
        label={t.roundsRefresh.label}
        hint={t.roundsRefresh.hint}
        checked={settings.roundsRefresh}
        onValue={props.onRoundsRefresh}
      />
      {denied.roundsRefresh ? (
        <p class="state warn" role="status">
          {t.roundsRefreshDenied}
        </p>
      ) : null}
    </section>
  );
}
