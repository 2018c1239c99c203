// User-facing text in English and French. Our own small catalogue rather than browser.i18n, because
// the user can switch language inside the extension (browser.i18n follows the browser only).
import { en, type Messages } from './en';
import { fr } from './fr';

export type UiLanguage = 'en' | 'fr';
export type { Messages };

export const CATALOGUES: Record<UiLanguage, Messages> = { en, fr };

export function messages(language: UiLanguage): Messages {
  return CATALOGUES[language];
}

/** The UI language for a BCP 47 tag such as `fr-CA` or `en-US`: French when it says French. */
export function languageFromTag(tag: string | undefined): UiLanguage {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The locale used to format dates and numbers for a UI language (Canadian conventions). */
export function localeOf(language: UiLanguage): string {
  return language === 'fr' ? 'fr-CA' : 'en-CA';
}
