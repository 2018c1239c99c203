// Texte français. Même clés que en.ts (le type l'impose).
import type { Messages } from './en';
import type { FactPath } from '../facts';
import { factLabel } from '../facts/names';
import { guardFR } from './guard-fr';

/** Champs de la lecture (`Reading.missing`) en mots. */
const FIELD_LABELS: Record<string, string> = {
  'invitation.date': 'Date de l’invitation',
  'invitation.program': 'Programme de l’invitation',
  'invitation.deadline': 'Date limite pour présenter la demande',
  'crs.total': 'Score SCG total',
  daysLeftToSubmit: 'Jours restants pour présenter la demande',
  profileNumber: 'Numéro de profil Entrée express',
};

export const fr: Messages = {
  appName: 'ITA Ready',
  tagline: 'Sachez où vous en êtes avant d’accepter votre invitation à présenter une demande.',
  languageSwitch: 'Langue',
  stateEmptyTitle: 'Rien de lu pour l’instant',
  stateEmptyBody:
    'Ouvrez votre invitation à présenter une demande (IPD) dans votre compte sécurisé d’IRCC (le message avec votre score SCG), ou importez la lettre (PDF ou page enregistrée) dans les options.',
  stateEmptySteps: [
    'Connectez-vous à votre compte sécurisé d’IRCC.',
    'Ouvrez le message qui contient votre invitation à présenter une demande (il indique votre score SCG). ITA Ready le lit de lui-même, sans rien modifier.',
    'Revenez ici pour votre verdict.',
  ],
  importLetter: 'Ou importez la lettre (PDF ou page enregistrée)',
  stateNothingTitle: 'Rien à lire sur cette page',
  stateNothingBody: (p) =>
    `La dernière page d’IRCC ouverte (${p.source}) n’est ni une lettre d’invitation, ni un profil, ni l’accueil du compte : ITA Ready n’y trouve rien à lire.`,
  stateUnreadableTitle: 'Impossible de lire cette page',
  stateUnreadableBody: 'ITA Ready a reconnu la page, mais n’y trouve pas tout ce qu’il lui faut :',
  stateUnreadableNoVerdict:
    'Aucun verdict n’est donné à partir d’une page mal lue. Importez la lettre en PDF dans les options, ou signalez la page pour que le lecteur l’apprenne.',
  copyStructure: 'Copier la structure de la page pour un rapport de bogue',
  copyStructureHelp:
    'Copie seulement les libellés et la mise en page : les nombres et les noms sont remplacés, rien de personnel n’est inclus.',
  copyStructureDone: 'Copié. Collez-le dans votre rapport de bogue.',
  copyStructureFailed: 'Copie impossible. Sélectionnez le texte ci-dessous et copiez-le vous-même.',
  copyStructureUnavailable:
    'Rouvrez la page dans votre compte IRCC, puis rouvrez cette fenêtre pour copier sa structure.',
  verdictHeading: 'Verdict',
  verdict: guardFR.verdict,
  verdictExplain: {
    decline:
      'Au moins une déclaration ne tient plus. Une demande présentée maintenant serait probablement refusée. Refuser l’invitation ne coûte rien : votre profil retourne dans le bassin.',
    review: 'Rien ne vous exclut, mais vérifiez les points ci-dessous avant d’accepter.',
    ready: 'Toutes les vérifications sont réussies avec les faits que vous avez saisis.',
  },
  verdictPending:
    'Le verdict de cette lecture est en cours de calcul. Rouvrez cette fenêtre dans un instant.',
  severity: guardFR.severity,
  findingsHeading: 'Pourquoi',
  findingsNone: 'Aucune constatation.',
  sourceLink: 'Source IRCC',
  enterFact: (p) => `Saisir ce fait : ${p.fact}`,
  factsMissingTitle: 'Il manque des faits',
  factsMissingBody: (p) =>
    `${p.count === 1 ? 'Un fait dont les vérifications ont besoin n’est' : `${p.count} faits dont les vérifications ont besoin ne sont`} pas encore saisi${p.count === 1 ? '' : 's'}. D’ici là, le verdict ne peut pas être « Prêt ».`,
  staleTitle: 'Cette lecture est ancienne',
  staleBody: (p) =>
    `La lettre a été lue il y a ${p.days} jours. Rouvrez-la dans votre compte IRCC pour que le verdict repose sur ce qu’IRCC affiche aujourd’hui.`,
  rulesMayHaveChanged:
    'Votre invitation est plus récente que la dernière grille SCG connue avec certitude : les règles ont peut-être changé.',
  correctedHeading: 'Votre score, revérifié',
  correctedVsCutoff: (p) => `${p.total} après vérification, pour un seuil de ${p.cutoff}`,
  correctedAbove: (p) => `${p.margin} points au-dessus du seuil`,
  correctedBelow: (p) => `${p.margin} points sous le seuil`,
  correctedEqual: 'Exactement au seuil',
  correctedUnknown: 'inconnu',
  cutoffUnknown:
    'Le seuil de la ronde est inconnu : choisissez votre ronde ou saisissez son score dans vos faits.',
  cutoffTyped: 'Seuil : le score saisi dans vos faits.',
  cutoffRound: (p) => `Seuil de la ronde ${p.round} du ${p.date} (${p.name})`,
  changedRows: 'Lignes que vos faits modifient :',
  unchangedRows: 'Vos faits ne modifient aucune ligne d’IRCC.',
  rowChange: (p) => `${p.row} : ${p.from} → ${p.to}`,
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
  readHeading: 'Ce qui a été lu',
  readFrom: (p) => `Lu sur ${p.source} le ${p.at}`,
  verdictComputed: (p) => `Verdict établi le ${p.at}`,
  notOnPage: 'absent de la page',
  openOptions: 'Vos faits et réglages',
  field: FIELD_LABELS,
  fact: (path: FactPath): string => factLabel(path, 'fr'),
  guard: guardFR,
  reminder: {
    deadlineTitle: (p) =>
      `Il reste ${p.days} jours pour présenter votre demande de résidence permanente`,
    deadlineBody: (p) => `Date limite d’IRCC : ${p.deadline}. Aucune prolongation n’est possible.`,
    expiryTitle: (p) => `Votre ${p.what} expire dans ${p.days} jours`,
    expiryBody: (p) =>
      `Il ne sera plus valide à partir du ${p.date}. Vérifiez que votre demande peut être présentée avant.`,
    languageTest: 'résultat de test de langue',
    eca: 'évaluation des diplômes d’études (EDE)',
  },
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
