// Texte français. Même clés que en.ts (le type l'impose).
import type { Messages } from './en';

export const fr: Messages = {
  appName: 'ITA Ready',
  tagline: 'Sachez où vous en êtes avant d’accepter votre invitation à présenter une demande.',
  stateEmptyTitle: 'Rien de lu pour l’instant',
  stateEmptyBody:
    'Ouvrez votre invitation à présenter une demande (IPD) dans votre compte sécurisé d’IRCC (le message avec votre score SCG), ou importez la lettre (PDF ou page enregistrée) dans les options.',
  stateNothingTitle: 'Rien à lire sur cette page',
  stateNothingBody: (p) =>
    `La dernière page d’IRCC ouverte (${p.source}) n’est ni une lettre d’invitation, ni un profil, ni l’accueil du compte : ITA Ready n’y trouve rien à lire.`,
  stateUnreadableTitle: 'Impossible de lire cette page',
  stateUnreadableBody: 'ITA Ready a reconnu la page, mais n’y trouve pas tout ce qu’il lui faut :',
  crsTotal: 'Score SCG',
  crsRowsHeading: 'Détail tel qu’IRCC l’indique',
  deadlineHeading: 'Date limite pour présenter la demande',
  deadlineLeft: (p) =>
    `Il reste ${p.days} ${p.days <= 1 ? 'jour' : 'jours'}, ${p.hours} h ${p.minutes} min`,
  deadlinePassed: 'La date limite est passée.',
  deadlineLocal: (p) => `Votre heure : ${p.local}`,
  deadlineUtc: (p) => `Date limite d’IRCC : ${p.utc}`,
  invitedOn: (p) => `Invitation du ${p.date} · ${p.program}`,
  missingHeading: 'Introuvable sur la page',
  problemsHeading: 'Incohérences',
  readFrom: (p) => `Lu sur ${p.source} le ${p.at}`,
  notOnPage: 'absent de la page',
  openOptions: 'Vos faits et réglages',
  row: {
    age: 'Âge',
    education: 'Niveau de scolarité',
    firstLanguage: 'Première langue officielle',
    secondLanguage: 'Deuxième langue officielle',
    canadianWork: 'Expérience de travail au Canada',
    spouseEducation: 'Époux ou conjoint – niveau de scolarité',
    spouseLanguage: 'Époux ou conjoint – première langue officielle',
    spouseCanadianWork: 'Époux ou conjoint – expérience de travail au Canada',
    transferEducation: 'Transférabilité – études',
    transferForeignWork: 'Transférabilité – expérience de travail à l’étranger',
    transferCertificate: 'Transférabilité – certificat de qualification',
    frenchBonus: 'Compétences en français ou bilinguisme',
    sibling: 'Frère ou sœur au Canada',
    canadianEducation: 'Études au Canada',
    arrangedEmployment: 'Emploi réservé',
    provincialNomination: 'Désignation provinciale ou territoriale',
  },
};
