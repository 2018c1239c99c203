// Texte français de la liste de documents, du préparateur de fichiers et des rappels : les mêmes
// clés que documents-en.ts. Typographie française : espace insécable avant : ; ! ? et dans les
// nombres, guillemets « » avec espaces fines insécables.
import type {
  ChecklistItem,
  ClaimBasis,
  DocumentStatus,
  PeriodRef,
  Reason,
  TestRef,
} from '../checklist';
import { addDays } from '../dates';
import { CHARTS } from '../language';
import type { PageRange } from '../pack/types';
import type { DocumentsMessages } from './documents-en';
import {
  country,
  date,
  days,
  documentNamesFr,
  itemName,
  NAMES,
  person,
  who,
  of,
} from './document-names-fr';
import { formatMegabytes, formatNumber } from './documents-format';

const pages = (n: number) => `${formatNumber(n, 'fr')}\u00a0${n >= 2 ? 'pages' : 'page'}`;
const list = (items: string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const span = (p: PeriodRef) =>
  `du ${date(p.start)} ${p.end === null ? 'à aujourd’hui' : `au ${date(p.end)}`}`;
const place = (code: string) => (code === 'CA' ? 'au Canada' : `hors du Canada (${country(code)})`);
const test = (t: TestRef) => `résultat ${CHARTS[t.test].name} du ${date(t.resultDate)}`;
const lastValid = (t: TestRef) => date(addDays(t.expires, -1));

const NOT_COUNTED: Record<Extract<Reason, { code: 'work-not-counted' }>['because'], string> = {
  unpaid: 'le travail non rémunéré ne compte pas',
  'not-skilled': 'les professions FEER 4 et 5 ne sont pas du travail qualifié',
  'too-old': 'elle a pris fin plus de 10\u00a0ans avant l’invitation',
  student: 'le travail fait pendant des études à temps plein au Canada ne compte pas',
  'self-employed-in-canada':
    'le travail autonome au Canada ne compte pas pour la catégorie de l’expérience canadienne',
};

const PROGRAM_FUNDS = {
  FSW: 'Les candidats du Programme des travailleurs qualifiés (fédéral) doivent prouver des fonds, sauf s’ils sont autorisés à travailler au Canada et ont une offre d’emploi valide.',
  FST: 'Les candidats du Programme des travailleurs de métiers spécialisés (fédéral) doivent prouver des fonds, sauf s’ils sont autorisés à travailler au Canada et ont une offre d’emploi valide.',
  PNP: 'Les candidats des provinces doivent prouver des fonds, sauf s’ils sont admissibles à la catégorie de l’expérience canadienne, ou autorisés à travailler au Canada avec une offre d’emploi valide.',
  CEC: 'Les candidats de la catégorie de l’expérience canadienne n’ont pas à prouver de fonds.',
} as const;

function notClaimed(basis: ClaimBasis, what: { reading: string; facts: string; unknown: string }) {
  return what[basis];
}

function why(item: Pick<ChecklistItem, 'why' | 'for'>): string {
  const r = item.why;
  switch (r.code) {
    case 'photo':
      return `Une photo numérique ${of(item.for)}, selon les normes d’IRCC. Une demande sans photo est rejetée comme incomplète.`;
    case 'passport':
      return 'La page avec la photo et les renseignements personnels, et chaque page portant un timbre, un visa ou une mention. Une demande sans passeport est rejetée comme incomplète.';
    case 'police-listed':
      return `${capital(country(r.country))}\u00a0: vous l’avez indiqué parmi les pays où ${item.for === 'candidate' ? 'vous avez' : `${who(item.for)} a`} passé 6\u00a0mois ou plus d’affilée depuis l’âge de 18\u00a0ans, au cours des 10\u00a0dernières années. Si le certificat ne peut arriver à temps, téléversez la preuve de votre demande et une lettre d’explication.`;
    case 'police-worked':
      return `Vos périodes de travail montrent un séjour ${place(r.country)} ${span(r.period)}\u00a0: 6\u00a0mois ou plus d’affilée au cours des 10\u00a0dernières années, donc un certificat de police de ce pays est nécessaire. Ajoutez-le à vos certificats de police dans vos renseignements.`;
    case 'police-canada':
      return 'Aucun certificat de police n’est exigé pour le Canada.';
    case 'work-canadian':
    case 'work-foreign': {
      const proof = r.period.selfEmployed
        ? 'Preuve du travail autonome\u00a0: enregistrement de l’entreprise, contrats avec des clients, documents fiscaux.'
        : 'Une lettre de référence sur le papier à en-tête de l’employeur, avec votre poste, vos fonctions, les dates, les heures par semaine et le salaire, et les coordonnées de l’employeur.';
      return `Votre travail ${place(r.period.country)} ${span(r.period)} (${formatNumber(r.period.hoursPerWeek, 'fr')}\u00a0h par semaine, FEER\u00a0${r.period.teer}) appuie vos déclarations. ${proof} Une demande sans preuve d’expérience est rejetée comme incomplète.`;
    }
    case 'work-unknown':
      return 'Une preuve de chaque période de travail sur laquelle reposent vos déclarations. Entrez vos périodes de travail dans vos renseignements pour les voir une à une. Une demande sans preuve d’expérience est rejetée comme incomplète.';
    case 'work-not-counted':
      return `Votre travail ${place(r.period.country)} ${span(r.period)} n’appuie aucune déclaration (${NOT_COUNTED[r.because]})\u00a0: aucune preuve n’est demandée pour lui.`;
    case 'funds': {
      const rule =
        r.program !== null
          ? PROGRAM_FUNDS[r.program]
          : 'Exigée pour les travailleurs qualifiés et les travailleurs de métiers spécialisés (fédéral), sauf si vous êtes autorisé à travailler au Canada avec une offre d’emploi valide. Ouvrez votre lettre d’invitation pour qu’ITA Ready connaisse votre programme.';
      const amount =
        r.amount !== null && r.familySize !== null && r.table !== null
          ? ` Pour une famille de ${formatNumber(r.familySize, 'fr')}\u00a0personne${r.familySize >= 2 ? 's' : ''}\u00a0: ${formatNumber(r.amount, 'fr')}\u00a0$\u00a0CA (montants d’IRCC en vigueur depuis le ${date(r.table)}).`
          : ' Le montant dépend de la taille de votre famille\u00a0: entrez-la dans vos renseignements.';
      return `${rule}${amount} Des lettres officielles de vos banques, avec les soldes des 6\u00a0derniers mois.`;
    }
    case 'funds-cec':
      return PROGRAM_FUNDS.CEC;
    case 'funds-exempt':
      return 'Vous êtes autorisé à travailler au Canada et avez une offre d’emploi valide\u00a0: aucune preuve de fonds n’est exigée.';
    case 'language':
    case 'language-spouse':
      return `${r.tests.length === 1 ? 'Le' : 'Les'} ${list(r.tests.map(test))} ${r.tests.length === 1 ? 'est encore valide' : 'sont encore valides'} le dernier jour pour présenter la demande (jusqu’au ${list(r.tests.map(lastValid))}).`;
    case 'language-none':
      return 'Les résultats d’un test de langue approuvé, de moins de 2\u00a0ans\u00a0: tous les programmes d’Entrée express les exigent. Aucun résultat n’est entré dans vos renseignements.';
    case 'language-expiring':
      return `Le ${test(r.test)} est valide jusqu’au ${date(r.lastValidDay)}, avant la date limite\u00a0: présentez la demande d’ici là, ou passez un nouveau test et téléversez ses résultats.`;
    case 'language-expired':
      return `Le ${test(r.test)} n’est plus valide depuis le ${date(r.test.expires)}\u00a0: de nouveaux résultats sont nécessaires.`;
    case 'language-spouse-claimed':
      return `Votre profil a déclaré ${formatNumber(r.points, 'fr')}\u00a0points pour les compétences linguistiques de votre époux ou conjoint de fait\u00a0: téléversez ses résultats.`;
    case 'language-spouse-not-claimed':
      return notClaimed(r.basis, {
        reading:
          'Votre profil n’a déclaré aucun point pour les compétences linguistiques de votre époux ou conjoint de fait.',
        facts: 'Vous n’avez entré aucun test de langue pour votre époux ou conjoint de fait.',
        unknown:
          'Seulement si votre profil a déclaré des points pour les compétences linguistiques de votre époux ou conjoint de fait.',
      });
    case 'eca':
      return `Votre rapport d’EDE du ${date(r.issued)} est encore valide le dernier jour pour présenter la demande (jusqu’au ${date(addDays(r.expires, -1))}).`;
    case 'eca-expiring':
      return `Votre rapport d’EDE du ${date(r.issued)} est valide jusqu’au ${date(r.lastValidDay)}, avant la date limite\u00a0: présentez la demande d’ici là, ou demandez une nouvelle évaluation (elle prend des semaines).`;
    case 'eca-expired':
      return `Votre rapport d’EDE du ${date(r.issued)} n’est plus valide depuis le ${date(r.expires)}\u00a0: une nouvelle évaluation est nécessaire pour un diplôme obtenu hors du Canada.`;
    case 'eca-foreign':
      return 'Un rapport d’EDE de moins de 5\u00a0ans pour un diplôme obtenu hors du Canada. Entrez sa date de délivrance dans vos renseignements, ou indiquez que votre diplôme est canadien.';
    case 'eca-canadian':
      return 'Votre diplôme est canadien\u00a0: aucune EDE n’est exigée.';
    case 'eca-no-credential':
      return 'Vous n’avez entré aucun diplôme à évaluer.';
    case 'eca-spouse':
      return 'Les études de votre époux ou conjoint de fait rapportent des points\u00a0: un rapport d’EDE si son diplôme a été obtenu hors du Canada, sinon son diplôme canadien.';
    case 'eca-spouse-not-claimed':
      return notClaimed(r.basis, {
        reading:
          'Votre profil n’a déclaré aucun point pour les études de votre époux ou conjoint de fait.',
        facts: 'Vous n’avez entré aucun diplôme pour votre époux ou conjoint de fait.',
        unknown:
          'Seulement si votre profil a déclaré des points pour les études de votre époux ou conjoint de fait.',
      });
    case 'education':
      return 'Les diplômes et relevés de notes des études que déclare votre profil.';
    case 'education-none':
      return 'Aucun diplôme n’est déclaré.';
    case 'nomination':
      return {
        program:
          'Vous avez été invité comme candidat d’une province\u00a0: téléversez le certificat de désignation.',
        reading:
          'Votre profil a déclaré des points pour une désignation provinciale\u00a0: téléversez le certificat de désignation.',
        facts: 'Vous avez entré une désignation provinciale\u00a0: téléversez son certificat.',
      }[r.basis];
    case 'no-nomination':
      return notClaimed(r.basis, {
        reading: 'Votre profil n’a déclaré aucune désignation provinciale.',
        facts: 'Vous n’avez entré aucune désignation provinciale.',
        unknown: 'Seulement si vous avez une désignation provinciale.',
      });
    case 'job-offer':
      return r.basis === 'reading'
        ? 'Votre profil a déclaré des points pour une offre d’emploi\u00a0: téléversez l’offre écrite de l’employeur.'
        : 'Vous avez entré une offre d’emploi valide\u00a0: téléversez l’offre écrite de l’employeur.';
    case 'no-job-offer':
      return notClaimed(r.basis, {
        reading: 'Votre profil n’a déclaré aucune offre d’emploi.',
        facts: 'Vous n’avez entré aucune offre d’emploi.',
        unknown: 'Seulement si vous avez une offre d’emploi valide.',
      });
    case 'marriage':
      return 'En cas de mariage. L’un des deux suffit\u00a0: ce certificat, ou la preuve d’union de fait.';
    case 'common-law':
      return 'En cas d’union de fait\u00a0: la Déclaration officielle d’union de fait (IMM\u00a05409) et la preuve de 12\u00a0mois de vie commune. L’un des deux suffit\u00a0: cette preuve, ou le certificat de mariage.';
    case 'relationship-other':
      return `Vous avez le document «\u202f${NAMES[r.other]}\u202f»\u00a0: l’un des deux suffit.`;
    case 'birth-certificate':
      return `L’acte de naissance ${of(item.for)}, qui nomme les parents.`;
    case 'sibling':
      return `${r.basis === 'reading' ? 'Votre profil a déclaré des points pour' : 'Vous avez entré'} un frère ou une sœur au Canada\u00a0: la preuve de son statut au Canada et de votre lien (actes de naissance montrant un parent commun).`;
    case 'no-sibling':
      return notClaimed(r.basis, {
        reading: 'Votre profil n’a déclaré aucun point pour un frère ou une sœur au Canada.',
        facts: 'Vous n’avez entré aucun frère ni aucune sœur au Canada.',
        unknown: 'Seulement si vous déclarez des points pour un frère ou une sœur au Canada.',
      });
    case 'canadian-education':
      return `${r.basis === 'reading' ? 'Votre profil a déclaré des points pour' : 'Vous avez entré'} des études au Canada\u00a0: le diplôme et les relevés de notes.`;
    case 'no-canadian-education':
      return notClaimed(r.basis, {
        reading: 'Votre profil n’a déclaré aucun point pour des études au Canada.',
        facts: 'Vous n’avez entré aucune étude au Canada.',
        unknown: 'Seulement si vous déclarez des points pour des études au Canada.',
      });
    case 'certificate':
      return r.basis === 'fst'
        ? 'Les candidats des métiers spécialisés (fédéral) doivent avoir un certificat de compétence d’une province ou d’un territoire, ou une offre d’emploi valide.'
        : `${r.basis === 'reading' ? 'Votre profil a déclaré des points pour' : 'Vous avez entré'} un certificat de compétence dans un métier, délivré par une province ou un territoire.`;
    case 'no-certificate':
      return notClaimed(r.basis, {
        reading: 'Votre profil n’a déclaré aucun certificat de compétence.',
        facts: 'Vous n’avez entré aucun certificat de compétence.',
        unknown: 'Seulement si vous déclarez un certificat de compétence.',
      });
    case 'medical-not-upfront':
      return 'Depuis le 1er\u00a0octobre\u00a02023, aucun examen médical n’est exigé avant la demande\u00a0: IRCC envoie ses instructions après la présentation.';
    case 'medical-upfront':
      return 'Les demandes envoyées avant le 1er\u00a0octobre\u00a02023 exigeaient la confirmation d’un examen médical préalable.';
  }
}

const left = (n: number) =>
  n < 0
    ? 'la date limite est passée'
    : n === 0
      ? 'c’est aujourd’hui le dernier jour pour présenter la demande'
      : `il reste ${days(n)} avant la date limite`;

function timing(item: ChecklistItem): string | null {
  const asked = item.requested ? `demandé le ${date(item.requested)}` : null;
  if (item.status === 'expiring' && item.due !== undefined && item.daysLeft !== undefined) {
    const valid = `valide jusqu’au ${date(item.due)}, ${item.daysLeft === 0 ? 'c’est son dernier jour' : `dans ${days(item.daysLeft)}`}`;
    return asked ? `${asked}\u00a0; ${valid}` : valid;
  }
  if (item.status === 'to-get' && item.daysLeft !== undefined) {
    return asked ? `${asked}, ${left(item.daysLeft)}` : left(item.daysLeft);
  }
  return asked;
}

const STATUS: Record<DocumentStatus, string> = {
  have: 'En main',
  'to-get': 'À obtenir',
  expiring: 'Expire trop tôt',
  'not-needed': 'Pas nécessaire',
};

const ranges = (parts: PageRange[]) =>
  list(parts.map((p) => (p.from === p.to ? `page ${p.from}` : `pages ${p.from} à ${p.to}`)));

export const documentsFr: DocumentsMessages = {
  pageTitle: 'ITA Ready – vos documents',
  heading: 'Vos documents',
  checklistHeading: 'Liste de documents',
  intro:
    'Chaque document dont votre demande de résidence permanente aura besoin, pour vous et chaque personne qu’elle comprend, d’après votre lettre d’invitation et les renseignements entrés. Cochez ce que vous avez, et datez ce que vous avez demandé.',
  languageSwitch: 'Langue',
  person,
  ...documentNamesFr,
  status: STATUS,
  why,
  timing: (item) => {
    const text = timing(item);
    return text === null ? null : capital(text);
  },
  atRisk: (item) => {
    const label =
      item.for === 'candidate' ? itemName(item) : `${itemName(item)} (${who(item.for)})`;
    return `${label}\u00a0: ${timing(item) ?? STATUS[item.status].toLowerCase()}`;
  },
  atRiskHeading: 'Prochain document à risque',
  nothingAtRisk: 'Vous avez en main chaque document de votre liste.',
  progress: (p) =>
    `${formatNumber(p.ready, 'fr')} sur ${formatNumber(p.total, 'fr')} ${p.ready >= 2 ? 'prêts' : 'prêt'}`,
  deadline: (p) => {
    const when = p.daysLeft < 0 ? 'passé' : `il reste ${days(p.daysLeft)}`;
    const estimate = p.estimated
      ? '\u00a0; calculé à partir de la date de l’invitation, vérifiez-le dans votre lettre'
      : '';
    return `Dernier jour pour présenter la demande\u00a0: ${date(p.lastDay)} (${when}${estimate}).`;
  },
  noDeadline:
    'Ouvrez votre lettre d’invitation dans votre compte d’IRCC, ou importez-la dans les options, pour que la liste connaisse votre programme et votre date limite.',
  noDeadlineAbove: {
    before: 'Ouvrez votre lettre d’invitation dans votre compte d’IRCC, ou ',
    link: 'importez-la plus haut',
    after: ', pour que la liste connaisse votre programme et votre date limite.',
  },
  missingFacts: 'Entrez ces renseignements pour compléter la liste\u00a0:',
  openFacts: 'Vos renseignements',
  haveIt: 'Je l’ai',
  fromFacts: 'En main, d’après vos renseignements',
  requestedOn: 'Demandé le',
  requested: (iso) => `Demandé le ${date(iso)}`,
  notNeeded: (n) => `Pas nécessaires (${formatNumber(n, 'fr')})`,
  source: 'Source d’IRCC',
  allDocuments: 'Tous vos documents',
  saveFailed: (p) => `Impossible d’enregistrer votre changement\u00a0: ${p.reason}`,
  listWorking: 'Préparation de votre liste…',
  listFailed: (p) => `Votre liste n’a pas pu être établie\u00a0: ${p.reason}`,
  nothingRead: 'Aucune lettre d’invitation lue pour l’instant.',

  pack: {
    heading: 'Préparer un seul fichier à téléverser',
    intro:
      'Chaque élément de la liste d’IRCC n’a qu’un emplacement de téléversement\u00a0: ses pages doivent tenir dans un seul fichier de 4\u00a0Mo au plus. Ajoutez les numérisations ou PDF d’un élément, mettez-les dans l’ordre et obtenez un seul PDF. Tout se passe dans ce navigateur\u00a0: vos documents ne sont envoyés nulle part.',
    choose: 'Ajouter des numérisations ou des PDF (JPG, PNG, PDF)',
    drop: 'ou déposez-les ici',
    files: 'Pages, dans l’ordre',
    none: 'Aucun fichier ajouté pour l’instant.',
    size: (bytes) => formatMegabytes(bytes, 'fr'),
    moveUp: 'Monter',
    moveDown: 'Descendre',
    remove: 'Retirer',
    keys: 'Quand un bouton d’un fichier a le focus, Alt\u00a0+\u00a0↑ et Alt\u00a0+\u00a0↓ le déplacent.',
    moved: (p) => `${p.name} est maintenant le fichier ${p.position} sur ${p.count}.`,
    maxSize: 'Taille maximale du fichier (Mo)',
    maxSizeHint: 'IRCC accepte des fichiers de 4\u00a0Mo au plus.',
    badMaxSize: 'Entrez une taille de 0,5 à 100\u00a0Mo.',
    make: 'Faire un seul PDF',
    working: (p) =>
      `Traitement… ${formatNumber(p.done, 'fr')} image${p.done >= 2 ? 's' : ''} sur ${formatNumber(p.total, 'fr')} ${p.done >= 2 ? 'prêtes' : 'prête'}.`,
    summary: (p) => `${formatMegabytes(p.bytes, 'fr')}, ${pages(p.pages)}`,
    ready: (p) => `Prêt\u00a0: ${formatMegabytes(p.bytes, 'fr')}, ${pages(p.pages)}.`,
    quality: (q) =>
      q.kind === 'original'
        ? 'Vos fichiers tiennent tels quels\u00a0: rien n’a été réencodé.'
        : `Images réencodées à ${formatNumber(q.dpi, 'fr')}\u00a0ppp sur la largeur d’une page A4, qualité JPEG ${q.jpeg}.`,
    lowResolution: (p) =>
      `La page ${p.page} (${p.file}) est à ${formatNumber(p.dpi, 'fr')}\u00a0ppp\u00a0: les petits caractères peuvent être difficiles à lire.`,
    fileName: 'Nom du fichier',
    save: 'Enregistrer le PDF',
    startOver: 'Recommencer',
    unexpected: (p) =>
      `Le PDF n’a pas pu être créé (${p.reason}). Rien n’a été enregistré\u00a0; vos fichiers sont intacts.`,
    goLower: 'Le faire tenir sous 150\u00a0ppp quand même',
    goLowerWarning:
      'Sous 150\u00a0ppp, les petits caractères peuvent devenir difficiles à lire, et IRCC peut redemander le document.',
    error: (e) => {
      switch (e.code) {
        case 'no-files':
          return 'Ajoutez au moins un fichier.';
        case 'too-many-pages':
          return `Ces fichiers comptent ${pages(e.pages)}\u00a0; un téléversement peut en contenir au plus ${pages(e.max)} ici. Répartissez-les en plusieurs fichiers.`;
        case 'unsupported':
          return `${e.file} n’est pas un fichier JPG, PNG ou PDF. Enregistrez-le ou exportez-le dans l’un de ces formats, puis ajoutez-le de nouveau.`;
        case 'unreadable':
          return `${e.file} est illisible\u00a0: il est peut-être endommagé ou incomplet. Numérisez-le ou enregistrez-le de nouveau, puis ajoutez-le de nouveau.`;
        case 'encrypted':
          return `${e.file} est protégé par un mot de passe ou un chiffrement\u00a0: ses pages ne peuvent pas être combinées. Enregistrez-en une copie non protégée (par exemple en l’imprimant en PDF), puis ajoutez cette copie.`;
        case 'too-big': {
          const over = formatMegabytes(e.smallest - e.maxBytes, 'fr');
          const split =
            e.parts.length > 1
              ? ` Répartissez-les en ${formatNumber(e.parts.length, 'fr')}\u00a0fichiers\u00a0: ${ranges(e.parts)}.`
              : ' Retirez les pages inutiles, ou répartissez-les en plusieurs fichiers.';
          return `Même à la plus basse qualité lisible, ces pages font ${formatMegabytes(e.smallest, 'fr')}, soit ${over} de plus que la limite de ${formatMegabytes(e.maxBytes, 'fr')}.${split}`;
        }
      }
    },
  },
};
