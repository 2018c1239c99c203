// The CRS engine's public face: profile validation, the dated grids, and `score`.
export { parseProfile, profileSchema, type CrsProfile, type ParsedProfile } from './profile';
export {
  CONFIRMED_THROUGH,
  CrsDateError,
  GRIDS,
  REPORTED_REVISION,
  ARRANGED_EMPLOYMENT,
  CANADIAN_EDUCATION,
  EDUCATION_LEVELS,
  gridFor,
  type ArrangedEmployment,
  type CanadianEducation,
  type CrsGrid,
  type EducationLevel,
} from './grids';
export {
  SECTION_ROWS,
  rowsFor,
  score,
  sectionsFor,
  totalOf,
  type CrsScore,
  type CrsSections,
} from './score';
export { isIsoDate } from '../dates';
export { CRS_ROW_NAMES } from './row-names';
