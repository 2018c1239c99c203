// Les mots de la fenêtre en français : mêmes clés que en.ts (le type l’impose). Typographie
// française : espace insécable (\u00a0) avant « : » et dans « 19 h 00 », espace fine insécable
// (\u202f) avant « ; ! ? » et à l’intérieur des guillemets « ».
import { CRS_ROW_NAMES } from '../crs/row-names';
import { formatDate, formatDateTime, formatDateWithWeekday } from '../dates/format';
import { localDateTime } from '../dates/zone';
import type { FactPath } from '../facts';
import { FACT_NAMES, factLabel } from '../facts/names';
import { CRS_ROW_KEYS } from '../reader/types';
import type { RoundName } from '../rounds/names';
import { PROGRAM_NAMES } from '../rules/words';
import { categoryName } from '../categories';
import type { Messages } from './en';
import { guardFR } from './guard-fr';

const LOCALE = 'fr-CA';
const NBSP = '\u00a0';
const number = (value: number) => new Intl.NumberFormat(LOCALE).format(value);
const plural = new Intl.PluralRules(LOCALE);
/** « 1 jour », « 57 jours » (0 et 1 au singulier), le nombre et son unité inséparables. */
const count = (value: number, one: string, many: string) =>
  `${number(value)}${NBSP}${plural.select(value) === 'one' ? one : many}`;
const list = (items: readonly string[]) =>
  new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(items);
/** « 19 h 00 » avec des espaces insécables : l’heure ne se coupe pas en fin de ligne. */
const hours = (text: string) => text.replace(/(\d) h (\d)/g, `$1${NBSP}h${NBSP}$2`);
const instant = (iso: string, timeZone: string) =>
  hours(formatDateTime(Date.parse(iso), 'fr', timeZone));
/** « 19 h 00 » ; « minuit » pour 0 h 00, la fin du dernier jour. */
const time = (ms: number, timeZone: string) =>
  localDateTime(ms, timeZone).endsWith(' 00:00')
    ? 'minuit'
    : hours(new Intl.DateTimeFormat(LOCALE, { timeStyle: 'short', timeZone }).format(new Date(ms)));

const FIELD_LABELS: Record<string, string> = {
  'invitation.date': 'Date de l’invitation',
  'invitation.program': 'Programme de l’invitation',
  'invitation.deadline': 'Date limite pour présenter la demande',
  'crs.total': 'Score SCG total',
  daysLeftToSubmit: 'Jours restants pour présenter la demande',
  profileNumber: 'Numéro de profil Entrée express',
};

function pageField(field: string): string {
  const row = CRS_ROW_KEYS.find((key) => field === `crs.rows.${key}`);
  if (row) return `la ligne «\u202f${CRS_ROW_NAMES[row].fr}\u202f»`;
  return PAGE_FIELDS[field] ?? 'une valeur de la lettre';
}

const PAGE_FIELDS: Record<string, string> = {
  'invitation.date': 'la date de l’invitation',
  'invitation.program': 'le programme de l’invitation',
  'invitation.deadline': 'la date limite',
  'crs.total': 'votre score SCG total',
  'crs.rows': 'le tableau des points',
  daysLeftToSubmit: 'les jours restants pour présenter la demande',
  profileNumber: 'votre numéro de profil Entrée express',
};

function notReadList(fields: readonly string[]): string {
  const rows = fields.filter((f) => f.startsWith('crs.rows'));
  const others = fields.filter((f) => !f.startsWith('crs.rows')).map(pageField);
  const table =
    rows.length === 0
      ? []
      : rows.length === 1 && rows[0] !== undefined
        ? [pageField(rows[0])]
        : rows.includes('crs.rows') || rows.length >= CRS_ROW_KEYS.length
          ? ['le tableau des points']
          : [`${count(rows.length, 'ligne', 'lignes')} du tableau des points`];
  return list([...others, ...table]);
}

