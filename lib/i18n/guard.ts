// The guard's words in a UI language: imported by the content script instead of the whole catalogue.
import { guardEN, type GuardMessages } from './guard-en';
import { guardFR } from './guard-fr';

export type { GuardMessages };

export function guardMessages(language: 'en' | 'fr'): GuardMessages {
  return language === 'fr' ? guardFR : guardEN;
}
