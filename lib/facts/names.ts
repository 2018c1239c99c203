// Every fact's name in words, as the user sees it on the options page (EN/FR).
import type { FactPath } from './schema';

export const FACT_NAMES: Record<FactPath, { en: string; fr: string }> = {
  dateOfBirth: { en: 'your date of birth', fr: 'votre date de naissance' },
  plannedSubmission: { en: 'the date you plan to submit', fr: 'la date prévue de présentation' },
  family: { en: 'your family situation', fr: 'votre situation familiale' },
  'family.spouse': { en: 'your spouse or partner', fr: 'votre époux ou conjoint de fait' },
  'family.changedSinceProfile': {
    en: 'changes in your family since the profile',
    fr: 'les changements familiaux depuis le profil',
  },
  'family.size': { en: 'your family size', fr: 'la taille de votre famille' },
  languageTests: { en: 'your language tests', fr: 'vos tests de langue' },
  spouseLanguageTest: {
    en: 'your spouse’s language test',
    fr: 'le test de langue de votre époux ou conjoint',
  },
  education: { en: 'your education', fr: 'vos études' },
  'education.level': { en: 'your level of education', fr: 'votre niveau de scolarité' },
  'education.ecaIssued': {
    en: 'the issue date of your ECA',
    fr: 'la date de délivrance de votre EDE',
  },
  'education.canadian': { en: 'your Canadian education', fr: 'vos études au Canada' },
  spouseEducation: {
    en: 'your spouse’s education',
    fr: 'les études de votre époux ou conjoint',
  },
  work: { en: 'your work periods', fr: 'vos périodes de travail' },
  spouseCanadianWorkYears: {
    en: 'your spouse’s Canadian work experience',
    fr: 'l’expérience de travail au Canada de votre époux ou conjoint',
  },
  certificateOfQualification: {
    en: 'your certificate of qualification',
    fr: 'votre certificat de qualification',
  },
  siblingInCanada: { en: 'a sibling in Canada', fr: 'un frère ou une sœur au Canada' },
  nomination: { en: 'your provincial nomination', fr: 'votre désignation provinciale' },
  funds: { en: 'your proof of funds', fr: 'votre preuve de fonds' },
  'funds.amount': { en: 'the funds you have', fr: 'le montant de vos fonds' },
  'funds.jobOffer': { en: 'a valid job offer', fr: 'une offre d’emploi valide' },
  'funds.authorizedToWork': {
    en: 'your authorization to work in Canada',
    fr: 'votre autorisation de travailler au Canada',
  },
  policeCertificates: { en: 'your police certificates', fr: 'vos certificats de police' },
  round: { en: 'your round of invitations', fr: 'votre ronde d’invitations' },
};
