// The planner's words (popup block, options "What if" section, `ita-ready plan`). plan-fr.ts must
// provide every key (`PlanMessages`). Sentences that carry numbers are built as parts, so each view
// can put every number in its own element (`Parts<T>`), and the command line joins strings.
import type { Against } from '../plan/summary';
import type {
  ChangeId,
  ClaimId,
  GainReason,
  OfficialLanguage,
  PlainValue,
  PlanBlock,
} from '../plan/types';
import { rowNamesIn } from '../crs/row-names';
import { optionsEn } from './options-en';

/** A sentence with values slotted in between its words. */
export type Parts<T> = (string | T)[];

const points = (n: number) => (n === 1 ? 'point' : 'points');
const years = (n: number) => (n === 1 ? 'year' : 'years');
const LANGUAGE: Record<OfficialLanguage, string> = { english: 'English', french: 'French' };
const LEVEL: Record<OfficialLanguage, string> = { english: 'CLB', french: 'NCLC' };
const levelName = (language?: OfficialLanguage) => (language ? LEVEL[language] : 'CLB/NCLC');
const list = (items: readonly string[]) =>
  new Intl.ListFormat('en-CA', { type: 'conjunction' }).format(items);

const CONDITION: Record<ClaimId, (language?: OfficialLanguage) => string> = {
  'canadian-work': () => 'If one year of your Canadian work does not count',
  'foreign-work': () => 'If one year of your foreign work does not count',
  education: () => 'If your education counts one level lower',
  'first-language': (l) =>
    `If your lowest ${l ? LANGUAGE[l] : 'first language'} ability counts one level lower`,
  'second-language': (l) =>
    `If your lowest ${l ? LANGUAGE[l] : 'second language'} ability counts one level lower`,
  'spouse-education': () => 'If your spouse’s or partner’s education counts one level lower',
  'spouse-language': () =>
    'If your spouse’s or partner’s lowest language ability counts one level lower',
  'spouse-canadian-work': () =>
    'If one year of your spouse’s or partner’s Canadian work does not count',
  certificate: () => 'If your certificate of qualification does not count',
  french: () => 'If the French points (NCLC 7 or more in all four abilities) do not count',
  sibling: () => 'If your brother or sister in Canada does not count',
  'canadian-education': () => 'If your Canadian education does not count',
  nomination: () => 'If your provincial nomination does not count',
};

/** Claims and changes whose level is a CLB/NCLC level (the other numbers are years). */
const LEVELS: ReadonlySet<ClaimId | ChangeId> = new Set([
  'first-language',
  'second-language',
  'spouse-language',
  'first-language-retake',
  'french-test',
  'spouse-language-test',
]);

/** Education levels (the candidate's, the spouse's, Canadian study) in the options page's words. */
const EDUCATION: Record<string, string> = {
  ...optionsEn.educationLevels,
  ...optionsEn.canadianEducation.options,
};

const REASON: Record<GainReason, string> = {
  test: 'as soon as you have the results',
  eca: 'once the ECA is issued',
  nomination: 'if a province nominates you',
};

