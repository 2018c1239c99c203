// "Settings": the page's language (at the top), reminders as notifications and refreshing the rounds list. The
// two opt-ins ask the browser for their permission only when turned on.
import { Fragment } from 'preact';
import type { Settings } from '@/lib/schema/settings';
import type { OptionsMessages } from '@/lib/i18n/options-en';
import { CheckboxField, SelectField } from './fields';
import { Section } from './section';

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

/** The two opt-ins, each with the permission setOptIn (entrypoints/options) asks for. */
export const OPT_INS = ['notifications', 'roundsRefresh'] as const;
export type OptIn = (typeof OPT_INS)[number];

export function SettingsSection(props: {
  t: OptionsMessages;
  settings: Settings;
  denied: Record<OptIn, boolean>;
  onOptIn: (key: OptIn, on: boolean) => void;
}) {
  const { t, settings, denied } = props;
  return (
    <Section name="settings" t={t}>
      {OPT_INS.map((key) => (
        <Fragment key={key}>
          <CheckboxField
            id={`settings.${key}`}
            label={t[key].label}
            hint={t[key].hint}
            checked={settings[key]}
            onValue={(on) => props.onOptIn(key, on)}
          />
          {denied[key] ? (
            <p class="state warn" role="status">
              {t[`${key}Denied` as const]}
            </p>
          ) : null}
        </Fragment>
      ))}
    </Section>
  );
}
