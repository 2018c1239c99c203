// Les noms des documents en français, et les mots du rappel de documents (voir
// document-names-en.ts).
import type { ChecklistId, PersonRef } from '../checklist';
import type { KeyParts } from '../checklist/keys';
import { formatDate } from '../dates';
import type { DocumentNames } from './document-names-en';
import { countryName, formatNumber } from './documents-format';

export const date = (iso: string) => formatDate(iso, 'fr');
export const country = (code: string) => countryName(code, 'fr');
export const days = (n: number) => `${formatNumber(n, 'fr')}\u00a0${n >= 2 ? 'jours' : 'jour'}`;

export const NAMES: Record<ChecklistId, string> = {
  'digital-photo': 'Photo numérique',
  passport: 'Passeport',
  'police-certificate': 'Certificat de police',
  'employment-proof': 'Preuve d’expérience de travail',
  'proof-of-funds': 'Preuve de fonds',
  'language-results': 'Résultats de test de langue',
  eca: 'Évaluation des diplômes d’études (EDE)',
  'education-credentials': 'Diplômes et relevés de notes',
  'provincial-nomination': 'Certificat de désignation provinciale',
  'job-offer': 'Offre d’emploi écrite',
  'marriage-certificate': 'Certificat de mariage',
  'common-law-proof': 'Preuve d’union de fait',
  'birth-certificates-children': 'Acte de naissance',
  'sibling-proof': 'Preuve d’un frère ou d’une sœur au Canada',
  'canadian-education-proof': 'Diplôme canadien',
  'certificate-of-qualification': 'Certificat de compétence',
  'medical-exam': 'Examen médical',
};

export function person(p: PersonRef): string {
  if (p === 'candidate') return 'Vous';
  if (p === 'spouse') return 'Votre époux ou conjoint de fait';
  return `Enfant ${p.slice('child-'.length)}`;
}

/** De qui parle la phrase : « vous », « votre époux ou conjoint de fait », « l’enfant 2 ». */
export function who(p: PersonRef): string {
  if (p === 'candidate') return 'vous';
  if (p === 'spouse') return 'votre époux ou conjoint de fait';
  return `l’enfant ${p.slice('child-'.length)}`;
}

/** « de vous », « de l’enfant 2 », « de votre époux ou conjoint de fait ». */
export const of = (p: PersonRef) => `de ${who(p)}`;

export function itemName(parts: Pick<KeyParts, 'id' | 'country' | 'start'>): string {
  const name = NAMES[parts.id];
  if (parts.id === 'police-certificate' && parts.country)
    return `${name} (${country(parts.country)})`;
  if (parts.id === 'employment-proof' && parts.country && parts.start) {
    return `${name} (${country(parts.country)}, depuis le ${date(parts.start)})`;
  }
  return name;
}

export const documentNamesFr: DocumentNames = {
  itemName,
  itemLabel: (parts) =>
    parts.for === 'candidate' ? itemName(parts) : `${itemName(parts)} (${who(parts.for)})`,
  reminder: {
    title: (p) =>
      `${formatNumber(p.count, 'fr')} ${p.count >= 2 ? 'documents ne sont pas prêts' : 'document n’est pas prêt'}, à ${days(p.days)} de votre date limite`,
    body: (p) => `Encore à obtenir ou expirant trop tôt\u00a0: ${p.items.join('\u00a0; ')}.`,
  },
};