export const planEn = {
  summaryHeading: 'Your margin',
  whatIfHeading: 'What if',
  whatIfIntro:
    'What your corrected score rests on, what would raise it, and what declining today would mean. Each line changes one thing; everything else keeps the corrected numbers.',
  blocked: {
    'no-invitation-date':
      'The date of the invitation was not read, so which CRS grid applies is not known: nothing can be worked out.',
    'no-grid':
      'The invitation is older than the oldest CRS grid ITA Ready knows (November 19, 2016): nothing can be worked out.',
    'score-unknown': 'Your corrected score is not known, so nothing can be worked out from it.',
    'rows-missing':
      'Not every row of IRCC’s breakdown was read, so a change to one row cannot be worked out.',
  } satisfies Record<PlanBlock, string>,

  scoreAgainst: <T>(p: { score: T; cutoff: T }): Parts<T> => [
    'Corrected score ',
    p.score,
    ', cut-off ',
    p.cutoff,
    '.',
  ],
  margin: <T>(p: { margin: number; shown: T }): Parts<T> =>
    p.margin === 0
      ? ['Exactly at the cut-off']
      : [p.shown, ` ${points(Math.abs(p.margin))} ${p.margin > 0 ? 'above' : 'below'} the cut-off`],
  marginUnknown: 'The cut-off is not known, so the margin cannot be worked out.',

  stakesHeading: 'What is at stake',
  stakesNone: 'No claim of yours can drop a level with the facts entered.',
  stake: <T>(p: {
    claim: ClaimId;
    language?: OfficialLanguage;
    score: T;
    cutoff: T;
    against: Against;
  }): Parts<T> => [
    CONDITION[p.claim](p.language),
    ', your score is ',
    p.score,
    ...(p.against === 'below'
      ? [', below ', p.cutoff]
      : p.against === 'at'
        ? [', exactly the cut-off of ', p.cutoff]
        : p.against === 'above'
          ? [', still above ', p.cutoff]
          : []),
    '.',
  ],
  stakeColumns: {
    claim: 'Claim',
    now: 'Now',
    lower: 'One level lower',
    score: 'Score',
    against: 'Against the cut-off',
  },
  against: { below: 'Below the cut-off', at: 'At the cut-off', above: 'Still above' },

  gainsHeading: 'What would raise your score',
  gainsNone: 'No change found that adds points with the facts entered.',
  /** The change in words; `level` is the years or CLB/NCLC level reached, shown as the view likes. */
  change: <T>(p: {
    change: ChangeId;
    to: PlainValue;
    level: T;
    language?: OfficialLanguage;
  }): Parts<T> => {
    const n = typeof p.to === 'number' ? p.to : 0;
    switch (p.change) {
      case 'canadian-work-next-year':
        return ['Reach ', p.level, ` ${years(n)} of Canadian work`];
      case 'foreign-work-next-year':
        return ['Reach ', p.level, ` ${years(n)} of foreign work`];
      case 'first-language-retake':
        return [
          `Retake your ${p.language ? LANGUAGE[p.language] : 'language'} test and reach ${levelName(p.language)} `,
          p.level,
          ' in every ability',
        ];
      case 'french-test':
        return ['Take a French test and reach NCLC ', p.level, ' in all four abilities'];
      case 'spouse-language-test':
        return [
          `Your spouse or partner reaches ${levelName(p.language)} `,
          p.level,
          ' in every ability on a language test',
        ];
      case 'second-credential':
        return ['Get an ECA for a second credential (two or more, one of three years or more)'];
      case 'nomination':
        return ['Get a provincial nomination'];
    }
  },
  gain: <T>(p: {
    change: Parts<T>;
    gain: T;
    points: number;
    score: T;
    earliest: T | null;
    reason?: GainReason;
  }): Parts<T> => [
    ...p.change,
    ': +',
    p.gain,
    ` ${points(p.points)} (score `,
    p.score,
    '), ',
    ...(p.earliest !== null
      ? ['earliest ', p.earliest]
      : [p.reason ? REASON[p.reason] : 'when you make it happen']),
    '.',
  ],
  gainColumns: { change: 'Change', gain: 'Points', score: 'New score', when: 'Earliest' },
  reason: REASON,

  declinedHeading: 'If you decline today',
  declinedScore: <T>(p: { score: T; date: T }): Parts<T> => [
    'Back in the pool on ',
    p.date,
    ', your score would be ',
    p.score,
    '.',
  ],
  declinedUnknown:
    'Your score back in the pool cannot be worked out until the facts listed below are entered.',
  declinedBirthday:
    'A birthday since your invitation lowers your age points: age is fixed only while an invitation is open.',
  declinedChanges: 'What would differ from your corrected score:',
  declinedRow: <T>(p: { row: string; from: T; to: T }): Parts<T> => [
    `${p.row}: `,
    p.from,
    ' → ',
    p.to,
  ],
  expired: <T>(p: {
    person: 'candidate' | 'spouse';
    language: OfficialLanguage;
    date: T;
  }): Parts<T> => [
    `${p.person === 'candidate' ? 'Your' : 'Your spouse’s or partner’s'} ${LANGUAGE[p.language]} test result counts nothing from `,
    p.date,
    ': a new test gets those points back.',
  ],
  recentHeading: 'Recent rounds of the same kind',
  recentRange: <T>(p: { count: T; n: number; lowest: T; highest: T }): Parts<T> =>
    p.n === 1
      ? ['The cut-off of the last round of this kind was ', p.lowest, '.']
      : [
          'The cut-offs of the last ',
          p.count,
          ' rounds of this kind ranged from ',
          p.lowest,
          ' to ',
          p.highest,
          '.',
        ],
  recentMet: <T>(p: { met: T; count: T; n: number }): Parts<T> => [
    'Your score back in the pool would have reached ',
    p.met,
    ` of ${p.n === 1 ? 'this' : 'these'} `,
    p.count,
    ` ${p.n === 1 ? 'cut-off' : 'cut-offs'}.`,
  ],
  recentNone: 'No past round of the same program or category is known.',
  recentColumns: { date: 'Date', round: 'Round', cutoff: 'Cut-off' },

  needsHeading: 'To work out more',
  needsIntro: 'Enter these facts to see the rest:',
  needsShort: (p: { facts: string[] }) => `To see every what-if, enter ${list(p.facts)}.`,
  need: <T>(p: { fact: T; items: string[] }): Parts<T> => [p.fact, `: for ${list(p.items)}`],
  claimLabel: {
    'canadian-work': 'Canadian work experience',
    'foreign-work': 'Foreign work experience',
    education: 'Level of education',
    'first-language': 'First official language (lowest ability)',
    'second-language': 'Second official language (lowest ability)',
    'spouse-education': 'Spouse’s or partner’s education',
    'spouse-language': 'Spouse’s or partner’s language (lowest ability)',
    'spouse-canadian-work': 'Spouse’s or partner’s Canadian work',
    certificate: 'Certificate of qualification',
    french: 'French points (NCLC 7 or more)',
    sibling: 'Brother or sister in Canada',
    'canadian-education': 'Canadian education',
    nomination: 'Provincial nomination',
  } satisfies Record<ClaimId, string>,
  claimName: {
    'canadian-work': 'your Canadian work',
    'foreign-work': 'your foreign work',
    education: 'your education',
    'first-language': 'your first official language',
    'second-language': 'your second official language',
    'spouse-education': 'your spouse’s education',
    'spouse-language': 'your spouse’s language',
    'spouse-canadian-work': 'your spouse’s Canadian work',
    certificate: 'your certificate of qualification',
    french: 'your French points',
    sibling: 'your sibling in Canada',
    'canadian-education': 'your Canadian education',
    nomination: 'your nomination',
  } satisfies Record<ClaimId, string>,
  changeName: {
    'canadian-work-next-year': 'another year of Canadian work',
    'foreign-work-next-year': 'another year of foreign work',
    'first-language-retake': 'a language retake',
    'french-test': 'a French test',
    'spouse-language-test': 'your spouse’s test',
    'second-credential': 'a second credential',
    nomination: 'a nomination',
  } satisfies Record<ChangeId, string>,
  declinedName: 'declining today',

  /** A claim's or a change's level in words: years, CLB/NCLC, an education level, yes or no. */
  value: (p: {
    of: ClaimId | ChangeId;
    value: PlainValue;
    language?: OfficialLanguage;
  }): string => {
    const { value } = p;
    if (typeof value === 'boolean') return value ? 'Yes' : 'No';
    if (typeof value === 'string') return EDUCATION[value] ?? value;
    return LEVELS.has(p.of) ? `${levelName(p.language)} ${value}` : `${value} ${years(value)}`;
  },
  row: rowNamesIn('en'),
};

export type PlanMessages = typeof planEn;
