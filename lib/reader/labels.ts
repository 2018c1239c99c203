// What a label on a score line is: one of the 16 rows or the total, a section heading, a group
// heading or a sub-line (the profile page's transferability groups), a subtotal, or nothing the
// reader knows (scores.ts then reports a row between the known ones as unknown). Read by meaning from the words of words.ts, found by the compiled matcher:
// the letter names each row's section in its label ("CRS – Spouse – Level of Education",
// table-letter.html); the profile page says it once in a heading and repeats bare labels such as
// "Level of education" under each (profile-breakdown.html), so the caller passes the section the
// label sits in.

import * as F from './features';
import { features } from './matcher';
import { fold } from './normalize';
import { PHRASES, phrasePattern } from './words';
import type { CrsRowKey, CrsSection } from './types';

export type ScoreKey = CrsRowKey | 'total';

export type Label =
  | { kind: 'row'; key: ScoreKey }
  | { kind: 'section'; section: CrsSection }
  | { kind: 'subtotal' }
  | { kind: 'group' }
  | { kind: 'sub' };

const whole = (entry: string) => new RegExp(`^(?:${phrasePattern(entry)})$`);
const anywhere = (entry: string) =>
  new RegExp(`(?:^|[^a-z0-9])(?:${phrasePattern(entry)})(?:$|[^a-z0-9])`);

const TOTAL_PHRASE = anywhere(PHRASES.totalPhrase);
const TOTAL_LABEL = whole(PHRASES.totalLabel);
const TOTAL_FILLER = new RegExp(
  `(?:^|[^a-z0-9])(?:${phrasePattern(PHRASES.totalFiller)})(?![a-z0-9])`,
  'g',
);
const SUBTOTAL = anywhere(PHRASES.subtotal);
const GROUP = whole(PHRASES.group);
// "(to a maximum of 50 points)", « (maximum de 50 points) »: a group heading's note, not a value.
const GROUP_NOTE = new RegExp(`\\((?:${phrasePattern(PHRASES.groupNote)})[^)]*\\)`, 'g');
// "A) Official language proficiency and education", "(b) …", "ii) …" (profile-breakdown.html); not
// "A. Core / human capital factors", a section heading.
const SUB_LINE = /^\(?(?:[a-d]|i|ii|iii|iv)\)\s/;
// A transferability sub-line names the two factors it combines: "… and education", « … et études ».
const COMBINED = /\s(?:and|et)\s/;
// Footnote marks a label may carry ("Age¹", "Total*"): not part of the label.
const MARKS = /[\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021]+/g;
const EDGES = /^[\s:=.\u2026\u00b7_-]+|[\s:=.\u2026\u00b7_-]+$/g;

/** A label as compared: folded, its group note, footnote marks and leaders gone. */
export function cleanLabel(label: string): string {
  return fold(label.replace(GROUP_NOTE, ' ').replace(MARKS, '')).replace(EDGES, '');
}

function isTotal(label: string): boolean {
  if (TOTAL_PHRASE.test(label)) return true;
  const bare = label
    .replace(TOTAL_FILLER, ' ')
    .replace(/[^a-z]+/g, ' ')
    .trim();
  return TOTAL_LABEL.test(bare) || /^total\b/.test(bare);
}

/** The section a label names ("CRS – Spouse – …", "Additional points", « Capital humain »). */
function sectionOf(f: number): CrsSection | null {
  if (f & F.spouse) return 'spouse';
  if (f & F.transfer) return 'transfer';
  if (f & F.additional) return 'additional';
  if (f & F.core) return 'core';
  return null;
}

/**
 * What `label` is, or null when it is not a score label. `f`: the label's matcher features when the
 * caller has them (the line's, when the rest of the line is a number). `section`: the section the
 * label sits in, for labels that do not name one.
 */
export function classifyLabel(
  label: string,
  f = features(label),
  section: CrsSection | null = null,
): Label | null {
  if (label.length > 160) return null;
  // Most lines with a digit are sentences or dates, not labels: no folding for them.
  if (!label.includes('(') && /\d/.test(label)) return null;
  const text = cleanLabel(label);
  if (text === '' || text.length > 120 || /\d/.test(text)) return null;
  if (SUB_LINE.test(text)) return { kind: 'sub' };
  if (f & F.total) {
    if (SUBTOTAL.test(text)) return { kind: 'subtotal' };
    if (isTotal(text)) return { kind: 'row', key: 'total' };
  }
  if (GROUP.test(text)) return { kind: 'group' };
  const named = sectionOf(f);
  const within = named ?? section;
  if (within === 'transfer' && named !== 'transfer' && COMBINED.test(text)) return { kind: 'sub' };
  const key = keyOf(text, f, within);
  if (key !== null) return { kind: 'row', key };
  // A label that names a section but no row we know is a heading ("Spouse factors"), unless it has
  // the letter's "CRS –" prefix: then it is a row a later CRS revision added, which the caller
  // reports (unknown-row-letter.html).
  return named !== null && !(f & F.crs) ? { kind: 'section', section: named } : null;
}

function keyOf(text: string, f: number, section: CrsSection | null): CrsRowKey | null {
  if (section === 'spouse') {
    // « SCG – Époux ou conjoint de fait – … », "Spouse factors: Level of education".
    if (f & F.education) return 'spouseEducation';
    if (f & F.language) return 'spouseLanguage';
    if (f & F.work) return 'spouseCanadianWork';
    return null;
  }
  if (section === 'transfer' || f & F.transfer) {
    // "Skill Transferability – …", « Transférabilité des compétences – … »; on the profile page the
    // group heading ("Education (to a maximum of 50 points)") under its section.
    if (f & F.certificate) return 'transferCertificate';
    if (f & F.foreign) return 'transferForeignWork';
    if (f & F.education) return 'transferEducation';
    return null;
  }
  if (f & F.certificate && text.includes('qualification')) return 'transferCertificate';
  if (f & F.foreign) return 'transferForeignWork';
  if (f & F.french) return 'frenchBonus';
  if (f & F.sibling) return 'sibling';
  if (f & F.arranged) return 'arrangedEmployment';
  if (f & F.nomination) return 'provincialNomination';
  if (f & F.secondLanguage) return 'secondLanguage';
  if (f & F.firstLanguage) return 'firstLanguage';
  if (f & F.canadianWork) return 'canadianWork';
  // "Additional – Canadian Education", "Study in Canada" vs "Human Capital – Level of Education".
  if (f & F.education) return f & F.canad ? 'canadianEducation' : 'education';
  if (f & F.age) return 'age';
  return null;
}

/** The `crs.rows` key (or `total`) a label names, or null: the letter's labels, out of context. */
export function scoreKeyOf(label: string): ScoreKey | null {
  const found = classifyLabel(label);
  return found?.kind === 'row' ? found.key : null;
}
