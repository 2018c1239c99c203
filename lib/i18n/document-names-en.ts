// The documents' names in English: each document, each person, and the documents reminder's
// words. Apart from the rest of the documents catalogue so the background worker, which only names
// documents in a notification, does not carry every sentence of the checklist.
import type { ChecklistId, PersonRef } from '../checklist';
import type { KeyParts } from '../checklist/keys';
import { formatDate } from '../dates';
import { countryName, formatNumber } from './documents-format';

export const date = (iso: string) => formatDate(iso, 'en');
export const country = (code: string) => countryName(code, 'en');
export const days = (n: number) => `${formatNumber(n, 'en')} ${n === 1 ? 'day' : 'days'}`;

export const NAMES: Record<ChecklistId, string> = {
  'digital-photo': 'Digital photo',
  passport: 'Passport',
  'police-certificate': 'Police certificate',
  'employment-proof': 'Proof of work experience',
  'proof-of-funds': 'Proof of funds',
  'language-results': 'Language test results',
  eca: 'Educational credential assessment (ECA)',
  'education-credentials': 'Diplomas and transcripts',
  'provincial-nomination': 'Provincial nomination certificate',
  'job-offer': 'Written job offer',
  'marriage-certificate': 'Marriage certificate',
  'common-law-proof': 'Proof of common-law union',
  'birth-certificates-children': 'Birth certificate',
  'sibling-proof': 'Proof of a sibling in Canada',
  'canadian-education-proof': 'Canadian diploma or degree',
  'certificate-of-qualification': 'Certificate of qualification',
  'medical-exam': 'Medical exam',
};

export function person(p: PersonRef): string {
  if (p === 'candidate') return 'You';
  if (p === 'spouse') return 'Your spouse or partner';
  return `Child ${p.slice('child-'.length)}`;
}

/** Who a sentence is about: "you", "your spouse or partner", "child 2". */
export function who(p: PersonRef): string {
  if (p === 'candidate') return 'you';
  if (p === 'spouse') return 'your spouse or partner';
  return `child ${p.slice('child-'.length)}`;
}

export function itemName(parts: Pick<KeyParts, 'id' | 'country' | 'start'>): string {
  const name = NAMES[parts.id];
  if (parts.id === 'police-certificate' && parts.country)
    return `${name} (${country(parts.country)})`;
  if (parts.id === 'employment-proof' && parts.country && parts.start) {
    return `${name} (${country(parts.country)}, from ${date(parts.start)})`;
  }
  return name;
}

export const documentNamesEn = {
  itemName,
  /** The item's name, with whose it is when it is not the candidate's. */
  itemLabel: (parts: Pick<KeyParts, 'id' | 'for' | 'country' | 'start'>) =>
    parts.for === 'candidate' ? itemName(parts) : `${itemName(parts)} (${who(parts.for)})`,
  reminder: {
    title: (p: { count: number; days: number }) =>
      `${formatNumber(p.count, 'en')} ${p.count === 1 ? 'document is' : 'documents are'} not ready, ${days(p.days)} before your deadline`,
    body: (p: { items: string[] }) => `Still to get or expiring: ${p.items.join('; ')}.`,
  },
};

export type DocumentNames = typeof documentNamesEn;
