// The names findings give to things the data holds as codes: programs, countries, language tests,
// rounds, categories, NOC codes and work periods.
import { categoryName } from '../categories';
import { CRS_ROW_NAMES } from '../crs';
import type { WorkPeriod } from '../facts';
import { CHARTS, type LanguageTest } from '../language';
import { CRS_ROW_KEYS, type CrsRowKey, type Program } from '../reader/types';
import type { Round } from '../rounds';
import type { Text } from '../verdict';
import { day, list, same, text } from './text';
import type { CutoffInfo, InvitationDate, PageField } from './types';

/** IRCC's own names of the programs, as the letter's "invite you to apply … under the …". */
export const PROGRAM_NAMES: Record<Program, Text> = {
  FSW: text('Federal Skilled Worker Program', 'Programme des travailleurs qualifiés (fédéral)'),
  CEC: text('Canadian Experience Class', 'catégorie de l’expérience canadienne'),
  FST: text(
    'Federal Skilled Trades Program',
    'Programme des travailleurs de métiers spécialisés (fédéral)',
  ),
  PNP: text('Provincial Nominee Program', 'Programme des candidats des provinces'),
};

/** "under the Canadian Experience Class" / « au titre de la catégorie de l’expérience canadienne ». */
export function underProgram(program: Program): Text {
  const name = PROGRAM_NAMES[program];
  return text(
    `under the ${name.en}`,
    program === 'CEC' ? `au titre de la ${name.fr}` : `au titre du ${name.fr}`,
  );
}

const REGIONS = {
  en: new Intl.DisplayNames(['en-CA'], { type: 'region', fallback: 'code' }),
  fr: new Intl.DisplayNames(['fr-CA'], { type: 'region', fallback: 'code' }),
};

/** "India" / « Inde » from `IN`. */
export function country(code: string): Text {
  return { en: REGIONS.en.of(code) ?? code, fr: REGIONS.fr.of(code) ?? code };
}

/** "IELTS General Training": the test's own name, the same in both languages. */
export function testName(test: LanguageTest): Text {
  return same(CHARTS[test].name);
}

/** "round 121 of July 10, 2019" / « ronde 121 du 10 juillet 2019 », with its category if any. */
export function roundWords(round: Round): Text {
  const when = day(round.date);
  const category = round.category === null ? null : categoryWords(round.category);
  return text(
    `round ${round.number} of ${when.en}${category ? ` (${category.en})` : ''}`,
    `ronde ${round.number} du ${when.fr}${category ? ` (${category.fr})` : ''}`,
  );
}

/** A category's name; one typed by hand that no round used is quoted as typed. */
export function categoryWords(slug: string): Text {
  return categoryName(slug) ?? text(`the category “${slug}”`, `la catégorie « ${slug} »`);
}

/** "NOC 21231" / « CNP 21231 ». */
export function nocWords(noc: string): Text {
  return text(`NOC ${noc}`, `CNP ${noc}`);
}

/**
 * One work period as the user entered it: "from March 4, 2024, ongoing (NOC 21231, India)" —
 * enough to find the row on the options page.
 */
export function periodWords(period: WorkPeriod): Text {
  const from = day(period.start);
  const where = country(period.country);
  const noc = period.noc === undefined ? '' : `${nocWords(period.noc).en}, `;
  const cnp = period.noc === undefined ? '' : `${nocWords(period.noc).fr}, `;
  if (period.end === null) {
    return text(
      `from ${from.en}, ongoing (${noc}${where.en})`,
      `depuis le ${from.fr} (${cnp}${where.fr})`,
    );
  }
  const to = day(period.end);
  return text(
    `from ${from.en} to ${to.en} (${noc}${where.en})`,
    `du ${from.fr} au ${to.fr} (${cnp}${where.fr})`,
  );
}

/** Rows as the letter names them, quoted: “Age” and “Level of education” / « Âge » et « … ». */
export function rowNames(rows: readonly CrsRowKey[]): Text {
  return list(rows.map((k) => text(`“${CRS_ROW_NAMES[k].en}”`, `« ${CRS_ROW_NAMES[k].fr} »`)));
}

/** Where the cut-off comes from, in brackets after it: " (round 121 of July 10, 2019)". */
export function cutoffSource(cutoff: Pick<CutoffInfo, 'source' | 'round'>): Text {
  if (cutoff.source === 'user')
    return text(' (the cut-off you entered)', ' (le seuil que vous avez saisi)');
  if (cutoff.round === null) return text('', '');
  const round = roundWords(cutoff.round);
  return text(` (${round.en})`, ` (${round.fr})`);
}

/** The invitation date in words, marked when it was inferred rather than read on the letter. */
export function invitationDay(ita: InvitationDate): Text {
  const date = day(ita.date);
  if (ita.basis === 'letter') return date;
  return text(`${date.en} (assumed invitation date)`, `${date.fr} (date d’invitation présumée)`);
}

/** A value of the page (a `Reading.missing` name) in words: "the invitation date". */
export function pageFieldWords(field: PageField): Text {
  const row = /^crs\.rows\.(\w+)$/.exec(field)?.[1];
  const key = CRS_ROW_KEYS.find((k) => k === row);
  if (key !== undefined) {
    const name = CRS_ROW_NAMES[key];
    return text(`the “${name.en}” row`, `la ligne « ${name.fr} »`);
  }
  return PAGE_FIELDS[field] ?? text('a value of the page', 'une valeur de la page');
}

const PAGE_FIELDS: Record<string, Text> = {
  'invitation.date': text('the invitation date', 'la date de l’invitation'),
  'invitation.program': text(
    'the program you were invited under',
    'le programme au titre duquel vous êtes invité',
  ),
  'invitation.deadline': text('the deadline', 'la date limite'),
  'crs.total': text('the overall CRS score', 'le score SCG total'),
  'crs.rows': text('the CRS breakdown', 'le détail du score SCG'),
};
