// Les mots du planificateur (voir plan-en.ts) : mêmes clés, typographie française (espace insécable
// avant le deux-points, espace fine insécable avant ; ! ? et dans les guillemets).
import type { ChangeId, ClaimId, OfficialLanguage } from '../plan/types';
import { rowNamesIn } from '../crs/row-names';
import { optionsFr } from './options-fr';
import type { PlanMessages } from './plan-en';

const NBSP = '\u00a0';
const points = (n: number) => (Math.abs(n) < 2 ? 'point' : 'points');
const years = (n: number) => (Math.abs(n) < 2 ? 'an' : 'ans');
const LANGUAGE: Record<OfficialLanguage, string> = { english: 'anglais', french: 'français' };
const OF_LANGUAGE: Record<OfficialLanguage, string> = {
  english: 'd’anglais',
  french: 'de français',
};
const LEVEL: Record<OfficialLanguage, string> = { english: 'CLB', french: 'NCLC' };
const levelName = (language?: OfficialLanguage) => (language ? LEVEL[language] : 'CLB/NCLC');
const list = (items: readonly string[]) =>
  new Intl.ListFormat('fr-CA', { type: 'conjunction' }).format(items);

const CONDITION: Record<ClaimId, (language?: OfficialLanguage) => string> = {
  'canadian-work': () => 'Si une année de votre expérience de travail au Canada ne compte pas',
  'foreign-work': () => 'Si une année de votre expérience de travail à l’étranger ne compte pas',
  education: () => 'Si vos études comptent un niveau plus bas',
  'first-language': (l) =>
    `Si votre plus faible compétence ${l ? `en ${LANGUAGE[l]}` : 'dans votre première langue officielle'} compte un niveau plus bas`,
  'second-language': (l) =>
    `Si votre plus faible compétence ${l ? `en ${LANGUAGE[l]}` : 'dans votre deuxième langue officielle'} compte un niveau plus bas`,
  'spouse-education': () =>
    'Si les études de votre époux ou conjoint de fait comptent un niveau plus bas',
  'spouse-language': () =>
    'Si la plus faible compétence linguistique de votre époux ou conjoint de fait compte un niveau plus bas',
  'spouse-canadian-work': () =>
    'Si une année de l’expérience de travail au Canada de votre époux ou conjoint de fait ne compte pas',
  certificate: () => 'Si votre certificat de qualification ne compte pas',
  french: () =>
    'Si les points pour le français (NCLC 7 ou plus dans les quatre compétences) ne comptent pas',
  sibling: () => 'Si votre frère ou sœur au Canada ne compte pas',
  'canadian-education': () => 'Si vos études au Canada ne comptent pas',
  nomination: () => 'Si votre désignation provinciale ne compte pas',
};

const LEVELS: ReadonlySet<ClaimId | ChangeId> = new Set([
  'first-language',
  'second-language',
  'spouse-language',
  'first-language-retake',
  'french-test',
  'spouse-language-test',
]);

const EDUCATION: Record<string, string> = {
  ...optionsFr.educationLevels,
  ...optionsFr.canadianEducation.options,
};

const REASON: PlanMessages['reason'] = {
  test: 'dès que vous avez les résultats',
  eca: 'dès que l’EDE est délivrée',
  nomination: 'si une province vous désigne',
};

