// Form → facts. Each field is checked on its own first so the message can sit beside it in plain
// words; then the whole object goes through `parseFacts`, the one door for facts, so the form can
// never save what the CLI or storage would refuse. A blank field is "not answered" and is left out;
// a field that does not parse keeps the value last saved for it (nothing saved is ever lost to a
// typo), and a question that does not apply (FormContext) is not saved at all.
import { parseFacts, type Facts, type LanguageTestFact, type WorkPeriod } from '../facts';
import { ABILITIES, CHARTS, languageOf, type LanguageTest } from '../language';
import {
  familySizeOf,
  fundsApply,
  NO_LETTER,
  spouseFactorsApply,
  spouseMayNeedCertificates,
  type FormContext,
} from './context';
import { parseTypedDate } from './dates';
import type { Answer, FormDraft, LanguageTestDraft, PoliceDraft, WorkDraft } from './draft';
import type { FieldError, FieldErrors } from './errors';
import { parseAmount, parseDecimal, parseWhole, scoreOnScale } from './numbers';

export interface DraftResult {
  /** True when every field parses: what was typed is exactly what is saved. */
  ok: boolean;
  /** What to save: the form's facts, with the last saved value where a field does not parse. */
  facts: Facts;
  errors: FieldErrors;
  /** The dates read from their fields, by field id (to echo them back in words). */
  dates: Record<string, string>;
}

