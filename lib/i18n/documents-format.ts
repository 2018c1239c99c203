// Values in words for the documents catalogues: country names, amounts and file sizes as each
// language writes them ("India" / « Inde », "3.8 MB" / « 3,8 Mo », "28,362" / « 28 362 »).
import { localeOf, type UiLanguage } from './language';

/** The country's name from its ISO 3166 alpha-2 code; the code itself when the browser has none. */
export function countryName(code: string, language: UiLanguage): string {
  try {
    return new Intl.DisplayNames([localeOf(language)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatNumber(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 }).format(value);
}

/**
 * Megabytes as upload limits count them (1 MB = 1,000,000 bytes), one decimal; under 0.1 MB in
 * kilobytes, so a small file is not shown as "0.0 MB".
 */
export function formatMegabytes(bytes: number, language: UiLanguage): string {
  if (bytes < 100_000) {
    const kilobytes = formatNumber(Math.max(1, Math.round(bytes / 1000)), language);
    return `${kilobytes}\u00a0${language === 'fr' ? 'ko' : 'kB'}`;
  }
  const value = new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(bytes / 1_000_000);
  return `${value}\u00a0${language === 'fr' ? 'Mo' : 'MB'}`;
}
