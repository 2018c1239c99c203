// English text of the options page. options-fr.ts must provide every key (`typeof optionsEn`).
import { formatDate } from '../dates';
import { FACT_NAMES, FACT_PATHS, type EducationLevel, type FactPath, type Person } from '../facts';
import type { ImportProblem, ImportRefusal } from '../schema/export-file';
import type { WordedClaim } from '../claims/types';
import type { RoundCategory } from '../forms/categories';
import type { FieldError } from '../forms/errors';
import type { NotCounted } from '../forms/preview';

/** How a claim's values read (lib/claims/render.ts turns claims into these). */
export type ClaimWords =
  | { kind: 'spouse'; value: boolean }
  | { kind: 'age'; from: number; to: number | null }
  | { kind: 'years'; from: number; to: number | null }
  | { kind: 'yes-no'; value: boolean }
  | { kind: 'language'; first: 'english' | 'french' }
  | {
      kind: 'levels';
      scale: 'CLB' | 'NCLC' | 'CLB/NCLC';
      groups: { count: number; from: number; to: number }[];
    }
  | { kind: 'no-points-language' };

const levelEn = (from: number, to: number): string =>
  to >= 12
    ? `${from} or more`
    : from === 0
      ? `${to} or less`
      : from === to
        ? `${from}`
        : to === from + 1
          ? `${from} or ${to}`
          : `${from} to ${to}`;

const abilitiesEn = (count: number): string =>
  count === 4
    ? 'in all four abilities'
    : count === 1
      ? 'in one ability'
      : `in ${count === 2 ? 'two' : 'three'} abilities`;

