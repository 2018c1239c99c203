// Form → facts. Each field is checked on its own first so the message can sit beside it in plain
// words; then the whole object goes through `parseFacts`, the one door for facts, so the form can
// never save what the CLI or storage would refuse. A blank field is "not answered" and is left out.
import { isIsoDate } from '../dates';
import { parseFacts, type Facts, type LanguageTestFact, type WorkPeriod } from '../facts';
import { ABILITIES, CHARTS, languageOf, type LanguageTest } from '../language';
import type { Answer, FormDraft, LanguageTestDraft, PoliceDraft, WorkDraft } from './draft';
import type { FieldError, FieldErrors } from './errors';
import { parseAmount, parseDecimal, parseWhole, scoreOnScale } from './numbers';

export type DraftResult =
  { ok: true; facts: Facts; errors: FieldErrors } | { ok: false; facts: null; errors: FieldErrors };

class Collector {
  readonly errors: FieldErrors = {};
  fail(path: string, error: FieldError): undefined {
    this.errors[path] ??= error;
    return undefined;
  }
  date(path: string, text: string, needed = false): string | undefined {
    const t = text.trim();
    if (t === '') return needed ? this.fail(path, { code: 'needed' }) : undefined;
    return isIsoDate(t) ? t : this.fail(path, { code: 'date' });
  }
  /** A two-letter country code (`ca` is read as `CA`), as work periods and police certificates take. */
  country(path: string, text: string): string {
    const country = text.trim().toUpperCase();
    if (country === '') this.fail(path, { code: 'needed' });
    else if (!/^[A-Z]{2}$/.test(country)) this.fail(path, { code: 'country' });
    return country;
  }
  whole(path: string, text: string, min: number, max: number, needed = false): number | undefined {
    if (text.trim() === '') return needed ? this.fail(path, { code: 'needed' }) : undefined;
    const n = parseWhole(text);
    return n !== null && n >= min && n <= max ? n : this.fail(path, { code: 'whole', min, max });
  }
}

const yesNo = (a: Answer): boolean | undefined => (a === '' ? undefined : a === 'yes');
const blank = (...texts: string[]): boolean => texts.every((t) => t.trim() === '');
/** A group whose every answer is blank is left out altogether. */
function compact<T extends object>(o: T): T | undefined {
  return Object.values(o).some((v) => v !== undefined) ? o : undefined;
}

function languageTest(
  c: Collector,
  path: string,
  d: LanguageTestDraft,
): LanguageTestFact | null | undefined {
  if (d.test === 'none') return null;
  const untouched = blank(d.resultDate, d.listening, d.reading, d.writing, d.speaking);
  if (d.test === '') return untouched ? undefined : c.fail(`${path}.test`, { code: 'needed' });
  const test: LanguageTest = d.test;
  const resultDate = c.date(`${path}.resultDate`, d.resultDate, true);
  const scores = { listening: 0, reading: 0, writing: 0, speaking: 0 };
  let scoresOk = true;
  for (const ability of ABILITIES) {
    const at = `${path}.scores.${ability}`;
    if (d[ability].trim() === '') {
      c.fail(at, { code: 'needed' });
      scoresOk = false;
      continue;
    }
    const value = scoreOnScale(test, ability, d[ability]);
    if (value === null) {
      const { min, max, step } = CHARTS[test].scale[ability];
      c.fail(at, { code: 'score', min, max, step });
      scoresOk = false;
    } else scores[ability] = value;
  }
  if (resultDate === undefined || !scoresOk) return undefined;
  return { language: languageOf(test), test, resultDate, scores };
}

function workPeriod(c: Collector, path: string, d: WorkDraft): WorkPeriod | undefined {
  if (blank(d.start, d.end, d.hoursPerWeek, d.country, d.noc) && d.teer === '') return undefined;
  const start = c.date(`${path}.start`, d.start, true);
  const end = d.ongoing ? null : c.date(`${path}.end`, d.end, true);
  const hoursText = d.hoursPerWeek.trim();
  const hours = parseDecimal(hoursText);
  if (hoursText === '') c.fail(`${path}.hoursPerWeek`, { code: 'needed' });
  else if (hours === null || hours <= 0 || hours > 168)
    c.fail(`${path}.hoursPerWeek`, { code: 'number', min: 1, max: 168 });
  const country = c.country(`${path}.country`, d.country);
  const noc = d.noc.trim();
  if (noc !== '' && !/^\d{5}$/.test(noc)) c.fail(`${path}.noc`, { code: 'noc' });
  if (d.teer === '') c.fail(`${path}.teer`, { code: 'needed' });
  if (start !== undefined && end !== undefined && end !== null && end < start) {
    c.fail(`${path}.end`, { code: 'endBeforeStart' });
    return undefined;
  }
  if (start === undefined || end === undefined || hours === null || d.teer === '') return undefined;
  return {
    start,
    end,
    hoursPerWeek: hours,
    country,
    teer: Number(d.teer),
    ...(noc === '' ? {} : { noc }),
    paid: d.paid,
    selfEmployed: d.selfEmployed,
    fullTimeStudent: d.fullTimeStudent,
  };
}

