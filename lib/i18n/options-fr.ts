// Texte français de la page d'options : les mêmes clés que options-en.ts.
import { formatDate } from '../dates';
import type { ImportProblem } from '../schema/export-file';
import { factNameOf, type OptionsMessages } from './options-en';

const levelFr = (from: number, to: number): string =>
  to >= 12
    ? `${from} ou plus`
    : from === 0
      ? `${to} ou moins`
      : from === to
        ? `${from}`
        : to === from + 1
          ? `${from} ou ${to}`
          : `${from} à ${to}`;

const abilitiesFr = (count: number): string =>
  count === 4
    ? 'dans les quatre compétences'
    : count === 1
      ? 'dans une compétence'
      : `dans ${count === 2 ? 'deux' : 'trois'} compétences`;

export const optionsFr: OptionsMessages = {
  pageTitle: 'ITA Ready – vos renseignements',
  heading: 'Vos renseignements',
  intro:
    'ITA Ready vérifie ce sur quoi IRCC vous a invité à l’aide de ces renseignements. Tous les champs sont facultatifs\u00a0: remplissez ce que vous savez\u202f; une vérification qui a besoin d’un renseignement manquant vous le demandera. Tout est enregistré pendant que vous tapez et reste dans ce navigateur.',
  contents: 'Sur cette page',
  notAnswered: 'Sans réponse',
  yes: 'Oui',
  no: 'Non',
  saved: 'Toutes les modifications sont enregistrées.',
  saving: 'Enregistrement…',
  notSaved: (p) =>
    `Pas encore enregistré\u00a0: ${p.count === 1 ? '1 champ est' : `${p.count} champs sont`} à corriger. D’ici là, ${p.count === 1 ? 'il garde sa' : 'chacun garde sa'} dernière valeur enregistrée, et ce que vous avez tapé reste ici.`,
  firstQuestion: (p) =>
    `Aller à la première question sans réponse (${p.count === 1 ? 'il en reste 1' : `il en reste ${p.count}`})`,
  allAnswered: 'Toutes les questions qui s’appliquent ont une réponse.',
  enterHint: 'Appuyez sur Entrée dans un champ pour aller à la prochaine question sans réponse.',
  announceError: (p) => `${p.label}\u00a0: ${p.message}`,
  labelIn: (p) => `${p.group}\u00a0: ${p.field}`,
  dateHint: 'Par exemple 2022-05-10, 20220510 ou 10 mai 2022.',
  dateRead: (p) => `C’est le ${p.date}.`,
  tooLong: (p) => `Seuls les ${p.max} premiers caractères sont gardés.`,
  fromLetterMark: 'd’après votre lettre',
  familySizeCounted: (p) =>
    `Calculée d’après vos réponses ci-dessus\u00a0: ${p.size}. Tapez un nombre seulement si ce n’est pas juste.`,
  fundsNotNeeded:
    'Votre lettre vous invite au titre de la catégorie de l’expérience canadienne\u00a0: la preuve de fonds n’est pas exigée, elle n’est donc pas demandée.',
  nominationNone:
    'Votre lettre ne compte aucune désignation provinciale\u00a0: rien à vérifier ici, sauf si cela a changé.',
  nominationClaimed:
    'Votre lettre compte 600 points pour une désignation\u00a0: indiquez si elle tient toujours.',
  claimedHere: 'Votre lettre compte',
  jobDetails: 'Travail non rémunéré, autonome ou pendant des études à temps plein\u202f?',
  person: {
    label: 'À qui est le certificat',
    hint: 'Votre époux ou conjoint a aussi besoin de certificats.',
    options: { candidate: 'À vous', spouse: 'À votre époux ou conjoint' },
  },
  teerOptions: {
    '0': '0 – postes de gestion',
    '1': '1 – habituellement un diplôme universitaire',
    '2': '2 – diplôme collégial ou apprentissage de 2 ans ou plus, ou supervision',
    '3': '3 – diplôme collégial ou apprentissage de moins de 2 ans, ou 6 mois de formation en cours d’emploi',
    '4': '4 – diplôme d’études secondaires ou quelques semaines de formation en cours d’emploi',
    '5': '5 – courte démonstration en cours d’emploi, aucune scolarité exigée',
  },
  saveFailed: (p) => `Enregistrement impossible\u00a0: ${p.reason}`,
  errorPrefix: 'À corriger\u00a0:',

  section: {
    family: 'Vous et votre famille',
    languageTests: 'Tests de langue',
    education: 'Études',
    work: 'Expérience de travail',
    nomination: 'Désignation provinciale',
    funds: 'Preuve de fonds',
    policeCertificates: 'Certificats de police',
    round: 'Votre ronde et vos projets',
    letter: 'Importer votre lettre d’invitation',
    data: 'Vos données',
    settings: 'Paramètres',
  },

  dateOfBirth: {
    label: 'Date de naissance',
    hint: 'Votre âge compte tel qu’il était le jour de l’invitation.',
  },
  spouse: {
    label: 'Époux ou conjoint de fait',
    hint: 'Détermine si vous êtes évalué comme personne seule ou avec un conjoint.',
    options: {
      none: 'Aucun époux ni conjoint',
      accompanying: 'Oui, il ou elle m’accompagne au Canada',
      'not-accompanying': 'Oui, il ou elle ne m’accompagne pas',
      canadian: 'Oui, citoyen canadien ou résident permanent',
    },
  },
  changedSinceProfile: {
    label: 'Votre famille a-t-elle changé depuis que vous avez soumis votre profil\u202f?',
    hint: 'Un mariage, une séparation ou un divorce, un nouvel enfant.',
  },
  familySize: {
    label: 'Taille de la famille',
    hint: 'Vous, votre époux ou conjoint et vos enfants à charge, même ceux qui ne vous accompagnent pas. Elle fixe les fonds à démontrer.',
  },
  familyChildren: {
    label: 'Enfants à charge',
    hint: 'Les vôtres et ceux de votre époux ou conjoint, qu’ils vous accompagnent ou non. Chacun demande un acte de naissance dans la demande.',
  },
  spouseEducation: {
    label: 'Plus haut niveau d’études de l’époux ou du conjoint',
    hint: 'Compte seulement s’il ou elle vous accompagne au Canada.',
  },
  spouseCanadianWorkYears: {
    label: 'Années de travail au Canada de l’époux ou du conjoint',
    hint: 'Années complètes de travail qualifié au Canada au cours des 10 dernières années.',
  },
  siblingInCanada: {
    label: 'Frère ou sœur au Canada',
    hint: 'Le vôtre ou celui de votre conjoint\u00a0: 18 ans ou plus, vivant au Canada, citoyen ou résident permanent.',
  },

  languageIntro:
    'Entrez chaque test comme sur votre attestation. Le niveau NCLC (français) ou CLB (anglais) de chaque compétence s’affiche pendant que vous tapez.',
  test: {
    label: 'Test',
    hint: 'Seuls ces tests sont acceptés pour Entrée express.',
    none: 'Aucun test',
  },
  testHeading: (p) => `Test ${p.n}`,
  resultDate: {
    label: 'Date des résultats',
    hint: 'Les résultats sont valides 2 ans à partir de cette date.',
  },
  abilities: {
    listening: 'Compréhension de l’oral',
    reading: 'Compréhension de l’écrit',
    writing: 'Expression écrite',
    speaking: 'Expression orale',
  },
  scaleHint: (p) =>
    p.step === 1
      ? `De ${p.min} à ${p.max}.`
      : `De ${p.min} à ${p.max}, par paliers de ${String(p.step).replace('.', ',')}.`,
  level: (p) => `${p.name} ${p.level}`,
  levelPending: 'Le niveau s’affiche quand le résultat est sur l’échelle du test.',
  addTest: 'Ajouter un autre test',
  removeTest: (p) => `Retirer le test ${p.n}`,
  spouseTestHeading: 'Test de l’époux ou du conjoint',
  spouseTestHint: 'Seulement s’il ou elle vous accompagne au Canada.',

  educationLevel: {
    label: 'Plus haut niveau d’études',
    hint: 'Le diplôme déclaré dans votre profil.',
  },
  educationLevels: {
    lessThanSecondary: 'Moins qu’un diplôme d’études secondaires',
    secondary: 'Diplôme d’études secondaires',
    oneYear: 'Programme postsecondaire d’un an',
    twoYear: 'Programme postsecondaire de deux ans',
    bachelorsOrThreeYear: 'Baccalauréat ou programme de trois ans',
    twoOrMore: 'Deux diplômes ou plus, dont un de trois ans ou plus',
    mastersOrProfessional: 'Maîtrise ou diplôme professionnel',
    doctoral: 'Doctorat (Ph. D.)',
  },
  earned: {
    label: 'Où l’avez-vous obtenu\u202f?',
    hint: 'Un diplôme obtenu hors du Canada exige une évaluation des diplômes d’études (EDE).',
    options: { canada: 'Au Canada', abroad: 'Hors du Canada' },
  },
  ecaIssued: {
    label: 'Date de délivrance de votre EDE',
    hint: 'Une EDE est valide 5 ans à partir de cette date.',
  },
  canadianEducation: {
    label: 'Études au Canada',
    hint: 'Des études postsecondaires au Canada donnent des points supplémentaires.',
    options: {
      none: 'Aucune',
      oneOrTwoYear: 'Diplôme d’un ou deux ans',
      threeYearsOrMore: 'Trois ans ou plus',
    },
  },
  certificateOfQualification: {
    label: 'Certificat de qualification dans un métier',
    hint: 'Délivré par une province ou un territoire du Canada.',
  },

  workIntro:
    'Chaque emploi des 10 dernières années. IRCC compte au plus 30 heures par semaine (aussi pour des emplois occupés en même temps), jour par jour\u202f; 1 560 heures font une année.',
  workHeading: (p) => `Période de travail ${p.n}`,
  start: { label: 'Date de début', hint: '' },
  end: { label: 'Date de fin', hint: '' },
  ongoing: { label: 'J’occupe toujours cet emploi', hint: '' },
  hoursPerWeek: {
    label: 'Heures par semaine',
    hint: 'Heures payées, comme sur votre lettre de référence.',
  },
  country: {
    label: 'Pays',
    hint: 'Code à deux lettres\u00a0: CA pour le Canada, IN pour l’Inde, PH pour les Philippines, FR pour la France.',
  },
  noc: { label: 'Code CNP 2021', hint: 'Cinq chiffres, si vous le connaissez.' },
  teer: {
    label: 'Catégorie FEER',
    hint: 'Le deuxième chiffre du code CNP. Les catégories FEER 0 à 3 sont du travail qualifié.',
  },
  paid: { label: 'Travail rémunéré', hint: '' },
  selfEmployed: { label: 'Travail autonome', hint: '' },
  fullTimeStudent: { label: 'Pendant des études à temps plein', hint: '' },
  addWork: 'Ajouter une période de travail',
  removeWork: (p) => `Retirer la période de travail ${p.n}`,
  periodIncomplete:
    'Les heures comptées s’affichent quand le début, la fin, les heures, le pays et la catégorie FEER sont remplis.',
  periodHours: (p) => `Comptées\u00a0: ${p.hours} h au cours des 10 dernières années`,
  periodKind: {
    canadian: 'expérience canadienne',
    foreign: 'expérience étrangère',
    none: 'non comptée',
  },
  notCounted: {
    unpaid: 'le travail non rémunéré ne compte pas',
    teer: 'les catégories FEER 4 et 5 ne sont pas du travail qualifié',
    selfEmployed: 'le travail autonome au Canada n’est pas de l’expérience canadienne',
    student:
      'le travail pendant des études à temps plein au Canada n’est pas de l’expérience canadienne',
  },
  workTotalHeading: 'Compté jusqu’ici',
  workTotal: (p) =>
    `Canada\u00a0: ${p.canadian} h (${p.canadianYears} ${p.canadianYears <= 1 ? 'an' : 'ans'}) · Étranger\u00a0: ${p.foreign} h (${p.foreignYears} ${p.foreignYears <= 1 ? 'an' : 'ans'})`,
  workWindow: (p) =>
    `Du ${p.from} au ${p.to}. Les emplois occupés en même temps partagent le plafond de 30 heures.`,

  nomination: {
    label: 'Désignation d’une province ou d’un territoire',
    hint: 'Une désignation vaut 600 points\u202f; si elle a été retirée, ces points sont perdus.',
    options: {
      none: 'Aucune désignation',
      active: 'Désigné',
      withdrawn: 'Désignation retirée ou annulée',
    },
  },

  fundsAmount: {
    label: 'Fonds disponibles (dollars canadiens)',
    hint: 'Les fonds d’établissement que vous pouvez prouver, par exemple 21000.',
  },
  jobOffer: { label: 'Offre d’emploi valide au Canada', hint: '' },
  authorizedToWork: { label: 'Autorisé à travailler au Canada maintenant', hint: '' },

  policeIntro:
    'Chaque pays où vous avez vécu 6 mois ou plus depuis l’âge de 18 ans (vous et votre famille). Certains prennent des semaines.',
  policeHeading: (p) => `Certificat ${p.n}`,
  policeCountry: { label: 'Pays', hint: 'Code à deux lettres, comme IN pour l’Inde.' },
  requested: { label: 'Date de la demande', hint: '' },
  received: { label: 'Reçu', hint: '' },
  policeNone: {
    label:
      'Aucun pays à indiquer\u00a0: je n’ai pas vécu 6 mois d’affilée ou plus hors du Canada depuis l’âge de 18 ans',
    hint: 'Aucun certificat de police n’est alors demandé.',
  },
  addPolice: 'Ajouter un pays',
  removePolice: (p) => `Retirer le certificat ${p.n}`,

  roundNumber: {
    label: 'Numéro de la ronde',
    hint: 'Comme dans la liste des rondes d’IRCC, par exemple 437. Laissez vide pour la trouver par la date de l’invitation.',
  },
  roundCutoff: {
    label: 'Note la plus basse invitée dans votre ronde (seuil)',
    hint: 'Seulement si ITA Ready ne trouve pas votre ronde.',
  },
  roundCategory: {
    label: 'Catégorie de la ronde',
    hint: 'Seulement pour une ronde par catégorie.',
    none: 'Pas une ronde par catégorie',
  },
  categories: {
    french: 'Compétences linguistiques en français',
    healthcare: 'Soins de santé et services sociaux',
    stem: 'Sciences, technologies, génie et mathématiques (STGM)',
    trade: 'Métiers',
    transport: 'Transport',
    agriculture: 'Agriculture et agroalimentaire',
    education: 'Professions de l’éducation',
    physicians: 'Médecins ayant une expérience de travail au Canada',
    'senior-managers': 'Cadres supérieurs ayant une expérience de travail au Canada',
    researchers: 'Chercheurs ayant une expérience de travail au Canada',
    military: 'Recrues militaires qualifiées',
  },
  plannedSubmission: {
    label: 'Date à laquelle vous prévoyez présenter votre demande',
    hint: 'Laissez vide pour aujourd’hui. Les tests et documents doivent encore être valides à cette date.',
  },

  whatIfNoLetter:
    'Aucune lettre d’invitation n’a encore été lue\u00a0: rien ne peut être calculé. Ouvrez votre lettre dans votre compte IRCC avec ITA Ready installé, ou importez-la\u00a0:',
  whatIfNoFacts:
    'Vous n’avez encore entré aucun renseignement\u00a0: les chiffres ci-dessous reposent sur votre lettre seule, et ce qu’ils attendent est indiqué à la fin. Commencez par\u00a0:',
  whatIfChecking: 'Calcul de ce que signifient votre lettre et vos renseignements…',
  whatIfFailed:
    'Ce qui est en jeu n’a pas pu être calculé à partir de votre lettre et de vos renseignements. Le bouton d’ITA Ready dans la barre d’outils indique si les vérifications elles-mêmes ont pu se faire.',
  documentsOwnPage: 'Ouvrir vos documents dans une page à part',

  claimsHeading: 'Ce sur quoi repose votre note',
  claimsIntro: (p) =>
    p.date === null
      ? 'Ce que la répartition des points de votre invitation dit de votre profil, lue selon la grille de points d’IRCC. Quand elle permet plus d’une réponse, toutes sont données. Chacune est vérifiée d’après vos renseignements plus bas.'
      : `Ce que la répartition des points de votre invitation du ${p.date} dit de votre profil, lue selon la grille de points d’IRCC de ce jour-là. Quand elle permet plus d’une réponse, toutes sont données. Chacune est vérifiée d’après vos renseignements plus bas.`,
  claimsNone:
    'Importez votre lettre d’invitation (juste en dessous) ou ouvrez-la dans votre compte IRCC\u00a0: ce sur quoi repose votre note s’affichera ici.',
  claimsApart:
    'Les lignes de votre lettre ne concordent pas toutes ensemble avec la grille d’IRCC\u202f; chaque ligne est donc lue séparément ici.',
  claimsUnexplained: (p) =>
    `Ces lignes portent un nombre que la grille d’IRCC ne donne jamais\u00a0: ${p.rows.join(', ')}. Vérifiez-les sur votre lettre.`,
  claimsEither: 'votre lettre ne le dit pas (ses points permettent chaque réponse)',
  claimLabels: {
    age: 'Âge le jour de l’invitation',
    canadianWorkYears: 'Expérience de travail au Canada',
    foreignWorkYears: 'Expérience de travail à l’étranger',
    firstOfficialLanguage: 'Première langue officielle',
    firstLanguageClb: 'Niveaux en première langue officielle',
    secondLanguageClb: 'Niveaux en deuxième langue officielle',
    arrangedEmployment: 'Offre d’emploi (emploi réservé)',
    spouseLanguageClb: 'Niveaux de langue de l’époux ou du conjoint',
  },
  arrangedEmploymentOptions: {
    none: 'aucune',
    noc00: 'une offre d’emploi dans un poste de cadre supérieur (CNP 00)',
    other: 'une autre offre d’emploi spécialisé',
  },
  claimWords: (w) => {
    switch (w.kind) {
      case 'spouse':
        return w.value
          ? 'compté\u00a0: il ou elle vous accompagne au Canada'
          : 'non compté (évalué comme personne seule)';
      case 'age':
        return w.to === null
          ? `${w.from} ans ou plus`
          : w.from === 0
            ? `${w.to} ans ou moins`
            : w.from === w.to
              ? `${w.from} ans`
              : `${w.from} à ${w.to} ans`;
      case 'years':
        return w.to === null
          ? `${w.from} ${w.from <= 1 ? 'an' : 'ans'} ou plus`
          : w.from === w.to
            ? w.from === 0
              ? 'aucune'
              : `${w.from} ${w.from <= 1 ? 'an' : 'ans'}`
            : `${w.from} à ${w.to} ans`;
      case 'yes-no':
        return w.value ? 'oui' : 'non';
      case 'language':
        return w.first === 'english' ? 'anglais' : 'français';
      case 'levels':
        return w.groups
          .map((g) => `${w.scale} ${levelFr(g.from, g.to)} ${abilitiesFr(g.count)}`)
          .join(', ');
      case 'no-points-language':
        return 'aucun point (pas de test, ou moins que le niveau 5 dans une compétence)';
    }
  },
  claimOneOf: 'l’une de ces réponses\u00a0:',
  fromLetter: 'D’après votre lettre',
  fromLetterHint:
    'Rempli d’après les points de votre lettre\u202f; modifiez-le s’il n’est pas juste.',

  letterHint:
    'Votre invitation à présenter une demande en PDF, ou la page de la lettre enregistrée depuis votre navigateur («\u202fEnregistrer la page sous…\u202f»). Déposez le fichier ici ou choisissez-le. Il est lu dans ce navigateur et n’est envoyé nulle part.',
  letterChoose: 'Choisir la lettre (PDF ou HTML)',
  letterReading: (p) => `Lecture de ${p.file}…`,
  letterRead: (p) => `Lu dans ${p.file}\u00a0:`,
  letterScore: 'Note SCG',
  letterDate: 'Invité le',
  letterDeadline: 'Date limite',
  letterProgram: 'Programme',
  letterMissing: 'Introuvable dans le fichier',
  letterProblems: 'Incohérences (détails en anglais)',
  letterNone: 'introuvable',
  letterUnreadable: (p) => `Impossible de lire ${p.file}\u00a0: ${p.reason}`,
  letterNotLetter:
    'ce ne semble pas être une lettre d’invitation (aucune note SCG, date d’invitation ni date limite trouvée).',
  letterWrongType: 'choisissez un fichier PDF ou une page Web enregistrée (.html).',
  letterNotStored: (p) => `La lettre a été lue mais pas conservée\u00a0: ${p.reason}`,

  exportLabel: 'Exporter toutes mes données',
  exportHint:
    'Télécharge un fichier JSON avec vos renseignements, paramètres et lectures\u00a0: une copie à garder ou à transférer dans un autre navigateur.',
  importLabel: 'Importer des données d’un fichier JSON',
  importHint:
    'Remplace vos renseignements, paramètres et lectures par ceux du fichier. Un fichier incorrect ne change rien.',
  importDone: 'Importé\u00a0: vos renseignements, paramètres et lectures sont restaurés.',
  importFactsDone:
    'Importé\u00a0: vos renseignements sont remplacés par ceux du fichier (paramètres et lectures inchangés).',
  importRefused: (p) => `Rien n’a été changé\u00a0: ${p.reason}`,
  importNotJson: 'le fichier n’est pas du JSON.',
  importRefusal: (r) => {
    switch (r.code) {
      case 'not-object':
        return 'le fichier n’est ni une exportation d’ITA Ready ni un fichier de renseignements (ce n’est pas un objet JSON).';
      case 'other-format':
        return `le fichier n’est pas une exportation d’ITA Ready (son «\u202fformat\u202f» vaut ${r.format}).`;
      case 'version':
        return `le fichier vient d’une version plus récente d’ITA Ready (${r.found}; celle-ci lit jusqu’à ${r.newest}). Mettez ITA Ready à jour, puis importez-le de nouveau.`;
      case 'field': {
        const name = factNameOf(r.path, 'fr');
        const where = `«\u202f${r.path}\u202f»${name ? ` (${name})` : ''}`;
        const value = r.value === null ? 'est absent' : `vaut ${r.value}`;
        return `${where} ${value}\u00a0: ${problemFr(r.problem)}.`;
      }
    }
  },
  setAsideHeading: 'Une partie de ce qu’ITA Ready conservait n’a pas pu être lue',
  setAsideIntro:
    'Elle a été mise de côté telle quelle, et tout le reste a été gardé. Téléchargez-la pour en garder une copie (par exemple pour un rapport de bogue), ou écartez-la.',
  setAsideItem: (p) =>
    p.dropped === null
      ? `${p.item}, ${p.when}\u00a0: en entier (remplacé par les valeurs par défaut)`
      : `${p.item}, ${p.when}\u00a0: ${p.dropped.join(', ')} (le reste a été gardé)`,
  setAsideName: (key) => {
    switch (key) {
      case 'readings':
        return 'Les pages lues';
      case 'facts':
        return 'Vos renseignements';
      case 'settings':
        return 'Vos paramètres';
      case 'assessment':
        return 'La dernière vérification';
      case 'rounds':
        return 'La liste des rondes';
      default:
        return 'Autres données';
    }
  },
  setAsideDownload: 'Télécharger ce qui a été mis de côté',
  setAsideDismiss: 'Écarter (l’oublier)',
  deleteLabel: 'Supprimer toutes mes données',
  deleteHint: 'Efface tout ce qu’ITA Ready conserve dans ce navigateur.',
  deleteConfirm:
    'Supprimer vos renseignements, lectures et paramètres de ce navigateur\u202f? C’est irréversible. Exportez-les d’abord si vous voulez une copie.',
  deleteYes: 'Oui, tout supprimer',
  deleteNo: 'Annuler',
  deleteDone: 'Toutes vos données ont été supprimées.',

  language: {
    label: 'Langue',
    hint: '',
    options: { auto: 'Automatique (langue du navigateur)', en: 'English', fr: 'Français' },
  },
  notifications: {
    label: 'Me rappeler par des notifications',
    hint: '7 jours et 2 jours avant la date limite, et avant qu’un test ou un document n’expire. Le navigateur vous le demandera d’abord.',
  },
  notificationsDenied:
    'Le navigateur n’a pas permis les notifications\u202f; les rappels restent désactivés.',
  roundsRefresh: {
    label: 'Tenir la liste des rondes à jour à partir d’IRCC',
    hint: 'Télécharge la liste publique des rondes d’IRCC sur canada.ca\u00a0: la seule requête qu’ITA Ready fait, et seulement si cette option est activée.',
  },
  roundsRefreshDenied:
    'Le navigateur n’a pas permis l’accès à canada.ca\u202f; la liste intégrée est utilisée.',

  error: (e) => {
    switch (e.code) {
      case 'date':
        return 'Écrivez une date comme 2022-05-10, 20220510 ou 10 mai 2022.';
      case 'dateNoSuchDay':
        return `Ce mois n’a pas de jour ${e.day}.`;
      case 'dateAmbiguous':
        return `Cela peut être le ${formatDate(e.first, 'fr')} ou le ${formatDate(e.second, 'fr')}\u00a0: écrivez ${e.first} ou ${e.second}, ou le mois en lettres.`;
      case 'dateYears':
        return `Écrivez une année de ${e.min} à ${e.max}.`;
      case 'needed':
        return 'Nécessaire pour cette entrée.';
      case 'whole':
        return `Écrivez un nombre entier de ${e.min} à ${e.max}.`;
      case 'number':
        return `Écrivez un nombre de ${e.min} à ${e.max}.`;
      case 'amount':
        return 'Écrivez un montant en dollars, comme 21000 ou 21 000.';
      case 'score':
        return e.step === 1
          ? `Ce test note de ${e.min} à ${e.max}, en points entiers.`
          : `Ce test note de ${e.min} à ${e.max}, par paliers de ${String(e.step).replace('.', ',')} (comme 6,5).`;
      case 'country':
        return 'Écrivez le code de pays à deux lettres, comme CA ou IN.';
      case 'noc':
        return 'Un code CNP 2021 a cinq chiffres, comme 21231.';
      case 'endBeforeStart':
        return 'La date de fin est avant la date de début.';
      case 'roundNumber':
        return 'Écrivez seulement le numéro de la ronde, comme 437.';
      case 'other':
        return `Valeur refusée\u00a0: ${e.message}`;
    }
  },
};

function problemFr(p: ImportProblem): string {
  switch (p.kind) {
    case 'unknown-key':
      return 'cette clé ne fait pas partie du format (vérifiez l’orthographe)';
    case 'missing':
      return 'elle est nécessaire ici';
    case 'type':
      return `il faut ${TYPE_FR[p.expected] ?? 'une autre sorte de valeur'}`;
    case 'one-of':
      return `il faut l’une de ces valeurs\u00a0: ${p.values.map((v) => `"${v}"`).join(', ')}`;
    case 'too-small':
      return `la valeur doit être d’au moins ${p.min}`;
    case 'too-big':
      return `la valeur doit être d’au plus ${p.max}`;
    case 'invalid':
      return 'ce champ n’accepte pas cette valeur';
    case 'conflict':
      return 'la valeur ne concorde pas avec le reste du fichier';
  }
}

const TYPE_FR: Record<string, string> = {
  string: 'du texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'true ou false',
  object: 'un objet',
  array: 'une liste',
  null: 'null',
};
