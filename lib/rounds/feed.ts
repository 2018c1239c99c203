// Parser for IRCC's public rounds feed (ee_rounds_123_en.json; reference/PORTAL.md): every value is
// a string, thousands separators are `,` (English) or a space (French), and draw numbers are not
// always integers (`91a`). Never throws: a malformed feed is an error the caller reports while it
// keeps the bundled rounds.
import { isIsoDate } from '../dates';
import { categoryOf, type Round } from './round';

export type ParseRoundsResult = { ok: true; rounds: Round[] } | { ok: false; error: string };

/** `1,234`, `1 234` (also no-break spaces) or a plain number → 1234; anything else → null. */
export function parseCount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const digits = value.trim().replace(/[,\s\u00a0\u202f]/g, '');
  return /^\d{1,7}$/.test(digits) ? Number(digits) : null;
}

const text = (record: Record<string, unknown>, key: string): string | null => {
  const value = record[key];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value.trim() : null;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseRound(raw: unknown, index: number): Round | string {
  const where = `round ${index + 1}`;
  if (!isRecord(raw)) return `${where} is not an object`;
  const number = text(raw, 'drawNumber');
  if (number === null || !/^\d{1,4}[a-z]?$/i.test(number)) {
    return `${where}: drawNumber ${JSON.stringify(raw['drawNumber'])} is not a round number`;
  }
  const at = `round ${number}`;
  const date = text(raw, 'drawDate');
  if (date === null || !isIsoDate(date)) {
    return `${at}: drawDate ${JSON.stringify(raw['drawDate'])} is not a YYYY-MM-DD date`;
  }
  const cutoff = parseCount(raw['drawCRS']);
  if (cutoff === null || cutoff > 1200) {
    return `${at}: drawCRS ${JSON.stringify(raw['drawCRS'])} is not a CRS score`;
  }
  const sizeText = text(raw, 'drawSize');
  const size = sizeText === null || sizeText === '' ? null : parseCount(sizeText);
  if (sizeText !== null && sizeText !== '' && size === null) {
    return `${at}: drawSize ${JSON.stringify(raw['drawSize'])} is not a number`;
  }
  const name = text(raw, 'drawName') ?? '';
  const programs = text(raw, 'drawText2') ?? '';
  return {
    number: number.toLowerCase(),
    date,
    name,
    cutoff,
    size,
    programs,
    category: categoryOf(name),
  };
}

export function parseRoundsFeed(json: unknown): ParseRoundsResult {
  const list = isRecord(json) ? json['rounds'] : undefined;
  if (!Array.isArray(list)) return { ok: false, error: 'the feed has no "rounds" list' };
  if (list.length === 0) return { ok: false, error: 'the feed lists no rounds' };
  const rounds: Round[] = [];
  for (const [i, raw] of list.entries()) {
    const round = parseRound(raw, i);
    if (typeof round === 'string') return { ok: false, error: round };
    rounds.push(round);
  }
  rounds.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
  return { ok: true, rounds };
}