function police(c: Collector, path: string, d: PoliceDraft) {
  if (blank(d.country, d.requested) && !d.received) return undefined;
  const country = c.country(`${path}.country`, d.country);
  const requested = c.date(`${path}.requested`, d.requested);
  if (c.errors[`${path}.country`]) return undefined;
  return { country, received: d.received, ...(requested === undefined ? {} : { requested }) };
}

/** One work row as a period, or undefined while it is blank or does not parse yet. */
export function workPeriodFromDraft(d: WorkDraft): WorkPeriod | undefined {
  return workPeriod(new Collector(), 'work', d);
}

/** Rows that were left entirely blank are dropped; an undefined row (invalid) keeps its error. */
function rows<D, F>(
  c: Collector,
  name: string,
  drafts: readonly D[],
  one: (c: Collector, path: string, d: D) => F | null | undefined,
): F[] | undefined {
  const out: F[] = [];
  drafts.forEach((d, i) => {
    const value = one(c, `${name}[${i}]`, d);
    if (value !== undefined && value !== null) out.push(value);
  });
  return out.length === 0 ? undefined : out;
}

export function factsFromDraft(d: FormDraft): DraftResult {
  const c = new Collector();
  const cutoff = c.whole('round.cutoff', d.round.cutoff, 0, 1200);
  const roundNumber = d.round.number.trim();
  if (roundNumber !== '' && !/^\d{1,4}[a-z]?$/.test(roundNumber))
    c.fail('round.number', { code: 'roundNumber' });
  const amountText = d.funds.amount.trim();
  const amount = amountText === '' ? undefined : parseAmount(amountText);
  if (amount === null) c.fail('funds.amount', { code: 'amount' });

  const earned = d.education.earned;
  const eca =
    earned === 'abroad' ? c.date('education.ecaIssued', d.education.ecaIssued) : undefined;

  const candidate: Facts = {
    dateOfBirth: c.date('dateOfBirth', d.dateOfBirth),
    plannedSubmission: c.date('plannedSubmission', d.plannedSubmission),
    family: compact({
      spouse: d.family.spouse === '' ? undefined : d.family.spouse,
      changedSinceProfile: yesNo(d.family.changedSinceProfile),
      size: c.whole('family.size', d.family.size, 1, 30),
      children: c.whole('family.children', d.family.children, 0, 20),
    }),
    languageTests: rows(c, 'languageTests', d.languageTests, languageTest),
    spouseLanguageTest: languageTest(c, 'spouseLanguageTest', d.spouseLanguageTest),
    education: compact({
      level: d.education.level === '' ? undefined : d.education.level,
      ecaIssued: earned === 'canada' ? null : eca,
      canadian: d.education.canadian === '' ? undefined : d.education.canadian,
    }),
    spouseEducation: d.spouseEducation === '' ? undefined : d.spouseEducation,
    work: rows(c, 'work', d.work, workPeriod),
    spouseCanadianWorkYears: c.whole('spouseCanadianWorkYears', d.spouseCanadianWorkYears, 0, 60),
    certificateOfQualification: yesNo(d.certificateOfQualification),
    siblingInCanada: yesNo(d.siblingInCanada),
    nomination: d.nomination === '' ? undefined : d.nomination,
    funds: compact({
      amount: amount ?? undefined,
      jobOffer: yesNo(d.funds.jobOffer),
      authorizedToWork: yesNo(d.funds.authorizedToWork),
    }),
    policeCertificates: rows(c, 'policeCertificates', d.policeCertificates, police),
    round: compact({
      number: roundNumber === '' ? undefined : roundNumber,
      cutoff,
      category: d.round.category.trim() === '' ? undefined : d.round.category.trim(),
    }),
  };
  if (Object.keys(c.errors).length > 0) return { ok: false, facts: null, errors: c.errors };

  // Through JSON, as storage and export will see it: unanswered (undefined) keys disappear.
  const parsed = parseFacts(JSON.parse(JSON.stringify(candidate)));
  if (parsed.ok) return { ok: true, facts: parsed.facts, errors: {} };
  // Not expected (the checks above mirror the schema), but never save what parseFacts refuses.
  const errors: FieldErrors = {};
  for (const line of parsed.errors) {
    const at = line.indexOf(': ');
    const path = at < 0 ? 'facts' : line.slice(0, at);
    errors[path] ??= { code: 'other', message: at < 0 ? line : line.slice(at + 2) };
  }
  return { ok: false, facts: null, errors };
}
