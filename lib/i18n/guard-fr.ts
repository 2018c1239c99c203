// Les mots du garde sur la page (voir guard-en.ts). Espace insécable (\u00a0) avant « : »,
// espace fine insécable (\u202f) avant « ? ».
import { formatDateTime } from '../dates/format';
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
  labelled: (label) => `${label}\u00a0:`,
  label: 'ITA Ready',
  details: 'Pourquoi\u202f?',
  hideDetails: 'Masquer',
  dialogTitle: 'ITA Ready vous conseille de refuser cette invitation',
  dialogIntro:
    'Avec les faits que vous avez saisis, ces déclarations ne tiennent plus. Une demande qui s’y fie sera probablement refusée et les frais seront perdus. Refuser ne coûte rien\u00a0: votre profil retourne dans le bassin.',
  goOn: 'Continuer quand même',
  released:
    'Vous avez choisi de continuer avec cette invitation\u00a0: ITA Ready ne vous arrêtera plus.',
  stay: 'Pas maintenant — rester sur cette page',
  checkFailed: {
    word: 'Vérification impossible',
    reason: {
      'rules-failed':
        'Les vérifications d’ITA Ready se sont arrêtées sur une erreur qui leur est propre (pas dans vos faits)\u00a0: aucun verdict n’est affiché plutôt qu’un verdict périmé.',
      'storage-failed':
        'ITA Ready n’a pas pu lire ou enregistrer ses données dans ce navigateur\u00a0: aucun verdict n’est affiché plutôt qu’un verdict périmé.',
    },
    when: (p) =>
      `Dernière tentative\u00a0: ${formatDateTime(Date.parse(p.at), 'fr', p.timeZone)}. ITA Ready réessaie quand votre lettre ou vos faits changent, et toutes les heures.`,
  },
};