export const optionsEn = {
  pageTitle: 'ITA Ready – your facts',
  heading: 'Your facts',
  intro:
    'ITA Ready checks what IRCC invited you on against these facts. Every field is optional: fill in what you know, and any check that needs a missing fact will ask for it. Everything is saved as you type and stays in this browser.',
  contents: 'On this page',
  notAnswered: 'Not answered',
  yes: 'Yes',
  no: 'No',
  saved: 'All changes saved.',
  saving: 'Saving…',
  notSaved: (p: { count: number }) =>
    `Not saved yet: ${p.count === 1 ? '1 field needs' : `${p.count} fields need`} fixing. Until then ${p.count === 1 ? 'it keeps its' : 'each keeps its'} last saved value, and what you typed stays here.`,
  firstQuestion: (p: { count: number }) => `Go to the first unanswered question (${p.count} left)`,
  allAnswered: 'Every question that applies is answered.',
  enterHint: 'Press Enter in a field to go to the next unanswered question.',
  announceError: (p: { label: string; message: string }) => `${p.label}: ${p.message}`,
  /** A field named within its group: "Work period 2: Start date". */
  labelIn: (p: { group: string; field: string }) => `${p.group}: ${p.field}`,
  dateHint: 'For example 2022-05-10, 20220510 or May 10, 2022.',
  dateRead: (p: { date: string }) => `That is ${p.date}.`,
  tooLong: (p: { max: number }) => `Only the first ${p.max} characters are kept.`,
  fromLetterMark: 'from your letter',
  familySizeCounted: (p: { size: number }) =>
    `Counted from your answers above: ${p.size}. Type a number only if that is not right.`,
  fundsNotNeeded:
    'Your letter invites you under the Canadian Experience Class: proof of funds is not needed, so it is not asked.',
  nominationNone:
    'Your letter counts no provincial nomination: there is nothing to check here unless that changed.',
  nominationClaimed: 'Your letter counts 600 points for a nomination: say whether it still holds.',
  claimedHere: 'Your letter counts',
  jobDetails: 'Unpaid, self-employed or while studying full time?',
  person: {
    label: 'Whose certificate',
    hint: 'Your spouse or partner needs certificates too.',
    options: { candidate: 'Yours', spouse: 'Your spouse’s or partner’s' } satisfies Record<
      Person,
      string
    >,
  },
  teerOptions: {
    '0': '0 – management jobs',
    '1': '1 – usually a university degree',
    '2': '2 – college diploma or apprenticeship of 2 years or more, or supervisor',
    '3': '3 – college diploma or apprenticeship under 2 years, or 6 months of training on the job',
    '4': '4 – high school diploma or weeks of training on the job',
    '5': '5 – short demonstration on the job, no formal education',
  },
  saveFailed: (p: { reason: string }) => `Could not save: ${p.reason}`,
  errorPrefix: 'Fix:',

  section: {
    family: 'You and your family',
    languageTests: 'Language tests',
    education: 'Education',
    work: 'Work experience',
    nomination: 'Provincial nomination',
    funds: 'Proof of funds',
    policeCertificates: 'Police certificates',
    round: 'Your round and plans',
    letter: 'Import your ITA letter',
    data: 'Your data',
    settings: 'Settings',
  },

  dateOfBirth: {
    label: 'Date of birth',
    hint: 'Your age counts as it was on the day of the invitation.',
  },
  spouse: {
    label: 'Spouse or common-law partner',
    hint: 'Decides whether you are scored as single or with a partner.',
    options: {
      none: 'No spouse or partner',
      accompanying: 'Yes, coming with me to Canada',
      'not-accompanying': 'Yes, not coming to Canada',
      canadian: 'Yes, a Canadian citizen or permanent resident',
    },
  },
  changedSinceProfile: {
    label: 'Has your family changed since you submitted your profile?',
    hint: 'A marriage, a separation or divorce, a new child.',
  },
  familySize: {
    label: 'Family size',
    hint: 'You, your spouse or partner and your dependent children, even those not coming. It sets the funds you must show.',
  },
  familyChildren: {
    label: 'Dependent children',
    hint: 'Yours and your spouse’s or partner’s, coming or not. Each needs a birth certificate in the application.',
  },
  spouseEducation: {
    label: 'Spouse’s or partner’s highest education',
    hint: 'Only counts when they come with you to Canada.',
  },
  spouseCanadianWorkYears: {
    label: 'Spouse’s or partner’s years of Canadian work',
    hint: 'Whole years of skilled work in Canada in the last 10 years.',
  },
  siblingInCanada: {
    label: 'Brother or sister in Canada',
    hint: 'Yours or your partner’s: 18 or older, living in Canada, a citizen or permanent resident.',
  },

  languageIntro:
    'Enter each test as on your result. The CLB (English) or NCLC (French) level of each ability appears as you type.',
  test: {
    label: 'Test',
    hint: 'Only these tests are accepted for Express Entry.',
    none: 'No test',
  },
  testHeading: (p: { n: number }) => `Test ${p.n}`,
  resultDate: {
    label: 'Result date',
    hint: 'Results are valid for 2 years from this date.',
  },
  abilities: {
    listening: 'Listening',
    reading: 'Reading',
    writing: 'Writing',
    speaking: 'Speaking',
  },
  scaleHint: (p: { min: number; max: number; step: number }) =>
    p.step === 1
      ? `From ${p.min} to ${p.max}.`
      : `From ${p.min} to ${p.max}, in steps of ${p.step}.`,
  level: (p: { name: string; level: number }) => `${p.name} ${p.level}`,
  levelPending: 'Level appears when the score is on the test’s scale.',
  addTest: 'Add another test',
  removeTest: (p: { n: number }) => `Remove test ${p.n}`,
  spouseTestHeading: 'Your spouse’s or partner’s test',
  spouseTestHint: 'Only if they come with you to Canada.',

  educationLevel: {
    label: 'Highest level of education',
    hint: 'The credential you claimed in your profile.',
  },
  educationLevels: {
    lessThanSecondary: 'Less than secondary (high) school',
    secondary: 'Secondary diploma (high school)',
    oneYear: 'One-year post-secondary program',
    twoYear: 'Two-year post-secondary program',
    bachelorsOrThreeYear: 'Bachelor’s degree or three-year program',
    twoOrMore: 'Two or more credentials, one of three years or more',
    mastersOrProfessional: 'Master’s degree or professional degree',
    doctoral: 'Doctoral degree (PhD)',
  } satisfies Record<EducationLevel, string>,
  earned: {
    label: 'Where did you earn it?',
    hint: 'A credential from outside Canada needs an Educational Credential Assessment (ECA).',
    options: { canada: 'In Canada', abroad: 'Outside Canada' },
  },
  ecaIssued: {
    label: 'Date your ECA was issued',
    hint: 'An ECA is valid for 5 years from this date.',
  },
  canadianEducation: {
    label: 'Education in Canada',
    hint: 'Post-secondary study in Canada earns extra points.',
    options: {
      none: 'None',
      oneOrTwoYear: 'One- or two-year credential',
      threeYearsOrMore: 'Three years or more',
    },
  },
  certificateOfQualification: {
    label: 'Certificate of qualification in a trade',
    hint: 'Issued by a Canadian province or territory.',
  },

  workIntro:
    'Every job of the last 10 years. IRCC counts at most 30 hours a week (also across jobs held at the same time), day by day; 1,560 hours make one year.',
  workHeading: (p: { n: number }) => `Work period ${p.n}`,
  start: { label: 'Start date', hint: '' },
  end: { label: 'End date', hint: '' },
  ongoing: { label: 'I still work here', hint: '' },
  hoursPerWeek: { label: 'Hours per week', hint: 'Paid hours as on your reference letter.' },
  country: {
    label: 'Country',
    hint: 'Two-letter code: CA for Canada, IN for India, PH for the Philippines, FR for France.',
  },
  noc: { label: 'NOC 2021 code', hint: 'Five digits, if you know it.' },
  teer: {
    label: 'TEER category',
    hint: 'The second digit of the NOC code. TEER 0 to 3 count as skilled work.',
  },
  paid: { label: 'Paid work', hint: '' },
  selfEmployed: { label: 'Self-employed', hint: '' },
  fullTimeStudent: { label: 'While a full-time student', hint: '' },
  addWork: 'Add a work period',
  removeWork: (p: { n: number }) => `Remove work period ${p.n}`,
  periodIncomplete:
    'The counted hours appear once start, end, hours, country and TEER are filled in.',
  periodHours: (p: { hours: string }) => `Counted: ${p.hours} h in the last 10 years`,
  periodKind: {
    canadian: 'Canadian experience',
    foreign: 'foreign experience',
    none: 'not counted',
  },
  notCounted: {
    unpaid: 'unpaid work does not count',
    teer: 'TEER 4 and 5 do not count as skilled work',
    selfEmployed: 'self-employment in Canada is not Canadian experience',
    student: 'work while a full-time student in Canada is not Canadian experience',
  } satisfies Record<NotCounted, string>,
  workTotalHeading: 'Counted so far',
  workTotal: (p: {
    canadian: string;
    canadianYears: number;
    foreign: string;
    foreignYears: number;
  }) =>
    `Canadian: ${p.canadian} h (${p.canadianYears} ${p.canadianYears === 1 ? 'year' : 'years'}) · Foreign: ${p.foreign} h (${p.foreignYears} ${p.foreignYears === 1 ? 'year' : 'years'})`,
  workWindow: (p: { from: string; to: string }) =>
    `From ${p.from} to ${p.to}. Jobs held at the same time share the 30-hour cap.`,

  nomination: {
    label: 'Provincial or territorial nomination',
    hint: 'A nomination is worth 600 points; if it was withdrawn, those points are gone.',
    options: {
      none: 'No nomination',
      active: 'Nominated',
      withdrawn: 'Nomination withdrawn or cancelled',
    },
  },

  fundsAmount: {
    label: 'Money available (Canadian dollars)',
    hint: 'Settlement funds you can prove, for example 21000.',
  },
  jobOffer: { label: 'Valid job offer in Canada', hint: '' },
  authorizedToWork: { label: 'Authorized to work in Canada now', hint: '' },

  policeIntro:
    'Every country where you lived 6 months or more since age 18 (yours and your family’s). Some take weeks to issue.',
  policeHeading: (p: { n: number }) => `Certificate ${p.n}`,
  policeCountry: {
    label: 'Country',
    hint: 'Two-letter code, like IN for India.',
  },
  requested: { label: 'Date requested', hint: '' },
  received: { label: 'Received', hint: '' },
  policeNone: {
    label:
      'No country to list: I have not lived 6 months or more in a row outside Canada since age 18',
    hint: 'Then no police certificate is needed.',
  },
  addPolice: 'Add a country',
  removePolice: (p: { n: number }) => `Remove certificate ${p.n}`,

  roundNumber: {
    label: 'Round number',
    hint: 'As in IRCC’s list of rounds, like 437. Leave blank to find it from the invitation date.',
  },
  roundCutoff: {
    label: 'Lowest score invited in your round (cut-off)',
    hint: 'Only if ITA Ready cannot find your round.',
  },
  roundCategory: {
    label: 'Category of the round',
    hint: 'Only for a category-based round.',
    none: 'Not a category-based round',
  },
  categories: {
    french: 'French-language proficiency',
    healthcare: 'Healthcare and social services',
    stem: 'Science, technology, engineering and math (STEM)',
    trade: 'Trade occupations',
    transport: 'Transport occupations',
    agriculture: 'Agriculture and agri-food',
    education: 'Education occupations',
    physicians: 'Physicians with Canadian work experience',
    'senior-managers': 'Senior managers with Canadian work experience',
    researchers: 'Researchers with Canadian work experience',
    military: 'Skilled military recruits',
  } satisfies Record<RoundCategory, string>,
  plannedSubmission: {
    label: 'Date you plan to submit your application',
    hint: 'Leave blank for today. Tests and documents must still be valid on this date.',
  },

  whatIfNoLetter:
    'No ITA letter has been read yet, so nothing can be worked out. Open your letter in your IRCC account with ITA Ready installed, or import it:',
  whatIfNoFacts:
    'You have not entered any facts yet: the numbers below rest on your letter alone, and what they wait for is listed at the end. Start with:',
  whatIfChecking: 'Working out what your letter and your facts mean…',
  whatIfFailed:
    'What is at stake could not be worked out from your letter and your facts. ITA Ready’s button in the toolbar says whether the checks themselves ran.',
  documentsOwnPage: 'Open your documents on a page of their own',

  claimsHeading: 'What your score rests on',
  claimsIntro: (p: { date: string | null }) =>
    p.date === null
      ? 'What the breakdown of your invitation says your profile claimed, read under IRCC’s points grid. Where it allows more than one answer, all are listed. Each is checked against the facts below.'
      : `What the breakdown of your invitation of ${p.date} says your profile claimed, read under IRCC’s points grid of that day. Where it allows more than one answer, all are listed. Each is checked against the facts below.`,
  claimsNone:
    'Import your ITA letter (just below) or open it in your IRCC account: what your score rests on will show here.',
  claimsApart:
    'The rows of your letter do not all fit IRCC’s grid together, so each row is read on its own here.',
  claimsUnexplained: (p: { rows: string[] }) =>
    `These rows hold a number IRCC’s grid never gives: ${p.rows.join(', ')}. Check them on your letter.`,
  claimsEither: 'not told by your letter (its points allow each answer)',
  claimLabels: {
    age: 'Age on the day of the invitation',
    canadianWorkYears: 'Canadian work experience',
    foreignWorkYears: 'Foreign work experience',
    firstOfficialLanguage: 'First official language',
    firstLanguageClb: 'Levels in the first official language',
    secondLanguageClb: 'Levels in the second official language',
    arrangedEmployment: 'Job offer (arranged employment)',
    spouseLanguageClb: 'Spouse’s or partner’s language levels',
  } satisfies Record<WordedClaim, string>,
  arrangedEmploymentOptions: {
    none: 'none',
    noc00: 'a job offer in a senior management occupation (NOC 00)',
    other: 'another skilled job offer',
  },
  claimWords: (w: ClaimWords): string => {
    switch (w.kind) {
      case 'spouse':
        return w.value ? 'counted: coming with you to Canada' : 'not counted (scored as single)';
      case 'age':
        return w.to === null
          ? `${w.from} or older`
          : w.from === 0
            ? `${w.to} or younger`
            : w.from === w.to
              ? `${w.from}`
              : `${w.from} to ${w.to}`;
      case 'years':
        return w.to === null
          ? `${w.from} ${w.from === 1 ? 'year' : 'years'} or more`
          : w.from === w.to
            ? w.from === 0
              ? 'none'
              : `${w.from} ${w.from === 1 ? 'year' : 'years'}`
            : `${w.from} to ${w.to} years`;
      case 'yes-no':
        return w.value ? 'yes' : 'no';
      case 'language':
        return w.first === 'english' ? 'English' : 'French';
      case 'levels':
        return w.groups
          .map((g) => `${w.scale} ${levelEn(g.from, g.to)} ${abilitiesEn(g.count)}`)
          .join(', ');
      case 'no-points-language':
        return 'no points (no test, or below level 5 in an ability)';
    }
  },
  claimOneOf: 'one of:',
  fromLetter: 'From your letter',
  fromLetterHint: 'Filled in from your letter’s points; change it if it is not right.',

  letterHint:
    'Your Invitation to Apply as a PDF, or the letter’s page saved from your browser (“Save page as…”). Drop the file here or choose it. It is read in this browser and never sent anywhere.',
  letterChoose: 'Choose the letter (PDF or HTML)',
  letterReading: (p: { file: string }) => `Reading ${p.file}…`,
  letterRead: (p: { file: string }) => `Read from ${p.file}:`,
  letterScore: 'CRS score',
  letterDate: 'Invited on',
  letterDeadline: 'Deadline',
  letterProgram: 'Program',
  letterMissing: 'Not found in the file',
  letterProblems: 'Does not add up',
  letterNone: 'not found',
  letterUnreadable: (p: { file: string; reason: string }) =>
    `Could not read ${p.file}: ${p.reason}`,
  letterNotLetter:
    'it does not look like an ITA letter (no CRS score, invitation date or deadline found).',
  letterWrongType: 'choose a PDF file or a saved web page (.html).',
  letterNotStored: (p: { reason: string }) => `The letter was read but not kept: ${p.reason}`,

  exportLabel: 'Export all my data',
  exportHint:
    'Downloads one JSON file with your facts, settings and readings: a copy you can keep or move to another browser.',
  importLabel: 'Import data from a JSON file',
  importHint:
    'Replaces your facts, settings and readings with the file’s. A file that is not right changes nothing.',
  importDone: 'Imported: your facts, settings and readings are restored.',
  importFactsDone:
    'Imported: your facts are replaced by the file’s (settings and readings unchanged).',
  importRefused: (p: { reason: string }) => `Nothing was changed: ${p.reason}`,
  importNotJson: 'the file is not JSON.',
  importRefusal: (r: ImportRefusal): string => {
    switch (r.code) {
      case 'not-object':
        return 'the file is neither an ITA Ready export nor a facts file (it is not a JSON object).';
      case 'other-format':
        return `the file is not an ITA Ready export (its "format" is ${r.format}).`;
      case 'version':
        return `the file comes from a newer version of ITA Ready (${r.found}; this one reads up to ${r.newest}). Update ITA Ready, then import it again.`;
      case 'field': {
        const name = factNameOf(r.path, 'en');
        const where = `“${r.path}”${name ? ` (${name})` : ''}`;
        const value = r.value === null ? 'is missing' : `is ${r.value}`;
        return `${where} ${value}: ${problemEn(r.problem)}.`;
      }
    }
  },
  setAsideHeading: 'Some of what ITA Ready kept could not be read',
  setAsideIntro:
    'It was set aside as it was, and everything else was kept. Download it to keep a copy (for example to send with a bug report), or dismiss it.',
  setAsideItem: (p: { item: string; when: string; dropped: string[] | null }) =>
    p.dropped === null
      ? `${p.item}, ${p.when}: all of it (replaced by the defaults)`
      : `${p.item}, ${p.when}: ${p.dropped.join(', ')} (the rest was kept)`,
  setAsideName: (key: string): string => {
    switch (key) {
      case 'readings':
        return 'The pages read';
      case 'facts':
        return 'Your facts';
      case 'settings':
        return 'Your settings';
      case 'assessment':
        return 'The last check';
      case 'rounds':
        return 'The rounds list';
      default:
        return 'Other data';
    }
  },
  setAsideDownload: 'Download what was set aside',
  setAsideDismiss: 'Dismiss (forget it)',
  deleteLabel: 'Delete all my data',
  deleteHint: 'Removes everything ITA Ready keeps in this browser.',
  deleteConfirm:
    'Delete your facts, readings and settings from this browser? This cannot be undone. Export them first if you want a copy.',
  deleteYes: 'Yes, delete everything',
  deleteNo: 'Cancel',
  deleteDone: 'All your data was deleted.',

  language: {
    label: 'Language',
    hint: '',
    options: { auto: 'Automatic (the browser’s language)', en: 'English', fr: 'Français' },
  },
  notifications: {
    label: 'Remind me with notifications',
    hint: '7 days and 2 days before the deadline, and before a test or document expires. The browser will ask you first.',
  },
  notificationsDenied: 'The browser did not allow notifications, so reminders stay off.',
  roundsRefresh: {
    label: 'Keep the rounds list up to date from IRCC',
    hint: 'Fetches IRCC’s public list of rounds from canada.ca: the only request ITA Ready ever makes, and only when this is on.',
  },
  roundsRefreshDenied:
    'The browser did not allow access to canada.ca, so the bundled list is used.',

  error: (e: FieldError): string => {
    switch (e.code) {
      case 'date':
        return 'Write a date like 2022-05-10, 20220510 or May 10, 2022.';
      case 'dateNoSuchDay':
        return `That month has no day ${e.day}.`;
      case 'dateAmbiguous':
        return `This can be ${formatDate(e.first, 'en')} or ${formatDate(e.second, 'en')}: write ${e.first} or ${e.second}, or the month in words.`;
      case 'dateYears':
        return `Write a year from ${e.min} to ${e.max}.`;
      case 'needed':
        return 'Needed for this entry.';
      case 'whole':
        return `Write a whole number from ${e.min} to ${e.max}.`;
      case 'number':
        return `Write a number from ${e.min} to ${e.max}.`;
      case 'amount':
        return 'Write an amount in dollars, like 21000 or 21,000.';
      case 'score':
        return e.step === 1
          ? `This test scores from ${e.min} to ${e.max}, in whole points.`
          : `This test scores from ${e.min} to ${e.max}, in steps of ${e.step} (like 6.5).`;
      case 'country':
        return 'Write the two-letter country code, like CA or IN.';
      case 'noc':
        return 'A NOC 2021 code has five digits, like 21231.';
      case 'endBeforeStart':
        return 'The end date is before the start date.';
      case 'roundNumber':
        return 'Write the round number only, like 437.';
      case 'other':
        return e.message;
    }
  },
} satisfies Record<string, unknown>;

