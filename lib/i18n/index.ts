// User-facing text in English and French. Our own small catalogue rather than browser.i18n, because
// the user can switch language inside the extension (browser.i18n follows the browser only).
import { en, type Messages } from './en';
import { fr } from './fr';

import type { UiLanguage } from './language';

export type { Messages };
export {
  languageFromTag,
  localeOf,
  uiLanguage,
  type LanguageSetting,
  type UiLanguage,
} from './language';

export const CATALOGUES: Record<UiLanguage, Messages> = { en, fr };

export function messages(language: UiLanguage): Messages {
  return CATALOGUES[language];
}
