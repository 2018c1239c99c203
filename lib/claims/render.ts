// Claims in plain words, English or French ("What your score rests on"): one line per claim, its
// name as the form names the fact (lib/facts FACT_NAMES) and every value the letter allows.
import { FACT_NAMES } from '../facts';
import type { UiLanguage } from '../i18n';
import { optionsEn, type ClaimWords, type OptionsMessages } from '../i18n/options-en';
import { optionsFr } from '../i18n/options-fr';
import {
  CLAIM_KEYS,
  FACT_OF_CLAIM,
  isWordedClaim,
  type ClaimKey,
  type Claims,
  type FourLevels,
} from './types';

export interface ClaimLine {
  key: ClaimKey;
  label: string;
  /** One entry per value the letter allows (read "or" between them); one entry: certain. */
  values: string[];
}

/** The top of each count of years: the grid's last column means "this many or more". */
const TOP_YEARS: Partial<Record<ClaimKey, number>> = {
  canadianWorkYears: 5,
  foreignWorkYears: 3,
  spouseCanadianWorkYears: 5,
};

/** Consecutive years as ranges: [1, 2] → 1 to 2; [3] with top 3 → 3 or more. */
function yearRanges(values: readonly number[], top: number): ClaimWords[] {
  const out: ClaimWords[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last?.kind === 'years' && last.to !== null && last.to + 1 === v) last.to = v;
    else out.push({ kind: 'years', from: v, to: v });
  }
  for (const w of out) if (w.kind === 'years' && w.to === top) w.to = null;
  return out;
}

/** Equal ranges grouped, highest first: [[9,9],[9,9],[10,12],[10,12]] → 10+ in two, 9 in two. */
function levelGroups(four: FourLevels): { count: number; from: number; to: number }[] {
  const groups: { count: number; from: number; to: number }[] = [];
  for (const [from, to] of [...four].reverse()) {
    const last = groups.at(-1);
    if (last && last.from === from && last.to === to) last.count += 1;
    else groups.push({ count: 1, from, to });
  }
  return groups;
}

function scaleOf(claims: Claims, key: ClaimKey): 'CLB' | 'NCLC' | 'CLB/NCLC' {
  const first = claims.firstOfficialLanguage;
  if (key === 'spouseLanguageClb' || first?.length !== 1) return 'CLB/NCLC';
  const isFirst = key === 'firstLanguageClb';
  return (first[0] === 'english') === isFirst ? 'CLB' : 'NCLC';
}

function words(t: OptionsMessages, claims: Claims, key: ClaimKey): string[] {
  const all = (count: number, values: readonly unknown[]) =>
    values.length === count ? [t.claimsEither] : null;
  switch (key) {
    case 'spouse':
      return (
        all(2, claims.spouse ?? []) ??
        (claims.spouse ?? []).map((value) => t.claimWords({ kind: 'spouse', value }))
      );
    case 'age':
      return (claims.age ?? []).map(([from, to]) => t.claimWords({ kind: 'age', from, to }));
    case 'education':
    case 'spouseEducation':
      return (claims[key] ?? []).map((e) => t.educationLevels[e]);
    case 'canadianWorkYears':
    case 'foreignWorkYears':
    case 'spouseCanadianWorkYears': {
      const values = claims[key] ?? [];
      const top = TOP_YEARS[key] ?? 5;
      return all(top + 1, values) ?? yearRanges(values, top).map(t.claimWords);
    }
    case 'provincialNomination':
    case 'siblingInCanada':
    case 'certificateOfQualification': {
      const values = claims[key] ?? [];
      return all(2, values) ?? values.map((value) => t.claimWords({ kind: 'yes-no', value }));
    }
    case 'canadianEducation':
      return (claims.canadianEducation ?? []).map((c) => t.canadianEducation.options[c]);
    case 'arrangedEmployment': {
      const values = claims.arrangedEmployment ?? [];
      return all(3, values) ?? values.map((a) => t.arrangedEmploymentOptions[a]);
    }
    case 'firstOfficialLanguage': {
      const values = claims.firstOfficialLanguage ?? [];
      return all(2, values) ?? values.map((first) => t.claimWords({ kind: 'language', first }));
    }
    case 'firstLanguageClb':
    case 'secondLanguageClb':
    case 'spouseLanguageClb':
      return (claims[key] ?? []).map((four) =>
        key !== 'firstLanguageClb' && four.every(([from, to]) => from === 0 && to < 5)
          ? t.claimWords({ kind: 'no-points-language' })
          : t.claimWords({
              kind: 'levels',
              scale: scaleOf(claims, key),
              groups: levelGroups(four),
            }),
      );
  }
}

/** The claims as lines of words, in the order they are asked about on the options page. */
export function describeClaims(claims: Claims, language: UiLanguage): ClaimLine[] {
  const t = language === 'fr' ? optionsFr : optionsEn;
  const lines: ClaimLine[] = [];
  for (const key of CLAIM_KEYS) {
    if (claims[key] === undefined) continue;
    const label = isWordedClaim(key)
      ? t.claimLabels[key]
      : FACT_NAMES[FACT_OF_CLAIM[key]][language].label;
    lines.push({ key, label, values: words(t, claims, key) });
  }
  return lines;
}