export type OptionsMessages = typeof optionsEn;

/** The fact a file's path is about, named as the form names it (`facts.work[0].end` → Work periods). */
export function factNameOf(path: string, language: 'en' | 'fr'): string | null {
  const bare = path.replace(/^facts\./, '');
  const candidates = [
    bare.split('[')[0] ?? '',
    bare.split('.').slice(0, 2).join('.'),
    bare.split('.')[0] ?? '',
  ];
  const found = candidates.find((c): c is FactPath => FACT_PATHS.some((p) => p === c));
  return found === undefined ? null : FACT_NAMES[found][language].label;
}

function problemEn(p: ImportProblem): string {
  switch (p.kind) {
    case 'unknown-key':
      return 'this key is not part of the format (check its spelling)';
    case 'missing':
      return 'it is needed here';
    case 'type':
      return `expected ${TYPE_EN[p.expected] ?? 'another kind of value'}`;
    case 'one-of':
      return `expected one of ${p.values.map((v) => `"${v}"`).join(', ')}`;
    case 'too-small':
      return `it must be at least ${p.min}`;
    case 'too-big':
      return `it must be at most ${p.max}`;
    case 'invalid':
      return 'this field does not take that value';
    case 'conflict':
      return 'it does not fit with the rest of the file';
  }
}

const TYPE_EN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};