function roundLabel(name: RoundName): string {
  switch (name.kind) {
    case 'category': {
      const words =
        categoryName(name.category)?.fr ?? `la catégorie «\u202f${name.category}\u202f»`;
      const edition = [name.year, name.version === null ? null : `version ${name.version}`]
        .filter((part) => part !== null)
        .join(', ');
      return edition ? `${words} (${edition})` : words;
    }
    case 'program':
      return PROGRAM_NAMES[name.program].fr;
    case 'general':
      return 'Ronde générale (tous les programmes)';
    case 'no-program-specified':
      return 'Ronde ouverte à tous les programmes';
    case 'other':
      return name.text;
  }
}

export const fr: Messages = {
  appName: 'ITA Ready',
  languageSwitch: 'Langue',
  languageName: { en: 'English', fr: 'Français' },
  verdict: guardFR.verdict,
  severity: guardFR.severity,
  guard: guardFR,
  fact: (path: FactPath): string => factLabel(path, 'fr'),
  factPhrase: (path: FactPath): string => FACT_NAMES[path].fr.phrase,
  openOptions: 'Vos renseignements et réglages',

  empty: {
    title: 'Rien de lu pour l’instant',
    steps: [
      'Connectez-vous à votre compte sécurisé d’IRCC.',
      'Ouvrez le message qui contient votre invitation à présenter une demande (il indique votre score SCG). ITA Ready le lit de lui-même, sans rien modifier.',
      'Revenez ici pour votre verdict.',
    ],
  },
  importLetter: 'Ou importez la lettre (PDF ou page enregistrée)',
  nothing: {
    title: 'Rien à lire sur cette page',
    body: `La dernière page d’IRCC ouverte n’est ni une lettre d’invitation, ni votre profil, ni l’accueil de votre compte${NBSP}: ITA Ready n’y trouve rien à lire.`,
  },
  unreadable: {
    title: 'Impossible de lire cette page',
    body: `ITA Ready a reconnu la page, mais n’y trouve pas ce qu’il lui faut${NBSP}:`,
    noVerdict:
      'Aucun verdict n’est donné à partir d’une page mal lue. Importez la lettre en PDF dans les options, ou signalez la page pour que le lecteur l’apprenne.',
  },
  copyStructure: {
    button: 'Copier la structure de la page pour un rapport de bogue',
    help: `Copie seulement les libellés et la mise en page${NBSP}: les nombres et les noms sont remplacés, rien de personnel n’est inclus.`,
    done: 'Copié. Collez-le dans votre rapport de bogue.',
    failed: 'Copie impossible. Sélectionnez le texte ci-dessous et copiez-le vous-même.',
    unavailable:
      'Rouvrez la page dans votre compte IRCC, puis rouvrez cette fenêtre pour copier sa structure.',
  },

  answer: {
    label: 'Verdict',
    expired: 'Cette invitation ne peut plus être utilisée',
    expiredReason: (p) =>
      `Son dernier jour était le ${formatDateWithWeekday(p.day, 'fr')}, jusqu’à ${time(Date.parse(p.deadline), p.timeZone)}, heure locale.`,
    checking: 'Vérification de votre invitation…',
    checkingBody:
      'ITA Ready compare cette lettre avec vos renseignements. Le verdict s’affiche ici.',
    slow: 'La vérification n’est pas terminée',
    slowBody: `Aucun verdict après quelques secondes. Rouvrez cette fenêtre${NBSP}; ITA Ready vérifie de nouveau chaque fois que votre lettre ou vos renseignements changent.`,
    notRead: (p) =>
      `Non lu sur votre lettre${NBSP}: ${notReadList(p.fields)}. Ce qui n’a pas été lu ne peut pas être vérifié.`,
    facts: (p) =>
      `${number(p.done)} ${p.done < 2 ? 'vérification faite' : 'vérifications faites'} sur ${number(p.total)}${NBSP}: ${count(p.count, 'renseignement', 'renseignements')} à saisir pour les autres.`,
    cutoff: 'Le seuil de votre ronde est inconnu, votre score ne peut donc pas lui être comparé.',
    deadlineSoon: `La date limite approche${NBSP}: il reste moins d’une semaine pour présenter la demande.`,
    allPassed: 'Toutes les vérifications sont réussies avec les renseignements saisis.',
    why: 'Pourquoi\u202f?',
    sourceLink: 'Source IRCC',
    checkFact: (p) => `Vérifier ce renseignement${NBSP}: ${p.fact}`,
    stale: (p) =>
      `Lu il y a ${count(p.days, 'jour', 'jours')}${NBSP}: rouvrez-le dans votre compte IRCC, pour que ce qui est affiché repose sur ce qu’IRCC indique aujourd’hui.`,
    rulesMayHaveChanged: `Votre invitation est plus récente que la dernière grille SCG connue avec certitude${NBSP}: les règles ont peut-être changé.`,
  },

  next: {
    label: 'Prochaine étape',
    enterFact: (p) => `Saisissez ${p.fact} dans les options`,
    pickRound: 'Choisissez votre ronde ou saisissez son seuil ci-dessous',
    checkFact: (p) => `Vérifiez ${p.fact} dans les options`,
    decline: `Refusez cette invitation dans votre compte IRCC${NBSP}: cela ne coûte rien, et votre profil retourne dans le bassin.`,
    review: 'Lisez les points ci-dessous avant d’accepter.',
    applyNow: 'Vous pouvez présenter la demande dans votre compte IRCC.',
    apply: (p) =>
      `Vous pouvez présenter la demande${NBSP}: faites-le dans votre compte IRCC au plus tard le ${formatDateWithWeekday(p.day, 'fr')}.`,
    openLetter: `Pour obtenir un verdict, ouvrez le message qui contient votre invitation à présenter une demande dans votre compte IRCC${NBSP}: ITA Ready le lit de lui-même.`,
    reopenLetter:
      'Rouvrez la lettre dans votre compte IRCC, ou importez-la en PDF dans les options.',
    importLink: 'Importer la lettre',
    expired: `Il n’y a plus rien à présenter pour elle. Si elle n’a été ni refusée ni utilisée, votre profil a quitté le bassin${NBSP}: il faut un nouveau profil pour être invité de nouveau.`,
  },

  numbers: {
    label: 'Votre score par rapport au seuil',
    ircc: 'Score d’IRCC',
    checked: 'Revérifié',
    cutoff: 'Seuil',
    notRead: 'non lu',
    notKnown: 'inconnu',
    above: (p) => `${count(p.points, 'point', 'points')} au-dessus du seuil`,
    below: (p) => `${count(p.points, 'point', 'points')} sous le seuil`,
    equal: 'Exactement au seuil',
    fromRound: (p) =>
      `Seuil de la ronde ${p.number} du ${formatDate(p.date, 'fr')} (${roundLabel(p.name)}).`,
    typed: `Seuil${NBSP}: le score que vous avez saisi.`,
    pickRound: 'Choisir votre ronde',
    changed: `Vos renseignements modifient ces lignes du tableau d’IRCC${NBSP}:`,
    rowChange: (p) => `${p.row}${NBSP}: ${p.from} → ${p.to}`,
    unchanged: 'Vos renseignements ne modifient aucune ligne d’IRCC.',
  },

  time: {
    label: 'Temps restant pour présenter la demande',
    left: (p) =>
      p.days > 0
        ? `Il reste ${count(p.days, 'jour', 'jours')} et ${count(p.hours, 'heure', 'heures')}`
        : `Il reste ${count(p.hours, 'heure', 'heures')} et ${count(p.minutes, 'minute', 'minutes')}`,
    lastDay: (p) =>
      `Dernier jour${NBSP}: ${formatDateWithWeekday(p.day, 'fr')}, jusqu’à ${time(Date.parse(p.deadline), p.timeZone)}, heure locale`,
    utc: (p) => `Date limite d’IRCC${NBSP}: ${instant(p.deadline, 'UTC')} UTC`,
    estimated: `Estimée à 60${NBSP}jours après la date de l’invitation${NBSP}: la date limite n’était pas sur la page.`,
    passed: 'La date limite est passée.',
  },

  cutoffChoice: {
    heading: 'Le seuil de votre ronde',
    intro: (p) =>
      p.date === null
        ? 'ITA Ready n’a pas pu savoir quelle ronde vous a invité. Choisissez-la, ou saisissez son score le plus bas.'
        : `ITA Ready n’a pas pu savoir quelle ronde vous a invité le ${formatDate(p.date, 'fr')}. Choisissez-la, ou saisissez son score le plus bas.`,
    legend: (p) => `Rondes tenues le ${formatDate(p.date, 'fr')} ou juste avant`,
    none: 'ITA Ready ne connaît aucune ronde tenue à la date de votre invitation ou juste avant. Obtenez les dernières rondes d’IRCC, ou saisissez le seuil.',
    round: (p) =>
      `Ronde ${p.number}, ${formatDate(p.date, 'fr')}${NBSP}: ${roundLabel(p.name)}, seuil de ${number(p.cutoff)}`,
    use: 'Utiliser cette ronde',
    pickFirst: 'Choisissez d’abord une ronde.',
    typeLabel: 'Ou saisissez le seuil de votre ronde (son score le plus bas)',
    save: 'Enregistrer ce seuil',
    invalid: `Saisissez un nombre entier de 1 à ${number(1200)}.`,
    saved: 'Enregistré. Le verdict est en cours de mise à jour.',
    saveFailed: 'L’enregistrement a échoué. Réessayez, ou saisissez-le dans les options.',
    refresh: 'Obtenir les dernières rondes d’IRCC',
    refreshHelp: `Votre navigateur vous demande une fois la permission${NBSP}; ITA Ready télécharge ensuite la liste publique des rondes d’IRCC. Rien à votre sujet n’est envoyé.`,
    asking: 'Votre navigateur vous demande la permission…',
    refreshing: 'Téléchargement des rondes d’IRCC…',
  },

  missing: {
    heading: 'Renseignements attendus par les vérifications',
    progress: (p) =>
      `${number(p.done)} ${p.done < 2 ? 'vérification faite' : 'vérifications faites'} sur ${number(p.total)}`,
    intro: `Chaque renseignement saisi permet d’autres vérifications. D’ici là, le verdict ne peut pas être «\u202fPrêt à présenter\u202f».`,
    waiting: (p) =>
      p.checks < 2
        ? `${number(p.checks)}${NBSP}vérification l’attend`
        : `${number(p.checks)}${NBSP}vérifications l’attendent`,
    notOnPage: `Absent de la lettre${NBSP}:`,
  },

  claims: {
    intro:
      'Ce que le détail de votre invitation indique que votre profil a déclaré, lu selon la grille de points d’IRCC. Quand il permet plusieurs réponses, elles sont toutes indiquées.',
    or: 'ou',
  },

  cards: {
    heading: 'Autres constats',
  },

  read: {
    heading: 'Ce qui a été lu',
    invitedOn: (p) => `Invitation du ${formatDate(p.date, 'fr')}`,
    program: (p) => `Programme${NBSP}: ${PROGRAM_NAMES[p.program].fr}`,
    table: 'Tableau des points tel qu’IRCC l’indique',
    total: 'Total',
    notOnPage: 'absent de la page',
    notFound: `Introuvable sur la page${NBSP}:`,
    problems: `Incohérences${NBSP}:`,
    from: (p) =>
      p.source.startsWith('import:')
        ? `Importé de ${p.source.slice('import:'.length)} le ${instant(p.at, p.timeZone)}.`
        : `Lu dans votre compte IRCC le ${instant(p.at, p.timeZone)}.`,
    checkedAt: (p) => `Vérifié le ${instant(p.at, p.timeZone)}.`,
  },

  noLetter: {
    title: 'Pas encore de verdict',
    daysLeft: (p) => `Il reste ${count(p.days, 'jour', 'jours')} pour présenter la demande`,
    daysLeftNote:
      'Selon l’accueil de votre compte IRCC, pour une demande que vous n’avez pas encore présentée.',
    profileScore: 'Score SCG de votre profil',
    body: 'ITA Ready donne son verdict à partir de votre lettre d’invitation, qui indique le score avec lequel IRCC vous a invité et la date limite.',
  },

  rowName: (key) => CRS_ROW_NAMES[key].fr,
  roundLabel,
  /** A value the letter should have shown, in words. */
  pageField,
  field: FIELD_LABELS,
};
