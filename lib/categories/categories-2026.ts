// The 2026 categories of category-based Express Entry rounds and the NOC 2021 codes eligible in
// each, from IRCC's "Express Entry: Category-based selection" page (its date 2026-06-22), announced
// 2026-02-18. The codes come from one transcription of that page; check the page before relying on
// a single code:
// https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/rounds-invitations/category-based-selection.html
// Keys are the category slugs the rounds data gives a round (lib/rounds `categoryOf`), so a round
// found by date names its category here. Agriculture and agri-food is not a 2026 category.
import type { Category, CategorySlug2026 } from './types';

export const CATEGORIES_2026: Record<CategorySlug2026, Category> = {
  french: {
    name: { en: 'French-language proficiency', fr: 'Compétence linguistique en français' },
    requirement: 'french-language',
    noc: null,
    inCanadaOnly: false,
  },
  healthcare: {
    name: {
      en: 'Healthcare and social services occupations',
      fr: 'Professions de la santé et des services sociaux',
    },
    requirement: 'occupation',
    // prettier-ignore
    noc: [
      '31100', '31101', '31102', '31103', '31110', '31111', '31112', '31120', '31121', '31200',
      '31201', '31202', '31203', '31209', '31300', '31301', '31302', '31303', '32101', '32102',
      '32103', '32104', '32109', '32111', '32120', '32121', '32122', '32123', '32124', '32129',
      '32201', '33101', '33102', '33103', '41300', '41301', '42201',
    ],
    inCanadaOnly: false,
  },
  stem: {
    name: {
      en: 'Science, technology, engineering and math (STEM) occupations',
      fr: 'Professions en sciences, technologies, génie et mathématiques (STGM)',
    },
    requirement: 'occupation',
    // prettier-ignore
    noc: [
      '20011', '21220', '21300', '21301', '21310', '21321', '21331', '22300', '22301', '22310',
      '63100',
    ],
    inCanadaOnly: false,
  },
  trade: {
    name: { en: 'Trade occupations', fr: 'Métiers spécialisés' },
    requirement: 'occupation',
    // prettier-ignore
    noc: [
      '22303', '63201', '70010', '70011', '72100', '72102', '72106', '72200', '72201', '72300',
      '72302', '72310', '72311', '72320', '72400', '72401', '72402', '72422', '72501', '72999',
      '73100', '73110', '73112', '73113', '82021',
    ],
    inCanadaOnly: false,
  },
  education: {
    name: { en: 'Education occupations', fr: 'Professions en éducation' },
    requirement: 'occupation',
    // prettier-ignore
    noc: ['41220', '41221', '42202', '42203', '43100'],
    inCanadaOnly: false,
  },
  transport: {
    name: { en: 'Transport occupations', fr: 'Professions du transport' },
    requirement: 'occupation',
    // prettier-ignore
    noc: ['22313', '72404', '72410', '72600'],
    inCanadaOnly: false,
  },
  physicians: {
    name: {
      en: 'Physicians with Canadian work experience',
      fr: 'Médecins ayant de l’expérience de travail au Canada',
    },
    requirement: 'occupation',
    // prettier-ignore
    noc: ['31100', '31101', '31102'],
    inCanadaOnly: true,
  },
  'senior-managers': {
    name: {
      en: 'Senior managers with Canadian work experience',
      fr: 'Cadres supérieurs ayant de l’expérience de travail au Canada',
    },
    requirement: 'occupation',
    // prettier-ignore
    noc: ['00012', '00013', '00014', '00015'],
    inCanadaOnly: true,
  },
  researchers: {
    name: {
      en: 'Researchers with Canadian work experience',
      fr: 'Chercheurs ayant de l’expérience de travail au Canada',
    },
    requirement: 'occupation',
    // prettier-ignore
    noc: ['41200', '41201'],
    inCanadaOnly: true,
  },
  military: {
    name: { en: 'Skilled military recruits', fr: 'Recrues militaires qualifiées' },
    requirement: 'military-service',
    // prettier-ignore
    noc: ['40042', '42102', '43204'],
    inCanadaOnly: false,
  },
};
