// The documents catalogue in a UI language, apart from the main one so the pages that do not show
// documents do not carry its text.
import { documentsEn, type DocumentsMessages } from './documents-en';
import { documentsFr } from './documents-fr';
import type { UiLanguage } from './index';

export type { DocumentsMessages };

export function documentsMessages(language: UiLanguage): DocumentsMessages {
  return language === 'fr' ? documentsFr : documentsEn;
}
