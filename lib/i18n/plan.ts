// The planner's words in a UI language.
import { planEn, type Parts, type PlanMessages } from './plan-en';
import { planFr } from './plan-fr';

export type { Parts, PlanMessages };

export function planMessages(language: 'en' | 'fr'): PlanMessages {
  return language === 'fr' ? planFr : planEn;
}
