// English text of the document checklist, the upload preparer and the documents reminders.
// documents-fr.ts must provide every key (`DocumentsMessages`), so a missing French text fails the
// type check.
import type {
  ChecklistItem,
  ClaimBasis,
  DocumentStatus,
  PeriodRef,
  Progress,
  Reason,
  TestRef,
} from '../checklist';
import { addDays } from '../dates';
import { CHARTS } from '../language';
import type { PackError, PackQuality, PageRange } from '../pack/types';
import {
  country,
  date,
  days,
  documentNamesEn,
  itemName,
  NAMES,
  person,
  who,
} from './document-names-en';
import { formatMegabytes, formatNumber } from './documents-format';

const pages = (n: number) => `${formatNumber(n, 'en')} ${n === 1 ? 'page' : 'pages'}`;
const list = (items: string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

const span = (p: PeriodRef) =>
  `from ${date(p.start)} ${p.end === null ? 'to now' : `to ${date(p.end)}`}`;
// Country names go in brackets, where no article is needed ("the Philippines").
const place = (code: string) => (code === 'CA' ? 'in Canada' : `outside Canada (${country(code)})`);
const test = (t: TestRef) => `${CHARTS[t.test].name} result of ${date(t.resultDate)}`;
const lastValid = (t: TestRef) => date(addDays(t.expires, -1));

const NOT_COUNTED: Record<Extract<Reason, { code: 'work-not-counted' }>['because'], string> = {
  unpaid: 'unpaid work does not count',
  'not-skilled': 'work in TEER 4 and 5 occupations is not skilled work',
  'too-old': 'it ended more than 10 years before the invitation',
  student: 'work done while a full-time student in Canada does not count',
  'self-employed-in-canada':
    'self-employment in Canada does not count for the Canadian Experience Class',
};

const PROGRAM_FUNDS = {
  FSW: 'Federal Skilled Worker candidates show settlement funds unless they are authorized to work in Canada with a valid job offer.',
  FST: 'Federal Skilled Trades candidates show settlement funds unless they are authorized to work in Canada with a valid job offer.',
  PNP: 'Provincial nominees show settlement funds unless they qualify under the Canadian Experience Class, or are authorized to work in Canada with a valid job offer.',
  CEC: 'Canadian Experience Class candidates do not need proof of funds.',
} as const;

/** "Your profile claimed no …" / "You entered no …" / "Only if …". */
function notClaimed(basis: ClaimBasis, what: { reading: string; facts: string; unknown: string }) {
  return what[basis];
}

function why(item: Pick<ChecklistItem, 'why' | 'for'>): string {
  const r = item.why;
  switch (r.code) {
    case 'photo':
      return `A digital photo of ${who(item.for)}, as IRCC specifies it. An application without one is rejected as incomplete.`;
    case 'passport':
      return 'The page with the photo and personal details, and every page with a stamp, visa or note. An application without it is rejected as incomplete.';
    case 'police-listed':
      return `${country(r.country)}: you listed it among the countries where ${who(item.for)} spent 6 months or more in a row since age 18, in the last 10 years. If the certificate cannot arrive in time, upload the proof of your request and a letter of explanation.`;
    case 'police-worked':
      return `Your work periods show a stay ${place(r.country)} ${span(r.period)}: 6 months or more in a row in the last 10 years, so a police certificate from that country is needed. Add it to your police certificates in your facts.`;
    case 'police-canada':
      return 'No police certificate is needed from Canada.';
    case 'work-canadian':
    case 'work-foreign': {
      const proof = r.period.selfEmployed
        ? 'Proof of self-employment: business registration, contracts with clients, tax records.'
        : 'A reference letter on the employer’s letterhead with your position, duties, dates, hours a week and salary, and their contact details.';
      return `Your work ${place(r.period.country)} ${span(r.period)} (${formatNumber(r.period.hoursPerWeek, 'en')} h a week, TEER ${r.period.teer}) supports your claims. ${proof} An application without proof of work is rejected as incomplete.`;
    }
    case 'work-unknown':
      return 'Proof of each period of work your claims rest on. Enter your work periods in your facts to list them one by one. An application without proof of work is rejected as incomplete.';
    case 'work-not-counted':
      return `Your work ${place(r.period.country)} ${span(r.period)} supports no claim (${NOT_COUNTED[r.because]}), so no proof is needed for it.`;
    case 'funds': {
      const rule =
        r.program !== null
          ? PROGRAM_FUNDS[r.program]
          : 'Needed for the Federal Skilled Worker and Federal Skilled Trades programs unless you are authorized to work in Canada with a valid job offer. Open your ITA letter so ITA Ready knows your program.';
      const amount =
        r.amount !== null && r.familySize !== null && r.table !== null
          ? ` For a family of ${formatNumber(r.familySize, 'en')}: CAD ${formatNumber(r.amount, 'en')} (IRCC’s amounts from ${date(r.table)}).`
          : ' The amount depends on your family size: enter it in your facts.';
      return `${rule}${amount} Official letters from your banks, with the balances of the last 6 months.`;
    }
    case 'funds-cec':
      return PROGRAM_FUNDS.CEC;
    case 'funds-exempt':
      return 'You are authorized to work in Canada and have a valid job offer: no proof of funds is needed.';
    case 'language':
    case 'language-spouse':
      return `The ${list(r.tests.map(test))} ${r.tests.length === 1 ? 'is' : 'are'} still valid on the last day to submit (until ${list(r.tests.map(lastValid))}).`;
    case 'language-none':
      return 'Results of an approved language test, under 2 years old: every Express Entry program requires them. No result is entered in your facts.';
    case 'language-expiring':
      return `The ${test(r.test)} is valid until ${date(r.lastValidDay)}, before the deadline: submit by then, or take a new test and upload its results.`;
    case 'language-expired':
      return `The ${test(r.test)} stopped being valid on ${date(r.test.expires)}: new results are needed.`;
    case 'language-spouse-claimed':
      return `Your profile claimed ${formatNumber(r.points, 'en')} points for your spouse’s or partner’s language: upload their results.`;
    case 'language-spouse-not-claimed':
      return notClaimed(r.basis, {
        reading: 'Your profile claimed no points for your spouse’s or partner’s language.',
        facts: 'You entered no language test for your spouse or partner.',
        unknown: 'Only if your profile claimed points for your spouse’s or partner’s language.',
      });
    case 'eca':
      return `Your ECA report of ${date(r.issued)} is still valid on the last day to submit (until ${date(addDays(r.expires, -1))}).`;
    case 'eca-expiring':
      return `Your ECA report of ${date(r.issued)} is valid until ${date(r.lastValidDay)}, before the deadline: submit by then, or ask for a new assessment (it takes weeks).`;
    case 'eca-expired':
      return `Your ECA report of ${date(r.issued)} stopped being valid on ${date(r.expires)}: a new assessment is needed for a credential from outside Canada.`;
    case 'eca-foreign':
      return 'An ECA report under 5 years old for a credential from outside Canada. Enter its issue date in your facts, or say that your credential is Canadian.';
    case 'eca-canadian':
      return 'Your credential is Canadian: no ECA is needed.';
    case 'eca-no-credential':
      return 'You entered no credential to assess.';
    case 'eca-spouse':
      return 'Your spouse’s or partner’s education earns points: an ECA report if their credential is from outside Canada, else their Canadian diploma.';
    case 'eca-spouse-not-claimed':
      return notClaimed(r.basis, {
        reading: 'Your profile claimed no points for your spouse’s or partner’s education.',
        facts: 'You entered no credential for your spouse or partner.',
        unknown: 'Only if your profile claimed points for your spouse’s or partner’s education.',
      });
    case 'education':
      return 'Diplomas and transcripts for the education your profile claims.';
    case 'education-none':
      return 'No education credential is claimed.';
    case 'nomination':
      return {
        program: 'You were invited as a provincial nominee: upload the nomination certificate.',
        reading:
          'Your profile claimed points for a provincial nomination: upload the nomination certificate.',
        facts: 'You entered a provincial nomination: upload its certificate.',
      }[r.basis];
    case 'no-nomination':
      return notClaimed(r.basis, {
        reading: 'Your profile claimed no provincial nomination.',
        facts: 'You entered no provincial nomination.',
        unknown: 'Only if you have a provincial nomination.',
      });
    case 'job-offer':
      return r.basis === 'reading'
        ? 'Your profile claimed points for a job offer: upload the written offer from the employer.'
        : 'You entered a valid job offer: upload the written offer from the employer.';
    case 'no-job-offer':
      return notClaimed(r.basis, {
        reading: 'Your profile claimed no job offer.',
        facts: 'You entered no job offer.',
        unknown: 'Only if you have a valid job offer.',
      });
    case 'marriage':
      return 'If you are married. One of the two is needed: this, or the proof of a common-law union.';
    case 'common-law':
      return 'If you live common-law: the Statutory Declaration of Common-law Union (IMM 5409) and proof of 12 months living together. One of the two is needed: this, or the marriage certificate.';
    case 'relationship-other':
      return `You have the ${NAMES[r.other].toLowerCase()}: one of the two is enough.`;
    case 'birth-certificate':
      return `The birth certificate of ${who(item.for)}, naming the parents.`;
    case 'sibling':
      return `${r.basis === 'reading' ? 'Your profile claimed points for' : 'You entered'} a brother or sister in Canada: proof of their status in Canada and of your relationship (birth certificates showing a parent in common).`;
    case 'no-sibling':
      return notClaimed(r.basis, {
        reading: 'Your profile claimed no points for a sibling in Canada.',
        facts: 'You entered no sibling in Canada.',
        unknown: 'Only if you claim points for a sibling in Canada.',
      });
    case 'canadian-education':
      return `${r.basis === 'reading' ? 'Your profile claimed points for' : 'You entered'} education in Canada: the diploma or degree and the transcripts.`;
    case 'no-canadian-education':
      return notClaimed(r.basis, {
        reading: 'Your profile claimed no points for education in Canada.',
        facts: 'You entered no education in Canada.',
        unknown: 'Only if you claim points for education in Canada.',
      });
    case 'certificate':
      return r.basis === 'fst'
        ? 'Federal Skilled Trades candidates need a certificate of qualification from a Canadian province or territory, or a valid job offer.'
        : `${r.basis === 'reading' ? 'Your profile claimed points for' : 'You entered'} a certificate of qualification in a trade, issued by a Canadian province or territory.`;
    case 'no-certificate':
      return notClaimed(r.basis, {
        reading: 'Your profile claimed no certificate of qualification.',
        facts: 'You entered no certificate of qualification.',
        unknown: 'Only if you claim a certificate of qualification.',
      });
    case 'medical-not-upfront':
      return 'Since October 1, 2023 no medical exam is needed before you apply: IRCC sends instructions after you submit.';
    case 'medical-upfront':
      return 'Applications sent before October 1, 2023 needed the confirmation of an upfront medical exam.';
  }
}

const left = (n: number) =>
  n < 0
    ? 'the deadline has passed'
    : n === 0
      ? 'today is the last day to submit'
      : `${days(n)} left before the deadline`;

/** When it was asked for and how long is left, or null when nothing is known of its timing. */
function timing(item: ChecklistItem): string | null {
  const asked = item.requested ? `requested ${date(item.requested)}` : null;
  if (item.status === 'expiring' && item.due !== undefined && item.daysLeft !== undefined) {
    const valid = `valid until ${date(item.due)}, ${item.daysLeft === 0 ? 'its last day is today' : `${days(item.daysLeft)} from now`}`;
    return asked ? `${asked}; ${valid}` : valid;
  }
  if (item.status === 'to-get' && item.daysLeft !== undefined) {
    return asked ? `${asked}, ${left(item.daysLeft)}` : left(item.daysLeft);
  }
  return asked;
}

const STATUS: Record<DocumentStatus, string> = {
  have: 'Have it',
  'to-get': 'To get',
  expiring: 'Expires too soon',
  'not-needed': 'Not needed',
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const ranges = (parts: PageRange[]) =>
  list(parts.map((p) => (p.from === p.to ? `page ${p.from}` : `pages ${p.from}–${p.to}`)));

export const documentsEn = {
  pageTitle: 'ITA Ready – your documents',
  heading: 'Your documents',
  checklistHeading: 'Document checklist',
  intro:
    'Every document your application for permanent residence will need, for you and each person in it, from your ITA letter and the facts you entered. Tick what you have, and date what you asked for.',
  languageSwitch: 'Language',
  person,
  ...documentNamesEn,
  status: STATUS,
  why,
  timing: (item: ChecklistItem) => {
    const text = timing(item);
    return text === null ? null : capital(text);
  },
  /** The popup's line: "Police certificate (India): requested November 10, 2026, 41 days left …". */
  atRisk: (item: ChecklistItem) => {
    const label =
      item.for === 'candidate' ? itemName(item) : `${itemName(item)} (${who(item.for)})`;
    const when = timing(item);
    return `${label}: ${when ?? STATUS[item.status].toLowerCase()}`;
  },
  atRiskHeading: 'Next document at risk',
  nothingAtRisk: 'Every document in your list is in hand.',
  progress: (p: Progress) =>
    `${formatNumber(p.ready, 'en')} of ${formatNumber(p.total, 'en')} ready`,
  deadline: (p: { lastDay: string; daysLeft: number; estimated: boolean }) => {
    const when = p.daysLeft < 0 ? 'passed' : `${days(p.daysLeft)} left`;
    const estimate = p.estimated
      ? '; worked out from the invitation date, check it in your letter'
      : '';
    return `Last day to submit: ${date(p.lastDay)} (${when}${estimate}).`;
  },
  noDeadline:
    'Open your ITA letter in your IRCC account, or import it on the options page, so the list knows your program and your deadline.',
  /** The same, on the options page, where the letter is imported above the list: `link` links there. */
  noDeadlineAbove: {
    before: 'Open your ITA letter in your IRCC account, or ',
    link: 'import it above',
    after: ', so the list knows your program and your deadline.',
  },
  missingFacts: 'Enter these facts to complete the list:',
  openFacts: 'Your facts',
  haveIt: 'I have it',
  fromFacts: 'In hand, from your facts',
  requestedOn: 'Requested on',
  requested: (iso: string) => `Requested ${date(iso)}`,
  notNeeded: (n: number) => `Not needed (${formatNumber(n, 'en')})`,
  source: 'IRCC source',
  allDocuments: 'All your documents',
  saveFailed: (p: { reason: string }) => `Could not save your change: ${p.reason}`,
  listWorking: 'Working out your list…',
  listFailed: (p: { reason: string }) => `Your list could not be worked out: ${p.reason}`,
  nothingRead: 'No ITA letter read yet.',

  pack: {
    heading: 'Prepare one file to upload',
    intro:
      'Each item of IRCC’s checklist has one upload slot: its pages must be in one file of at most 4 MB. Add the scans or PDFs of one item, put them in order, and get one PDF. It all happens in this browser: your documents are not sent anywhere.',
    choose: 'Add scans or PDFs (JPG, PNG, PDF)',
    drop: 'or drop them here',
    files: 'Pages, in order',
    none: 'No file added yet.',
    size: (bytes: number) => formatMegabytes(bytes, 'en'),
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove',
    keys: 'With a file’s buttons focused, Alt + ↑ and Alt + ↓ move it.',
    moved: (p: { name: string; position: number; count: number }) =>
      `${p.name} is now file ${p.position} of ${p.count}.`,
    maxSize: 'Largest file size (MB)',
    maxSizeHint: 'IRCC accepts files of up to 4 MB.',
    badMaxSize: 'Enter a size from 0.5 to 100 MB.',
    make: 'Make one PDF',
    working: (p: { done: number; total: number }) =>
      `Working… ${formatNumber(p.done, 'en')} of ${formatNumber(p.total, 'en')} images prepared.`,
    /** "3.8 MB, 5 pages". */
    summary: (p: { bytes: number; pages: number }) =>
      `${formatMegabytes(p.bytes, 'en')}, ${pages(p.pages)}`,
    ready: (p: { bytes: number; pages: number }) =>
      `Ready: ${formatMegabytes(p.bytes, 'en')}, ${pages(p.pages)}.`,
    quality: (q: PackQuality) =>
      q.kind === 'original'
        ? 'Your files fit as they are: nothing was re-encoded.'
        : `Images re-encoded at ${formatNumber(q.dpi, 'en')} dpi on an A4 page width, JPEG quality ${q.jpeg}.`,
    lowResolution: (p: { file: string; page: number; dpi: number }) =>
      `Page ${p.page} (${p.file}) is at ${formatNumber(p.dpi, 'en')} dpi: small print may be hard to read.`,
    fileName: 'File name',
    save: 'Save the PDF',
    startOver: 'Start over',
    unexpected: (p: { reason: string }) =>
      `The PDF could not be made (${p.reason}). Nothing was saved; your files are unchanged.`,
    goLower: 'Make it fit below 150 dpi anyway',
    goLowerWarning:
      'Below 150 dpi small print can become hard to read, and IRCC may ask for the document again.',
    error: (e: PackError): string => {
      switch (e.code) {
        case 'no-files':
          return 'Add at least one file.';
        case 'too-many-pages':
          return `These files hold ${pages(e.pages)}; one upload can take at most ${pages(e.max)} here. Split them into several files.`;
        case 'unsupported':
          return `${e.file} is not a JPG, PNG or PDF file. Save or export it in one of these formats, then add it again.`;
        case 'unreadable':
          return `${e.file} could not be read: it may be damaged or incomplete. Scan or save it again, then add it again.`;
        case 'encrypted':
          return `${e.file} is protected by a password or encryption, so its pages cannot be combined. Save an unprotected copy (for example, print it to PDF), then add that copy.`;
        case 'too-big': {
          const over = formatMegabytes(e.smallest - e.maxBytes, 'en');
          const split =
            e.parts.length > 1
              ? ` Split them into ${formatNumber(e.parts.length, 'en')} files: ${ranges(e.parts)}.`
              : ' Remove pages you do not need, or split them into several files.';
          return `Even at the lowest readable quality these pages make ${formatMegabytes(e.smallest, 'en')}, ${over} over the limit of ${formatMegabytes(e.maxBytes, 'en')}.${split}`;
        }
      }
    },
  },
};

export type DocumentsMessages = typeof documentsEn;
