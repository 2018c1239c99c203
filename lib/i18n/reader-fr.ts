// Ce que le lecteur a trouvé d’incohérent sur une page, en français (voir reader-en.ts). Typographie :
// espace insécable avant « : » et « ; », espaces fines insécables dans les guillemets.
import type { ReaderMessages } from './reader-en';

const NBSP = '\u00a0';
const THIN = '\u202f';
// En français, 0 et 1 sont au singulier.
const plural = (n: number | null, one: string, many: string) => (n !== null && n < 2 ? one : many);

export const readerFR: ReaderMessages = {
  quote: (text) => `«${THIN}${text}${THIN}»`,
  instant: (date, hours, minutes) =>
    `${date} à ${hours}${NBSP}h${minutes === 0 ? '' : `${NBSP}${String(minutes).padStart(2, '0')}`} (UTC)`,
  someField: 'l’une de ses valeurs',
  programs: {
    FSW: 'Programme des travailleurs qualifiés (fédéral) (TQF)',
    CEC: 'Catégorie de l’expérience canadienne (CEC)',
    FST: 'Programme des travailleurs de métiers spécialisés (fédéral) (TMSF)',
    PNP: 'Programme des candidats des provinces (PCP)',
  },
  problems: {
    'page-not-recognised': () =>
      `Cette page n’est ni une lettre d’invitation, ni un profil Entrée express, ni l’accueil du compte${NBSP}: aucun tableau de points, aucune formule d’invitation ni colonne «${THIN}Jours restants pour présenter la demande${THIN}» n’y a été trouvé.`,
    'page-too-deep': (p) =>
      p.num('depth')
        ? `Des parties de cette page sont imbriquées sur plus de ${p.num('depth')} niveaux et n’ont pas été lues.`
        : 'Des parties de cette page sont imbriquées trop profondément pour être lues.',
    'page-styles-unknown': () =>
      `Certains styles de cette page n’ont pas pu être appliqués ici (une feuille de style liée, ou une règle qui dépend de la fenêtre)${NBSP}: une copie cachée de certains nombres a peut-être été lue avec les nombres visibles. Ouvrez la page dans votre navigateur ou importez la lettre en PDF.`,
    'conflicting-values': (p) => {
      const shown = p.list('shown', 'num', 'and');
      const field = p.field ?? 'une valeur';
      return shown
        ? `La page indique ${shown} pour ${field}${NBSP}; aucune de ces valeurs n’est retenue.`
        : `La page indique plus d’un nombre pour ${field}${NBSP}; aucun n’est retenu.`;
    },
    'several-score-tables': () =>
      `La page montre plus d’un tableau de points, avec des nombres différents${NBSP}; le plus complet a été lu.`,
    'rows-do-not-add-up': (p) => {
      const rows = p.count('rows');
      const sum = p.num('sum');
      const total = p.num('total');
      if (rows === null || sum === null || total === null) {
        return 'Les lignes du détail ne donnent pas le total indiqué par la page.';
      }
      return rows === 16
        ? `Les 16 lignes totalisent ${sum} (plafonds des sections de la grille appliqués), mais la page indique un total de ${total}.`
        : `${rows < 2 ? 'La ligne lue totalise' : `Les ${p.num('rows')} lignes lues totalisent`} déjà ${sum}, plus que le total de ${total} indiqué par la page.`;
    },
    'unknown-row': (p) => {
      const label = p.text('label');
      const value = p.num('value');
      const row = label ? `${NBSP}: ${readerFR.quote(label)}` : '';
      const points = value ? `, ${value} ${plural(p.count('value'), 'point', 'points')}` : '';
      return `La page montre une ligne qu’ITA Ready ne connaît pas${row}${points}. Elle n’est comptée dans aucune autre ligne et le total est gardé tel que la page l’indique${NBSP}: vérifiez cette ligne dans les critères actuels du SCG d’IRCC.`;
    },
    'value-above-maximum': (p) => {
      const value = p.num('value');
      const max = p.num('max');
      const field = p.field ?? 'une ligne';
      return value && max
        ? `La page indique ${value} pour ${field}, plus que ce que la grille du SCG a jamais accordé (${max})${NBSP}; cette valeur n’est pas retenue.`
        : `La page indique pour ${field} plus que ce que la grille du SCG a jamais accordé${NBSP}; cette valeur n’est pas retenue.`;
    },
    'footnote-assumed': (p) => {
      const shown = p.num('shown');
      const read = p.num('read');
      const field = p.field ?? 'Une ligne';
      return shown && read
        ? `${field} indique ${shown}, plus que ce que permet la grille du SCG${NBSP}: la valeur est lue comme ${read} suivi d’un appel de note. Vérifiez-la sur la page.`
        : `${field} indique plus que ce que permet la grille du SCG${NBSP}: son dernier chiffre est lu comme un appel de note. Vérifiez-la sur la page.`;
    },
    'date-ambiguous': (p) => {
      const readings = p.list('readings', 'date', 'or');
      return readings
        ? `La date de la lettre peut se lire ${readings}${NBSP}; elle n’est pas retenue.`
        : `La date de la lettre peut se lire de deux façons${NBSP}; elle n’est pas retenue.`;
    },
    'program-conflict': (p) => {
      const programs = p.list('programs', 'program', 'and');
      return programs
        ? `L’invitation nomme plus d’un programme (${programs})${NBSP}; aucun n’est retenu.`
        : `L’invitation nomme plus d’un programme${NBSP}; aucun n’est retenu.`;
    },
    'deadline-conflict': (p) => {
      const deadlines = p.list('deadlines', 'instant', 'and');
      return deadlines
        ? `La page donne plus d’une date limite (${deadlines})${NBSP}; aucune n’est retenue.`
        : `La page donne plus d’une date limite${NBSP}; aucune n’est retenue.`;
    },
    'deadline-ambiguous': (p) => {
      const readings = p.list('readings', 'date', 'or') ?? 'deux dates';
      const letter = p.date('letter');
      if (letter === null) {
        return `La date limite peut se lire ${readings}, et la page n’a pas de date de lettre pour trancher.`;
      }
      const which = p.count('fitting') === 0 ? 'aucune des deux ne tombe' : 'les deux tombent';
      return `La date limite peut se lire ${readings}${NBSP}; ${which} 60${NBSP}jours après la date de la lettre, le ${letter}${NBSP}: elle n’est pas retenue.`;
    },
    'deadline-not-60-days': (p) => {
      const deadline = p.instant('deadline');
      const letter = p.date('letter');
      const days = p.count('days');
      const expected = p.instant('expected');
      if (deadline === null || letter === null || days === null || expected === null) {
        return `La date limite ne tombe pas 60${NBSP}jours après la date de la lettre${NBSP}; une invitation est valide 60${NBSP}jours.`;
      }
      return `La date limite, le ${deadline}, tombe ${p.num('days')}${NBSP}${plural(days, 'jour', 'jours')} après la date de la lettre, le ${letter}${NBSP}; une invitation est valide 60${NBSP}jours (date attendue${NBSP}: ${expected}).`;
    },
    'days-left-ambiguous': (p) => {
      const shown = p.list('shown', 'num', 'and');
      return shown
        ? `Plusieurs demandes affichent des jours restants (${shown})${NBSP}; aucune valeur n’est retenue.`
        : `Plusieurs demandes affichent des jours restants${NBSP}; aucune valeur n’est retenue.`;
    },
  },
};
