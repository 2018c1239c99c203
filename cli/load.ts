// What the commands load: a saved page or an ITA letter PDF read into a reading, and the
// candidate's facts. Every failure is one clear line (UsageError), never a stack trace.
import { extname } from 'node:path';
import { parseFacts, type Facts } from '../lib/facts';
import { read, readText, type Reading } from '../lib/reader';
import { isPdf, pdfToText } from '../lib/reader/pdf';
import { readerProblemText } from '../lib/i18n/reader';
import { decodeText, MAX_BYTES, readBytes, readJson } from './input';
import { dateOption } from './args';
import { UsageError } from './io';
import { messageOf } from '../lib/error-message';

/** Reads an .html/.htm page (linkedom), an ITA letter .pdf (pdf.js) or a .txt. */
export async function loadReading(path: string): Promise<Reading> {
  const extension = extname(path).toLowerCase();
  const bytes = await readBytes(path, extension === '.pdf' ? MAX_BYTES.pdf : MAX_BYTES.page);
  if (extension === '.pdf' || isPdf(bytes)) {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    try {
      return readText(await pdfToText(bytes, pdfjs));
    } catch (error) {
      const reason = messageOf(error);
      throw new UsageError(`cannot read '${path}': ${reason.split('\n')[0]}`);
    }
  }
  const text = decodeText(bytes);
  if (extension === '.txt') return readText(text);
  if (!/<[a-z!]/i.test(text)) {
    throw new UsageError(`cannot read '${path}': expected an .html page or a .pdf letter`);
  }
  const { parseHTML } = await import('linkedom');
  try {
    return read(parseHTML(text).document);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new UsageError(`cannot read '${path}': the page is nested too deeply to read`);
    }
    throw error;
  }
}

/** A reading of a page ITA Ready recognises; exit 2 with the reason otherwise. */
export async function loadKnownReading(path: string): Promise<Reading> {
  const reading = await loadReading(path);
  if (reading.kind === 'unknown') {
    // What the reader found wrong (a page too deep, styles it could not apply) says more than the
    // generic reason.
    const why = reading.problems
      .filter((problem) => problem.code !== 'page-not-recognised')
      .map((problem) => readerProblemText(problem, 'en'));
    throw new UsageError(
      `'${path}' is not a page ITA Ready knows (no score table, invitation wording or "Days left to submit" column found)${why.length > 0 ? `. ${why.join(' ')}` : ''}`,
      2,
    );
  }
  return reading;
}

/** The candidate's facts from `--facts file.json`: the first error names the field. */
export async function loadFacts(path: string): Promise<Facts> {
  const parsed = parseFacts(await readJson(path, '--facts'));
  if (!parsed.ok) {
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : '';
    throw new UsageError(`--facts: ${parsed.errors[0] ?? 'invalid'}${more}`);
  }
  return parsed.facts;
}

/**
 * The instant and zone a command evaluates at. `--today D` means 12:00 UTC on D in the UTC zone,
 * so a saved scenario gives the same answer on every machine; without it, the clock and this
 * machine's zone (the command line may read the clock; lib/ may not).
 */
export function evaluationTime(today: string | null): { now: number; timeZone: string } {
  if (today === null)
    return { now: Date.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  return { now: Date.parse(`${today}T12:00:00Z`), timeZone: 'UTC' };
}

/**
 * What check, plan and checklist judge: the letter's reading, the facts (`{}` without `--facts`) and
 * the instant and zone of `--today` (evaluationTime).
 */
export async function loadJudged(
  page: string,
  values: { facts?: string | undefined; today?: string | undefined },
): Promise<{ reading: Reading; facts: Facts; now: number; timeZone: string }> {
  const today = dateOption('--today', values.today);
  const facts = values.facts === undefined ? {} : await loadFacts(values.facts);
  const reading = await loadKnownReading(page);
  return { reading, facts, ...evaluationTime(today) };
}
