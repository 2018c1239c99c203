// English user-facing text. The keys are the contract; fr.ts must provide every one of them.
import type { CrsRowKey } from '../reader/types';

export const en = {
  appName: 'ITA Ready',
  tagline: 'Know before you accept your Invitation to Apply.',
  stateEmptyTitle: 'Nothing read yet',
  stateEmptyBody:
    'Open your Invitation to Apply in your IRCC secure account (the message with your CRS score), or import the letter (PDF or saved page) on the options page.',
  stateNothingTitle: 'Nothing to read on this page',
  stateNothingBody: (p: { source: string }) =>
    `The last IRCC page you opened (${p.source}) is not an invitation letter, profile or account home, so there is nothing for ITA Ready to read there.`,
  stateUnreadableTitle: 'Could not read this page',
  stateUnreadableBody: 'ITA Ready recognised the page but could not find everything it needs:',
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
  readFrom: (p: { source: string; at: string }) => `Read from ${p.source} on ${p.at}`,
  notOnPage: 'not on the page',
  openOptions: 'Your facts and settings',
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
