// Les mots du garde sur la page (voir guard-en.ts).
import type { GuardMessages } from './guard-en';

export const guardFR: GuardMessages = {
  verdict: {
    decline: 'Refuser',
    review: 'À vérifier',
    ready: 'Prêt à présenter',
  },
  severity: {
    decline: 'Motif de refus',
    warning: 'À vérifier',
    info: 'Bon à savoir',
  },
  label: 'ITA Ready',
  details: 'Pourquoi?',
  hideDetails: 'Masquer',
  dialogTitle: 'ITA Ready vous conseille de refuser cette invitation',
  dialogIntro:
    'Avec les faits que vous avez saisis, ces déclarations ne tiennent plus. Une demande qui s’y fie sera probablement refusée et les frais seront perdus. Refuser ne coûte rien : votre profil retourne dans le bassin.',
  goOn: 'Continuer quand même',
  goOnHint: 'Appuyez ensuite de nouveau sur le bouton du portail : ITA Ready ne vous arrêtera pas.',
  declineInstead: 'Plutôt refuser dans le portail',
};
