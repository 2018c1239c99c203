// Every label the reader knows, in one place. Patterns run on folded text (see normalize.ts:
// lower case, no accents, '-' for every dash, one space). Each says where it was seen and which
// fixture covers it. English row labels are [seen] in the 2019 letter (PORTAL.md); French ones are
// [likely], so French matching is by key words, never by one exact string.

import { F, features } from './matcher';
import { fold } from './normalize';
import type { CrsRowKey } from './types';

export type ScoreKey = CrsRowKey | 'total';

/**
 * The `crs.rows` key (or `total`) a label names, or null. Labels: table-letter.html,
 * french-letter.html (« SCG – … »), block-letter.html (no "CRS –" prefix, hyphens),
 * pnp-letter.html ("Provincial/Territorial Nomination"). The label may be as shown or folded: the
 * words are found by the compiled matcher (matcher.ts), the order of the tests below settles
 * labels with several ("CRS – Spouse – Level of Education"). `f`: the label's features, when the
 * caller has them (the line's, when the rest of the line is a number).
 */
export function scoreKeyOf(label: string, f = features(label)): ScoreKey | null {
  if (label.length > 120 || /\d/.test(label)) return null;
  if (f & F.total && isTotalLabel(fold(label).replace(/[\s:-]+$/, ''))) return 'total';
  if (f & F.spouse) {
    // Sections of the letter's table: "CRS – Spouse – …", « SCG – Époux ou conjoint de fait – … ».
    if (f & F.education) return 'spouseEducation';
    if (f & F.language) return 'spouseLanguage';
    if (f & F.work) return 'spouseCanadianWork';
    return null;
  }
  if (f & F.transfer) {
    // "Skill Transferability", « Transférabilité des compétences ».
    if (f & F.certificat) return 'transferCertificate';
    if (f & F.foreign) return 'transferForeignWork';
    if (f & F.education) return 'transferEducation';
    return null;
  }
  if (f & F.qualification) return 'transferCertificate';
  if (f & F.foreign) return 'transferForeignWork';
  // "Additional – French Proficiency or Bilingualism"; « Compétences en français / bilinguisme ».
  if (f & F.french) return 'frenchBonus';
  if (f & F.sibling) return 'sibling';
  if (f & F.arranged) return 'arrangedEmployment';
  if (f & F.nomination) return 'provincialNomination';
  if (f & F.secondLanguage) return 'secondLanguage';
  if (f & F.firstLanguage) return 'firstLanguage';
  if (f & F.canadianWork) return 'canadianWork';
  // "Additional – Canadian Education" vs "Human Capital – Level of Education".
  if (f & F.education) return f & F.canad ? 'canadianEducation' : 'education';
  if (f & F.age) return 'age';
  return null;
}

// "Your overall points score" [seen]; « Nombre total de points » [likely]; plain "Total" in block
// and definition-list layouts (block-letter.html, dl-letter.html).
function isTotalLabel(label: string): boolean {
  return (
    /overall (?:points )?score|total (?:crs )?(?:points|score)|(?:crs|points) total|^(?:crs |scg )?total\b|nombre total de points|total des points|pointage total|score global|note globale|resultat (?:total|global)/.test(
      label,
    ) ||
    // The profile page's single score [likely]: "Comprehensive Ranking System (CRS) score" (profile-page.html).
    /^(?:your )?(?:comprehensive ranking system )?\(?(?:crs|scg)\)? score$|^score (?:crs|scg)$|^(?:score|note|pointage|resultat) (?:du |selon le )?systeme de classement global(?: \(scg\))?$/.test(
      label,
    )
  );
}

/** Limits of a believable value, from the CRS grid: no row above 600, no total above 1,200. */
export function inRange(key: ScoreKey, value: number): boolean {
  return value >= 0 && value <= (key === 'total' ? 1200 : 600);
}

// The letter's header "Date: July 10, 2019" [seen]; « Date : 10 juillet 2019 » [likely].
export const LETTER_DATE_LABEL =
  /^(?:date(?: of (?:this )?(?:letter|message|invitation|issue))?|date de (?:la lettre|l'invitation|l'ipd|delivrance)|date d'emission|invitation date|date issued|issued on)\s*:?\s*/;

// The deadline sentence [seen]: "You must submit a complete application before 09/09/2019 12:00AM
// UTC time"; French [likely]: « … présenter une demande complète avant le 9 septembre 2019 ».
// The verb (matcher.ts `submit`) must come shortly before "before": news items say "applications
// received before <date>" and "tie-breaking rule: <date> … UTC" (big-page.html).
export const DEADLINE_BEFORE =
  /(?:^|\s)(?:before|by|no later than|avant(?: le)?|au plus tard le|d'ici le)\s+/g;
export const DEADLINE_LABEL =
  /^(?:deadline|submission deadline|application deadline|apply by|date limite(?: de presentation)?|echeance)\s*:?\s*/;

// The account home's "Continue an application you haven't submitted" table, column "Days left to
// submit" [seen] (account-home.html); French « Jours restants pour présenter » [likely].
export const DAYS_LEFT_LABEL = /days left to submit|days remaining|jours restants/;
// The Express Entry profile number (the profile page's wording is in matcher.ts).
export const PROFILE_NUMBER = /\bE\d{9,12}\b/;
