// English user-facing text. The keys are the contract; fr.ts must provide every one of them.
import type { CrsRowKey } from '../reader/types';
import type { Verdict } from '../view/assessment';
import type { FactPath } from '../facts';
import { factLabel } from '../facts/names';
import { guardEN } from './guard-en';

/** Reading fields (`Reading.missing` entries) in words; a field not listed is shown by its name. */
const FIELD_LABELS: Record<string, string> = {
  'invitation.date': 'Date of the invitation',
  'invitation.program': 'Program you were invited under',
  'invitation.deadline': 'Deadline to submit',
  'crs.total': 'Overall CRS score',
  daysLeftToSubmit: 'Days left to submit',
  profileNumber: 'Express Entry profile number',
};

export const en = {
  appName: 'ITA Ready',
  tagline: 'Know before you accept your Invitation to Apply.',
  languageSwitch: 'Language',
  stateEmptyTitle: 'Nothing read yet',
  stateEmptyBody:
    'Open your Invitation to Apply in your IRCC secure account (the message with your CRS score), or import the letter (PDF or saved page) on the options page.',
  stateEmptySteps: [
    'Sign in to your IRCC secure account.',
    'Open the message with your Invitation to Apply (it shows your CRS score). ITA Ready reads it by itself, without changing anything.',
    'Come back here for your verdict.',
  ],
  importLetter: 'Or import the letter (PDF or saved page)',
  stateNothingTitle: 'Nothing to read on this page',
  stateNothingBody: (p: { source: string }) =>
    `The last IRCC page you opened (${p.source}) is not an invitation letter, profile or account home, so there is nothing for ITA Ready to read there.`,
  stateUnreadableTitle: 'Could not read this page',
  stateUnreadableBody: 'ITA Ready recognised the page but could not find everything it needs:',
  stateUnreadableNoVerdict:
    'No verdict is given from a page that was not fully read. Import the letter as a PDF on the options page, or report the page so the reader can learn it.',
  copyStructure: 'Copy page structure for a bug report',
  copyStructureHelp:
    'Copies the page’s labels and layout only: numbers and names are replaced, nothing personal is included.',
  copyStructureDone: 'Copied. Paste it into your bug report.',
  copyStructureFailed: 'Could not copy. Select the text below and copy it by hand.',
  copyStructureUnavailable:
    'Open the page again in your IRCC account, then reopen this window to copy its structure.',
  verdictHeading: 'Verdict',
  verdict: guardEN.verdict,
  verdictExplain: {
    decline:
      'At least one claim no longer holds. Applying now would likely be refused. Declining costs nothing: your profile goes back to the pool.',
    review: 'Nothing rules you out, but check the points below before you accept.',
    ready: 'Every check passed with the facts you entered.',
  } satisfies Record<Verdict, string>,
  verdictPending:
    'The verdict for this reading is being worked out. Reopen this window in a moment.',
  severity: guardEN.severity,
  findingsHeading: 'Why',
  findingsNone: 'No findings.',
  sourceLink: 'IRCC source',
  enterFact: (p: { fact: string }) => `Enter this fact: ${p.fact}`,
  factsMissingTitle: 'Some facts are missing',
  factsMissingBody: (p: { count: number }) =>
    `${p.count === 1 ? 'A fact the checks need is' : `${p.count} facts the checks need are`} not entered yet. Until then the verdict cannot be “Ready”.`,
  staleTitle: 'This reading is old',
  staleBody: (p: { days: number }) =>
    `The letter was read ${p.days} days ago. Open it again in your IRCC account so the verdict rests on what IRCC shows today.`,
  rulesMayHaveChanged:
    'Your invitation is newer than the CRS grid ITA Ready knows for certain: the rules may have changed.',
  correctedHeading: 'Your score, re-checked',
  correctedVsCutoff: (p: { total: string; cutoff: string }) =>
    `${p.total} re-checked, against a cut-off of ${p.cutoff}`,
  correctedAbove: (p: { margin: string }) => `${p.margin} points above the cut-off`,
  correctedBelow: (p: { margin: string }) => `${p.margin} points below the cut-off`,
  correctedEqual: 'Exactly at the cut-off',
  correctedUnknown: 'not known',
  cutoffUnknown:
    'The round’s cut-off is not known: pick your round or type its score in your facts.',
  cutoffTyped: 'Cut-off: the score you typed in your facts.',
  cutoffRound: (p: { round: string; date: string; name: string }) =>
    `Cut-off of round ${p.round}, ${p.date} (${p.name})`,
  changedRows: 'Rows your facts change:',
  unchangedRows: 'Your facts change none of IRCC’s rows.',
  rowChange: (p: { row: string; from: string; to: string }) => `${p.row}: ${p.from} → ${p.to}`,
  crsTotal: 'CRS score',
  crsRowsHeading: 'Breakdown as IRCC states it',
  deadlineHeading: 'Deadline to submit',
  deadlineLeft: (p: { days: number; hours: number; minutes: number }) =>
    `${p.days} ${p.days === 1 ? 'day' : 'days'}, ${p.hours} h ${p.minutes} min left`,
  deadlinePassed: 'The deadline has passed.',
  deadlineLocal: (p: { local: string }) => `Your time: ${p.local}`,
  deadlineUtc: (p: { utc: string }) => `IRCC's deadline: ${p.utc}`,
  invitedOn: (p: { date: string; program: string }) => `Invited on ${p.date} · ${p.program}`,
  missingHeading: 'Not found on the page',
  problemsHeading: 'Does not add up',
  readHeading: 'What was read',
  readFrom: (p: { source: string; at: string }) => `Read from ${p.source} on ${p.at}`,
  verdictComputed: (p: { at: string }) => `Verdict worked out on ${p.at}`,
  notOnPage: 'not on the page',
  openOptions: 'Your facts and settings',
  field: FIELD_LABELS,
  fact: (path: FactPath): string => factLabel(path, 'en'),
  guard: guardEN,
  reminder: {
    deadlineTitle: (p: { days: number }) =>
      `${p.days} days left to submit your application for permanent residence`,
    deadlineBody: (p: { deadline: string }) =>
      `IRCC's deadline: ${p.deadline}. There are no extensions.`,
    expiryTitle: (p: { what: string; days: number }) => `Your ${p.what} expires in ${p.days} days`,
    expiryBody: (p: { date: string }) =>
      `It will no longer be valid from ${p.date}. Check whether your application can be in before then.`,
    languageTest: 'language test result',
    eca: 'educational credential assessment (ECA)',
  },
  row: {
    age: 'Age',
    education: 'Level of education',
    firstLanguage: 'First official language',
    secondLanguage: 'Second official language',
    canadianWork: 'Canadian work experience',
    spouseEducation: 'Spouse – level of education',
    spouseLanguage: 'Spouse – first official language',
    spouseCanadianWork: 'Spouse – Canadian work experience',
    transferEducation: 'Skill transferability – education',
    transferForeignWork: 'Skill transferability – foreign work experience',
    transferCertificate: 'Skill transferability – certificate of qualification',
    frenchBonus: 'French proficiency or bilingualism',
    sibling: 'Sibling in Canada',
    canadianEducation: 'Canadian education',
    arrangedEmployment: 'Arranged employment',
    provincialNomination: 'Provincial or territorial nomination',
  } satisfies Record<CrsRowKey, string>,
};

export type Messages = typeof en;
