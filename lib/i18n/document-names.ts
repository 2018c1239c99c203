// The documents' names in a UI language (what a documents reminder needs, and nothing more).
import { documentNamesEn, type DocumentNames } from './document-names-en';
import { documentNamesFr } from './document-names-fr';
import type { UiLanguage } from './index';

export type { DocumentNames };

export function documentNames(language: UiLanguage): DocumentNames {
  return language === 'fr' ? documentNamesFr : documentNamesEn;
}
