// Les mots de l’arrière-plan (voir background-en.ts). Typographie française : espace insécable
// (\u00a0) avant « : », espace fine insécable (\u202f) avant « ; ! ? » et dans les guillemets.
import { formatDate, formatDateTime } from '../dates';
import type { RoundField, RoundsProblem } from '../rounds/problems';
import type { BackgroundMessages } from './background-en';

const number = (value: number) => new Intl.NumberFormat('fr-CA').format(value);
/** En français, 0 et 1 sont au singulier. */
const plural = (count: number, one: string, many: string) => (count < 2 ? one : many);
const days = (count: number) => `${number(count)} ${plural(count, 'jour', 'jours')}`;
const date = (iso: string) => formatDate(iso, 'fr');
const instant = (iso: string, timeZone: string) => formatDateTime(Date.parse(iso), 'fr', timeZone);
const size = (kb: number) => (kb >= 1024 ? `${number(kb / 1024)} Mo` : `${number(kb)} ko`);
const NOT_USED = '\u00a0: le téléchargement n’a pas été utilisé.';

const FIELD: Record<RoundField, string> = {
  number: 'numéro de ronde',
  date: 'date',
  cutoff: 'score le plus bas',
  size: 'nombre d’invitations',
};

function roundsProblem(problem: RoundsProblem): string {
  switch (problem.code) {
    case 'permission':
      return 'ITA Ready n’a pas encore la permission de lire le flux des rondes d’IRCC\u00a0: acceptez-la quand votre navigateur la demande, puis réessayez.';
    case 'network':
      return 'Le flux des rondes d’IRCC est injoignable (pas de connexion, ou le site n’a pas répondu).';
    case 'timeout':
      return `Le flux des rondes d’IRCC n’a pas répondu en ${number(problem.seconds)} secondes.`;
    case 'http':
      return `Le flux des rondes d’IRCC a répondu par une erreur (HTTP ${problem.status}).`;
    case 'too-large':
      return `Le flux des rondes d’IRCC a envoyé plus de ${size(problem.limitKb)}, bien plus que le vrai flux\u00a0: il n’a pas été utilisé.`;
    case 'web-page':
      return 'Le flux d’IRCC a répondu par une page Web au lieu de données.';
    case 'not-json':
      return 'Le flux d’IRCC a répondu par autre chose que les données que lit ITA Ready.';
    case 'no-rounds':
      return 'Le flux d’IRCC a répondu sans aucune ronde.';
    case 'too-many':
      return `Le flux d’IRCC compte ${number(problem.count)} rondes, plus que les ${number(problem.max)} qu’IRCC aurait pu tenir\u00a0: il n’a pas été utilisé.`;
    case 'bad-value': {
      const which =
        problem.round === null
          ? `la ${problem.position === 1 ? '1re' : `${number(problem.position)}e`} ronde`
          : `la ronde ${problem.round}`;
      return `Dans le flux d’IRCC, ${which} a «\u202f${problem.value}\u202f» comme ${FIELD[problem.field]}${NOT_USED}`;
    }
    case 'cutoff-out-of-range':
      return `Dans le flux d’IRCC, la ronde ${problem.round} a ${number(problem.cutoff)} comme score le plus bas, hors de ce qu’une ronde a jamais eu (de ${number(problem.min)} à ${number(problem.max)})${NOT_USED}`;
    case 'date-out-of-range':
      return problem.date > problem.latest
        ? `Dans le flux d’IRCC, la ronde ${problem.round} est datée du ${date(problem.date)}, après le jour du téléchargement (${date(problem.latest)})${NOT_USED}`
        : `Dans le flux d’IRCC, la ronde ${problem.round} est datée du ${date(problem.date)}, avant le début d’Entrée express (${date(problem.earliest)})${NOT_USED}`;
    case 'duplicate':
      return `Le flux d’IRCC indique deux fois la ronde ${problem.round}${NOT_USED}`;
  }
}

export const backgroundFR: BackgroundMessages = {
  badgeTitle: {
    none: 'ITA Ready',
    decline: 'ITA Ready\u00a0: refuser — ouvrez pour voir pourquoi',
    review: 'ITA Ready\u00a0: à vérifier avant d’accepter',
    ready: 'ITA Ready\u00a0: prêt à présenter la demande',
    failed: 'ITA Ready\u00a0: impossible de vérifier votre invitation — ouvrez pour voir pourquoi',
  },
  reminder: {
    deadlineTitle: (p) =>
      `Il reste ${days(p.days)} pour présenter votre demande de résidence permanente`,
    deadlineBody: (p) =>
      `Date limite d’IRCC\u00a0: ${instant(p.deadline, p.timeZone)}, heure locale (${instant(p.deadline, 'UTC')} UTC). Aucune prolongation n’est possible.`,
    expiryTitle: (p) =>
      `Votre ${p.what === 'eca' ? 'évaluation des diplômes d’études (EDE)' : 'résultat de test de langue'} cesse d’être valide dans ${days(p.days)}`,
    expiryBody: (p) =>
      `Ce document n’est plus valide à partir du ${date(p.date)}. Vérifiez que votre demande peut être présentée avant cette date.`,
  },
  rounds: {
    problem: roundsProblem,
    kept: (p) =>
      `ITA Ready continue d’utiliser les rondes qu’il a déjà (jusqu’au ${date(p.through)}).`,
    updated: (p) =>
      `Flux d’IRCC lu\u00a0: ${number(p.received)} ${plural(p.received, 'ronde', 'rondes')}, ${p.added === 0 ? 'aucune nouvelle' : `${number(p.added)} ${plural(p.added, 'nouvelle', 'nouvelles')}`}\u202f; la plus récente est du ${date(p.newest)}.`,
    bundled: (p) => `Rondes jusqu’au ${date(p.through)}, telles que fournies avec ITA Ready.`,
    downloaded: (p) =>
      `Rondes téléchargées d’IRCC pour la dernière fois le ${instant(p.at, p.timeZone)}.`,
  },
};
