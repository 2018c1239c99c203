// The 16 rows of the CRS breakdown named as IRCC's letter names them, in English and in French
// (the letter's "CRS – Human Capital – Level of Education" / « SCG – Capital humain – Niveau de
// scolarité », without the "CRS –" prefix and with the section kept where a name alone would be
// ambiguous). Every text the user reads names a row this way, never by its key.
import type { CrsRowKey } from '../reader/types';
import type { Text } from '../verdict';

export const CRS_ROW_NAMES: Record<CrsRowKey, Text> = {
  age: { en: 'Age', fr: 'Âge' },
  education: { en: 'Level of education', fr: 'Niveau de scolarité' },
  firstLanguage: { en: 'First official language', fr: 'Première langue officielle' },
  secondLanguage: { en: 'Second official language', fr: 'Deuxième langue officielle' },
  canadianWork: { en: 'Canadian work experience', fr: 'Expérience de travail au Canada' },
  spouseEducation: {
    en: 'Spouse – level of education',
    fr: 'Époux ou conjoint de fait – niveau de scolarité',
  },
  spouseLanguage: {
    en: 'Spouse – first official language',
    fr: 'Époux ou conjoint de fait – première langue officielle',
  },
  spouseCanadianWork: {
    en: 'Spouse – Canadian work experience',
    fr: 'Époux ou conjoint de fait – expérience de travail au Canada',
  },
  transferEducation: {
    en: 'Skill transferability – education',
    fr: 'Transférabilité des compétences – études',
  },
  transferForeignWork: {
    en: 'Skill transferability – foreign work experience',
    fr: 'Transférabilité des compétences – expérience de travail à l’étranger',
  },
  transferCertificate: {
    en: 'Skill transferability – certificate of qualification',
    fr: 'Transférabilité des compétences – certificat de qualification',
  },
  frenchBonus: { en: 'French proficiency or bilingualism', fr: 'Compétences en français' },
  sibling: { en: 'PR or Canadian sibling', fr: 'Frère ou sœur au Canada' },
  canadianEducation: { en: 'Canadian education', fr: 'Études au Canada' },
  arrangedEmployment: { en: 'Arranged employment', fr: 'Emploi réservé' },
  provincialNomination: {
    en: 'Provincial/territorial nomination',
    fr: 'Désignation provinciale ou territoriale',
  },
};

/** The 16 names in one language, for catalogues that look a row up by its key. */
export function rowNamesIn(language: 'en' | 'fr'): Record<CrsRowKey, string> {
  const name = (key: CrsRowKey) => CRS_ROW_NAMES[key][language];
  return {
    age: name('age'),
    education: name('education'),
    firstLanguage: name('firstLanguage'),
    secondLanguage: name('secondLanguage'),
    canadianWork: name('canadianWork'),
    spouseEducation: name('spouseEducation'),
    spouseLanguage: name('spouseLanguage'),
    spouseCanadianWork: name('spouseCanadianWork'),
    transferEducation: name('transferEducation'),
    transferForeignWork: name('transferForeignWork'),
    transferCertificate: name('transferCertificate'),
    frenchBonus: name('frenchBonus'),
    sibling: name('sibling'),
    canadianEducation: name('canadianEducation'),
    arrangedEmployment: name('arrangedEmployment'),
    provincialNomination: name('provincialNomination'),
  };
}
