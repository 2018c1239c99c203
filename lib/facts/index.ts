// Public face of the candidate's facts.
export {
  factsSchema,
  languageTestSchema,
  workPeriodSchema,
  FACT_PATHS,
  EDUCATION_LEVELS,
  LANGUAGE_TESTS,
  SPOUSE_STATUSES,
  PERSONS,
  FACT_YEARS,
  type Person,
  type Facts,
  type FactPath,
  type LanguageTestFact,
  type WorkPeriod,
  type EducationLevel,
} from './schema';
export { parseFacts, formatPath, type ParseFactsResult } from './parse';
export { FACT_NAMES, SPOUSE_WORDS, factLabel, type FactName } from './names';
export { isEntered } from './entered';
