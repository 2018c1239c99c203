// Every fact's name in words, in both languages and in the two forms the user sees: the `label`
// of its field ("Date of birth") and the `phrase` that names it in a sentence ("your date of
// birth"). Typed by FactPath, so a fact without a name in either language fails the type check.
import type { Text } from '../verdict';
import type { FactPath, SPOUSE_STATUSES } from './schema';

export interface FactName {
  label: string;
  phrase: string;
}

export const FACT_NAMES: Record<FactPath, { en: FactName; fr: FactName }> = {
  dateOfBirth: {
    en: { label: 'Date of birth', phrase: 'your date of birth' },
    fr: { label: 'Date de naissance', phrase: 'votre date de naissance' },
  },
  plannedSubmission: {
    en: { label: 'Date you plan to submit', phrase: 'the date you plan to submit' },
    fr: { label: 'Date prévue de présentation', phrase: 'la date prévue de présentation' },
  },
  family: {
    en: { label: 'Family', phrase: 'your family situation' },
    fr: { label: 'Famille', phrase: 'votre situation familiale' },
  },
  'family.spouse': {
    en: { label: 'Spouse or partner', phrase: 'your spouse or partner' },
    fr: { label: 'Époux ou conjoint de fait', phrase: 'votre époux ou conjoint de fait' },
  },
  'family.changedSinceProfile': {
    en: {
      label: 'Family changes since your profile',
      phrase: 'changes in your family since the profile',
    },
    fr: {
      label: 'Changements familiaux depuis le profil',
      phrase: 'les changements familiaux depuis le profil',
    },
  },
  'family.size': {
    en: { label: 'Family size', phrase: 'your family size' },
    fr: { label: 'Taille de la famille', phrase: 'la taille de votre famille' },
  },
  'family.children': {
    en: { label: 'Dependent children', phrase: 'your dependent children' },
    fr: { label: 'Enfants à charge', phrase: 'vos enfants à charge' },
  },
  languageTests: {
    en: { label: 'Language tests', phrase: 'your language tests' },
    fr: { label: 'Tests de langue', phrase: 'vos tests de langue' },
  },
  spouseLanguageTest: {
    en: { label: 'Spouse’s language test', phrase: 'your spouse’s language test' },
    fr: {
      label: 'Test de langue de l’époux ou du conjoint',
      phrase: 'le test de langue de votre époux ou conjoint',
    },
  },
  education: {
    en: { label: 'Education', phrase: 'your education' },
    fr: { label: 'Études', phrase: 'vos études' },
  },
  'education.level': {
    en: { label: 'Level of education', phrase: 'your level of education' },
    fr: { label: 'Niveau de scolarité', phrase: 'votre niveau de scolarité' },
  },
  'education.ecaIssued': {
    en: { label: 'ECA issue date', phrase: 'the issue date of your ECA' },
    fr: { label: 'Date de l’EDE', phrase: 'la date de délivrance de votre EDE' },
  },
  'education.canadian': {
    en: { label: 'Canadian education', phrase: 'your Canadian education' },
    fr: { label: 'Études au Canada', phrase: 'vos études au Canada' },
  },
  spouseEducation: {
    en: { label: 'Spouse’s education', phrase: 'your spouse’s education' },
    fr: {
      label: 'Études de l’époux ou du conjoint',
      phrase: 'les études de votre époux ou conjoint',
    },
  },
  work: {
    en: { label: 'Work periods', phrase: 'your work periods' },
    fr: { label: 'Périodes de travail', phrase: 'vos périodes de travail' },
  },
  spouseCanadianWorkYears: {
    en: { label: 'Spouse’s Canadian work', phrase: 'your spouse’s Canadian work experience' },
    fr: {
      label: 'Expérience au Canada de l’époux ou du conjoint',
      phrase: 'l’expérience de travail au Canada de votre époux ou conjoint',
    },
  },
  certificateOfQualification: {
    en: { label: 'Certificate of qualification', phrase: 'your certificate of qualification' },
    fr: { label: 'Certificat de qualification', phrase: 'votre certificat de qualification' },
  },
  siblingInCanada: {
    en: { label: 'Sibling in Canada', phrase: 'a sibling in Canada' },
    fr: { label: 'Frère ou sœur au Canada', phrase: 'un frère ou une sœur au Canada' },
  },
  nomination: {
    en: { label: 'Provincial nomination', phrase: 'your provincial nomination' },
    fr: { label: 'Désignation provinciale', phrase: 'votre désignation provinciale' },
  },
  funds: {
    en: { label: 'Proof of funds', phrase: 'your proof of funds' },
    fr: { label: 'Preuve de fonds', phrase: 'votre preuve de fonds' },
  },
  'funds.amount': {
    en: { label: 'Funds available', phrase: 'the funds you have' },
    fr: { label: 'Fonds disponibles', phrase: 'le montant de vos fonds' },
  },
  'funds.jobOffer': {
    en: { label: 'Valid job offer', phrase: 'a valid job offer' },
    fr: { label: 'Offre d’emploi valide', phrase: 'une offre d’emploi valide' },
  },
  'funds.authorizedToWork': {
    en: { label: 'Authorized to work in Canada', phrase: 'your authorization to work in Canada' },
    fr: {
      label: 'Autorisé à travailler au Canada',
      phrase: 'votre autorisation de travailler au Canada',
    },
  },
  policeCertificates: {
    en: { label: 'Police certificates', phrase: 'your police certificates' },
    fr: { label: 'Certificats de police', phrase: 'vos certificats de police' },
  },
  round: {
    en: { label: 'Your round', phrase: 'your round of invitations' },
    fr: { label: 'Votre ronde', phrase: 'votre ronde d’invitations' },
  },
};

/** A fact's field label in one language ("Date of birth" / « Date de naissance »). */
export function factLabel(path: FactPath, language: 'en' | 'fr'): string {
  return FACT_NAMES[path][language].label;
}

/** Each answer to "spouse or partner" in a sentence ("IRCC scored you …; your facts say …"). */
export const SPOUSE_WORDS: Record<(typeof SPOUSE_STATUSES)[number], Text> = {
  none: { en: 'no spouse or partner', fr: 'aucun époux ni conjoint de fait' },
  accompanying: {
    en: 'a spouse or partner who comes with you',
    fr: 'un époux ou conjoint de fait qui vous accompagne',
  },
  'not-accompanying': {
    en: 'a spouse or partner who does not come with you',
    fr: 'un époux ou conjoint de fait qui ne vous accompagne pas',
  },
  canadian: {
    en: 'a spouse or partner who is a Canadian citizen or permanent resident',
    fr: 'un époux ou conjoint de fait citoyen canadien ou résident permanent',
  },
};
