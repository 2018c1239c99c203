// The background's words in a UI language (badge, notifications, rounds refresh).
import { backgroundEN, type BackgroundMessages } from './background-en';
import { backgroundFR } from './background-fr';

export type { BackgroundMessages };

export function backgroundMessages(language: 'en' | 'fr'): BackgroundMessages {
  return language === 'fr' ? backgroundFR : backgroundEN;
}
