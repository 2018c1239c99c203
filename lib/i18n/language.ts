// The interface language, one rule for every page and script: the user's choice in the settings,
// or, on "auto", the browser's own language (French when it says French, else English). Kept apart
// from the catalogues so the scripts injected into IRCC's pages can use it without the texts.

export type UiLanguage = 'en' | 'fr';
export type LanguageSetting = UiLanguage | 'auto';

/** The UI language for a BCP 47 tag such as `fr-CA` or `en-US`: French when it says French. */
export function languageFromTag(tag: string | undefined): UiLanguage {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The language to show: the user's choice, or the browser's (its UI language tag) on "auto". */
export function uiLanguage(setting: LanguageSetting, browserTag: string | undefined): UiLanguage {
  return setting === 'auto' ? languageFromTag(browserTag) : setting;
}

/** The locale used to format dates and numbers for a UI language (Canadian conventions). */
export function localeOf(language: UiLanguage): string {
  return language === 'fr' ? 'fr-CA' : 'en-CA';
}