export const planFr: PlanMessages = {
  summaryHeading: 'Votre marge',
  whatIfHeading: 'Et si…',
  whatIfIntro: `Ce sur quoi repose votre score corrigé, ce qui le ferait monter et ce que signifierait refuser aujourd’hui. Chaque ligne change une seule chose\u202f; tout le reste garde les chiffres corrigés.`,
  blocked: {
    'no-invitation-date': `La date de l’invitation n’a pas été lue${NBSP}: on ne sait pas quelle grille du SCG s’applique, rien ne peut être calculé.`,
    'no-grid': `L’invitation est antérieure à la plus ancienne grille du SCG que connaît ITA Ready (19 novembre 2016)${NBSP}: rien ne peut être calculé.`,
    'score-unknown': `Votre score corrigé est inconnu${NBSP}: rien ne peut être calculé à partir de lui.`,
    'rows-missing': `Toutes les lignes du détail d’IRCC n’ont pas été lues${NBSP}: l’effet d’un changement sur une ligne ne peut pas être calculé.`,
  },

  scoreAgainst: (p) => ['Score corrigé ', p.score, ', seuil ', p.cutoff, '.'],
  margin: (p) =>
    p.margin === 0
      ? ['Exactement au seuil']
      : [p.shown, ` ${points(p.margin)} ${p.margin > 0 ? 'au-dessus du' : 'sous le'} seuil`],
  marginUnknown: `Le seuil est inconnu${NBSP}: la marge ne peut pas être calculée.`,

  stakesHeading: 'Ce qui est en jeu',
  stakesNone: 'Aucune de vos déclarations ne peut baisser d’un niveau avec les faits saisis.',
  stake: (p) => [
    CONDITION[p.claim](p.language),
    ', votre score est de ',
    p.score,
    ...(p.against === 'below'
      ? [', sous ', p.cutoff]
      : p.against === 'at'
        ? [', exactement le seuil de ', p.cutoff]
        : p.against === 'above'
          ? [', toujours au-dessus de ', p.cutoff]
          : []),
    '.',
  ],
  stakeColumns: {
    claim: 'Déclaration',
    now: 'Maintenant',
    lower: 'Un niveau plus bas',
    score: 'Score',
    against: 'Par rapport au seuil',
  },
  against: { below: 'Sous le seuil', at: 'Au seuil', above: 'Toujours au-dessus' },

  gainsHeading: 'Ce qui ferait monter votre score',
  gainsNone: 'Aucun changement trouvé qui ajoute des points avec les faits saisis.',
  change: (p) => {
    const n = typeof p.to === 'number' ? p.to : 0;
    switch (p.change) {
      case 'canadian-work-next-year':
        return ['Atteindre ', p.level, ` ${years(n)} d’expérience de travail au Canada`];
      case 'foreign-work-next-year':
        return ['Atteindre ', p.level, ` ${years(n)} d’expérience de travail à l’étranger`];
      case 'first-language-retake':
        return [
          `Repasser votre test ${p.language ? OF_LANGUAGE[p.language] : 'de langue'} et atteindre ${levelName(p.language)} `,
          p.level,
          ' dans chaque compétence',
        ];
      case 'french-test':
        return [
          'Passer un test de français et atteindre NCLC ',
          p.level,
          ' dans les quatre compétences',
        ];
      case 'spouse-language-test':
        return [
          `Votre époux ou conjoint de fait atteint ${levelName(p.language)} `,
          p.level,
          ' dans chaque compétence à un test de langue',
        ];
      case 'second-credential':
        return [
          'Obtenir une EDE pour un deuxième diplôme (deux ou plus, dont un de trois ans ou plus)',
        ];
      case 'nomination':
        return ['Obtenir une désignation provinciale'];
    }
  },
  gain: (p) => [
    ...p.change,
    `${NBSP}: +`,
    p.gain,
    ` ${points(p.points)} (score de `,
    p.score,
    '), ',
    ...(p.earliest !== null
      ? ['au plus tôt le ', p.earliest]
      : [p.reason ? REASON[p.reason] : 'quand vous le ferez']),
    '.',
  ],
  gainColumns: {
    change: 'Changement',
    gain: 'Points',
    score: 'Nouveau score',
    when: 'Au plus tôt',
  },
  reason: REASON,

  declinedHeading: 'Si vous refusez aujourd’hui',
  declinedScore: (p) => [
    'De retour dans le bassin le ',
    p.date,
    ', votre score serait de ',
    p.score,
    '.',
  ],
  declinedUnknown:
    'Votre score de retour dans le bassin ne peut pas être calculé tant que les faits indiqués plus bas ne sont pas saisis.',
  declinedBirthday: `Un anniversaire depuis votre invitation baisse vos points d’âge${NBSP}: l’âge n’est fixé que tant qu’une invitation est ouverte.`,
  declinedChanges: `Ce qui changerait par rapport à votre score corrigé${NBSP}:`,
  declinedRow: (p) => [`${p.row}${NBSP}: `, p.from, ' → ', p.to],
  expired: (p) => [
    `${p.person === 'candidate' ? 'Votre résultat' : 'Le résultat de votre époux ou conjoint de fait'} au test ${OF_LANGUAGE[p.language]} ne compte plus à partir du `,
    p.date,
    `${NBSP}: un nouveau test vous rend ces points.`,
  ],
  recentHeading: 'Rondes récentes du même type',
  recentRange: (p) =>
    p.n === 1
      ? ['Le seuil de la dernière ronde de ce type était de ', p.lowest, '.']
      : [
          'Les seuils des ',
          p.count,
          ' dernières rondes de ce type allaient de ',
          p.lowest,
          ' à ',
          p.highest,
          '.',
        ],
  recentMet: (p) => [
    'Votre score de retour dans le bassin aurait atteint ',
    p.met,
    ` ${p.n === 1 ? 'de ce' : 'de ces'} `,
    p.count,
    ` ${p.n === 1 ? 'seuil' : 'seuils'}.`,
  ],
  recentNone: 'Aucune ronde passée du même programme ou de la même catégorie n’est connue.',
  recentColumns: { date: 'Date', round: 'Ronde', cutoff: 'Seuil' },

  needsHeading: 'Pour en savoir plus',
  needsIntro: `Saisissez ces faits pour voir le reste${NBSP}:`,
  needsShort: (p) => `Pour voir tous les scénarios, saisissez ${list(p.facts)}.`,
  need: (p) => [p.fact, `${NBSP}: pour ${list(p.items)}`],
  claimLabel: {
    'canadian-work': 'Expérience de travail au Canada',
    'foreign-work': 'Expérience de travail à l’étranger',
    education: 'Niveau de scolarité',
    'first-language': 'Première langue officielle (plus faible compétence)',
    'second-language': 'Deuxième langue officielle (plus faible compétence)',
    'spouse-education': 'Études de l’époux ou du conjoint',
    'spouse-language': 'Langue de l’époux ou du conjoint (plus faible compétence)',
    'spouse-canadian-work': 'Expérience au Canada de l’époux ou du conjoint',
    certificate: 'Certificat de qualification',
    french: 'Points pour le français (NCLC 7 ou plus)',
    sibling: 'Frère ou sœur au Canada',
    'canadian-education': 'Études au Canada',
    nomination: 'Désignation provinciale',
  },
  claimName: {
    'canadian-work': 'votre expérience de travail au Canada',
    'foreign-work': 'votre expérience de travail à l’étranger',
    education: 'vos études',
    'first-language': 'votre première langue officielle',
    'second-language': 'votre deuxième langue officielle',
    'spouse-education': 'les études de votre époux ou conjoint',
    'spouse-language': 'la langue de votre époux ou conjoint',
    'spouse-canadian-work': 'l’expérience au Canada de votre époux ou conjoint',
    certificate: 'votre certificat de qualification',
    french: 'vos points pour le français',
    sibling: 'votre frère ou sœur au Canada',
    'canadian-education': 'vos études au Canada',
    nomination: 'votre désignation',
  },
  changeName: {
    'canadian-work-next-year': 'une autre année de travail au Canada',
    'foreign-work-next-year': 'une autre année de travail à l’étranger',
    'first-language-retake': 'un nouveau test de langue',
    'french-test': 'un test de français',
    'spouse-language-test': 'le test de votre époux ou conjoint',
    'second-credential': 'un deuxième diplôme',
    nomination: 'une désignation',
  },
  declinedName: 'refuser aujourd’hui',

  value: (p) => {
    const { value } = p;
    if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
    if (typeof value === 'string') return EDUCATION[value] ?? value;
    return LEVELS.has(p.of) ? `${levelName(p.language)} ${value}` : `${value} ${years(value)}`;
  },
  row: rowNamesIn('fr'),
};
