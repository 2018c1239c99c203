// The shape of one CRS grid revision. Every number IRCC publishes lives in a table of this shape,
// so a new revision is a new table, never a new `if`.

export const EDUCATION_LEVELS = [
  'lessThanSecondary',
  'secondary',
  'oneYear',
  'twoYear',
  'bachelorsOrThreeYear',
  'twoOrMore',
  'mastersOrProfessional',
  'doctoral',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const CANADIAN_EDUCATION = ['none', 'oneOrTwoYear', 'threeYearsOrMore'] as const;
export type CanadianEducation = (typeof CANADIAN_EDUCATION)[number];

export const ARRANGED_EMPLOYMENT = ['none', 'noc00', 'other'] as const;
export type ArrangedEmployment = (typeof ARRANGED_EMPLOYMENT)[number];

/** Points for a candidate scored with an accompanying spouse, and without. */
export interface Pair {
  withSpouse: number;
  withoutSpouse: number;
}

/** One row of a banded table: applies to values from `from` up to `to` inclusive (`null` = no limit). */
export interface Band<P> {
  from: number;
  to: number | null;
  points: P;
}

export type LanguageTier = 'none' | 'low' | 'high';

/** A skill-transferability table: rows by the candidate's factor, columns by tier. */
export type TransferTable<Row extends string> = Record<Row, Record<LanguageTier, number>>;

export type TransferEducationRow = 'secondaryOrLess' | 'oneYearPlus' | 'twoOrMoreOrAdvanced';
export type TransferForeignRow = 'none' | 'oneToTwo' | 'threePlus';

export interface HumanCapitalTables {
  age: readonly Band<Pair>[];
  education: Record<EducationLevel, Pair>;
  firstLanguage: { perAbility: readonly Band<Pair>[]; cap: Pair };
  secondLanguage: { perAbility: readonly Band<Pair>[]; cap: Pair };
  canadianWork: readonly Band<Pair>[];
}

export interface SpouseTables {
  education: Record<EducationLevel, number>;
  firstLanguage: { perAbility: readonly Band<number>[]; cap: number };
  canadianWork: readonly Band<number>[];
}

export interface TransferTables {
  /**
   * Language tiers use the LOWEST of the four first-official-language abilities: `low` from
   * `low` up, `high` from `high` up, `none` below `low`.
   */
  tiers: {
    educationAndForeignWork: { low: number; high: number };
    certificate: { low: number; high: number };
  };
  /** Canadian work columns: `none` below `low` years, `low` from `low`, `high` from `high`. */
  canadianWorkColumns: { low: number; high: number };
  foreignWorkRows: readonly Band<TransferForeignRow>[];
  educationRows: Record<EducationLevel, TransferEducationRow>;
  educationPlusLanguage: TransferTable<TransferEducationRow>;
  educationPlusCanadianWork: TransferTable<TransferEducationRow>;
  foreignPlusLanguage: TransferTable<TransferForeignRow>;
  foreignPlusCanadianWork: TransferTable<TransferForeignRow>;
  certificatePlusLanguage: Record<LanguageTier, number>;
  /** Each of the three groups (education, foreign work, certificate) is capped at this. */
  groupCap: number;
}

export interface AdditionalTables {
  sibling: number;
  /** NCLC `minNclc`+ on all four French abilities; the higher amount with CLB `minClb`+ on all four English. */
  frenchBonus: { minNclc: number; minClb: number; frenchOnly: number; frenchAndEnglish: number };
  canadianEducation: Record<CanadianEducation, number>;
  arrangedEmployment: Record<ArrangedEmployment, number>;
  provincialNomination: number;
}

export interface CrsGrid {
  id: string;
  /** First day in force, `YYYY-MM-DD`. */
  effectiveFrom: string;
  /** Last day in force, or null while current. */
  effectiveTo: string | null;
  /** IRCC pages (and the notices that dated the change) this table was taken from. */
  sources: readonly string[];
  /** What changed from the previous revision, in plain words. */
  change: string;
  caps: {
    core: Pair;
    spouse: number;
    corePlusSpouse: number;
    transfer: number;
    additional: number;
  };
  core: HumanCapitalTables;
  spouse: SpouseTables;
  transfer: TransferTables;
  additional: AdditionalTables;
}
