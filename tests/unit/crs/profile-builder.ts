// Test helper: a valid profile with every factor at zero points unless overridden.
import type { CrsProfile } from '../../../lib/crs';

type Levels = { reading: number; writing: number; listening: number; speaking: number };

export const all = (level: number): Levels => ({
  reading: level,
  writing: level,
  listening: level,
  speaking: level,
});

export const levels = (reading: number, writing: number, listening: number, speaking: number) => ({
  reading,
  writing,
  listening,
  speaking,
});

/** Single, 45 (0 age points), no education, CLB 3 English (0 language points), nothing else. */
export function profile(overrides: Partial<CrsProfile> = {}): CrsProfile {
  return {
    age: 45,
    education: 'lessThanSecondary',
    firstOfficialLanguage: 'english',
    english: all(3),
    canadianWorkYears: 0,
    foreignWorkYears: 0,
    certificateOfQualification: false,
    siblingInCanada: false,
    canadianEducation: 'none',
    provincialNomination: false,
    arrangedEmployment: 'none',
    spouse: null,
    ...overrides,
  };
}

/** An accompanying spouse who adds no points (less than secondary, no test, no Canadian work). */
export const zeroSpouse: NonNullable<CrsProfile['spouse']> = {
  education: 'lessThanSecondary',
  canadianWorkYears: 0,
};

export const CURRENT = '2025-06-01';