class Collector {
  readonly errors: FieldErrors = {};
  readonly dates: Record<string, string> = {};
  fail(path: string, error: FieldError): undefined {
    this.errors[path] ??= error;
    return undefined;
  }
  date(path: string, text: string, needed = false): string | undefined {
    if (text.trim() === '') return needed ? this.fail(path, { code: 'needed' }) : undefined;
    const typed = parseTypedDate(text);
    if (typed.ok) {
      this.dates[path] = typed.iso;
      return typed.iso;
    }
    switch (typed.reason) {
      case 'format':
        return this.fail(path, { code: 'date' });
      case 'no-such-day':
        return this.fail(path, { code: 'dateNoSuchDay', day: typed.day });
      case 'ambiguous':
        return this.fail(path, { code: 'dateAmbiguous', first: typed.first, second: typed.second });
      case 'years':
        return this.fail(path, { code: 'dateYears', min: typed.min, max: typed.max });
    }
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
  if (hours <= 0 || hours > 168) return undefined;
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

function police(c: Collector, path: string, d: PoliceDraft, askPerson: boolean) {
  if (blank(d.country, d.requested) && !d.received) return undefined;
  const country = c.country(`${path}.country`, d.country);
  const requested = c.date(`${path}.requested`, d.requested);
  if (c.errors[`${path}.country`]) return undefined;
  return {
    country,
    ...(askPerson && d.person !== '' ? { person: d.person } : {}),
    received: d.received,
    ...(requested === undefined ? {} : { requested }),
  };
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

/**
 * Where the last saved value stands in for a field that does not parse: the field itself inside a
 * group (`family.size`), the whole list for a row's field (`work`: rows have no identity in the
 * facts), the whole test for the partner's test.
 */
function fallbackUnit(path: string): string[] {
  const list = /^(\w+)\[\d+\]/.exec(path);
  if (list?.[1] !== undefined) return [list[1]];
  if (path.startsWith('spouseLanguageTest.')) return ['spouseLanguageTest'];
  return path.split('.');
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `target` with the value at `unit` taken from `source` (or taken out when `source` has none). */
export function takeFrom(
  target: Record<string, unknown>,
  source: unknown,
  unit: readonly string[],
): void {
  let from: unknown = source;
  let to: Record<string, unknown> = target;
  for (const [i, key] of unit.entries()) {
    from = isRecord(from) ? from[key] : undefined;
    if (i === unit.length - 1) {
      if (from === undefined) delete to[key];
      else to[key] = structuredClone(from);
      return;
    }
    const next = to[key];
    if (!isRecord(next)) {
      if (from === undefined) return;
      to[key] = {};
    }
    const child = to[key];
    if (!isRecord(child)) return;
    to = child;
  }
}

export function factsFromDraft(
  d: FormDraft,
  previous: Facts = {},
  context: FormContext = NO_LETTER,
): DraftResult {
  const c = new Collector();
  const cutoff = c.whole('round.cutoff', d.round.cutoff, 0, 1200);
  const roundNumber = d.round.number.trim();
  if (roundNumber !== '' && !/^\d{1,4}[a-z]?$/.test(roundNumber))
    c.fail('round.number', { code: 'roundNumber' });
  const withFunds = fundsApply(context);
  const amountText = withFunds ? d.funds.amount.trim() : '';
  const amount = amountText === '' ? undefined : parseAmount(amountText);
  if (amount === null) c.fail('funds.amount', { code: 'amount' });

  const earned = d.education.earned;
  const eca =
    earned === 'abroad' ? c.date('education.ecaIssued', d.education.ecaIssued) : undefined;
  const spouseFactors = spouseFactorsApply(d, context);
  const askPerson = spouseMayNeedCertificates(d, context);
  const size = c.whole('family.size', d.family.size, 1, 30);

  const candidate: Facts = {
    dateOfBirth: c.date('dateOfBirth', d.dateOfBirth),
    plannedSubmission: c.date('plannedSubmission', d.plannedSubmission),
    family: compact({
      spouse: d.family.spouse === '' ? undefined : d.family.spouse,
      changedSinceProfile: yesNo(d.family.changedSinceProfile),
      size: d.family.size.trim() === '' ? (familySizeOf(d) ?? undefined) : size,
      children: c.whole('family.children', d.family.children, 0, 20),
    }),
    languageTests: rows(c, 'languageTests', d.languageTests, languageTest),
    spouseLanguageTest: spouseFactors
      ? languageTest(c, 'spouseLanguageTest', d.spouseLanguageTest)
      : undefined,
    education: compact({
      level: d.education.level === '' ? undefined : d.education.level,
      ecaIssued: earned === 'canada' ? null : eca,
      canadian: d.education.canadian === '' ? undefined : d.education.canadian,
    }),
    spouseEducation: spouseFactors && d.spouseEducation !== '' ? d.spouseEducation : undefined,
    work: rows(c, 'work', d.work, workPeriod),
    spouseCanadianWorkYears: spouseFactors
      ? c.whole('spouseCanadianWorkYears', d.spouseCanadianWorkYears, 0, 60)
      : undefined,
    certificateOfQualification: yesNo(d.certificateOfQualification),
    siblingInCanada: yesNo(d.siblingInCanada),
    nomination: d.nomination === '' ? undefined : d.nomination,
    funds: withFunds
      ? compact({
          amount: amount ?? undefined,
          jobOffer: yesNo(d.funds.jobOffer),
          authorizedToWork: yesNo(d.funds.authorizedToWork),
        })
      : undefined,
    // "No country to list" is an answer: an empty list, which a list with no rows cannot say.
    policeCertificates:
      d.policeNone && d.policeCertificates.length === 0
        ? []
        : rows(c, 'policeCertificates', d.policeCertificates, (col, path, row) =>
            police(col, path, row, askPerson),
          ),
    // Marks on the document checklist are not fields of this form: kept as saved.
    documents: previous.documents,
    round: compact({
      number: roundNumber === '' ? undefined : roundNumber,
      cutoff,
      category: d.round.category.trim() === '' ? undefined : d.round.category.trim(),
    }),
  };

  // Through JSON, as storage and export will see it: unanswered (undefined) keys disappear.
  const plain: unknown = JSON.parse(JSON.stringify(candidate));
  const facts = isRecord(plain) ? plain : {};
  for (const path of Object.keys(c.errors)) takeFrom(facts, previous, fallbackUnit(path));
  for (const group of ['family', 'education', 'funds', 'round'])
    if (isRecord(facts[group]) && Object.keys(facts[group]).length === 0) delete facts[group];

  const parsed = parseFacts(facts);
  if (parsed.ok) {
    const ok = Object.keys(c.errors).length === 0;
    return { ok, facts: parsed.facts, errors: c.errors, dates: c.dates };
  }
  // Not expected (the checks above mirror the schema): name what parseFacts refused, save nothing new.
  const errors: FieldErrors = { ...c.errors };
  for (const line of parsed.errors) {
    const at = line.indexOf(': ');
    const path = at < 0 ? 'facts' : line.slice(0, at);
    errors[path] ??= { code: 'other', message: at < 0 ? line : line.slice(at + 2) };
  }
  return { ok: false, facts: previous, errors, dates: c.dates };
}
