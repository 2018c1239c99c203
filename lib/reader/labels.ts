// Every label the reader knows, in one place. Patterns run on folded text (see normalize.ts:
// lower case, no accents, '-' for every dash, one space). Each says where it was seen and which
// fixture covers it. English row labels are [seen] in the 2019 letter (PORTAL.md); French ones are
// [likely], so French matching is by key words, never by one exact string.

import type { CrsRowKey, Program } from './types';

export type ScoreKey = CrsRowKey | 'total';

// Sections of the letter's table: "CRS – Spouse – …", « SCG – Époux ou conjoint de fait – … ».
const SPOUSE = /\b(?:spouse|partner|common-law|epoux|conjoint)/;
const TRANSFER = /transferab/; // "Skill Transferability", « Transférabilité des compétences »
const EDUCATION = /education|scolarite|etudes|diplome/;
const CANADIAN = /canad/;
const FIRST_LANGUAGE = /first official language|first language|premiere langue/;
const SECOND_LANGUAGE = /second official language|second language|deuxieme langue|seconde langue/;
const CANADIAN_WORK =
  /canadian work|work experience in canada|experience de travail au canada|experience (?:de travail )?canadienne|experience au canada/;
const FOREIGN_WORK = /foreign work|etranger|exterieur du canada/;

/**
 * The `crs.rows` key (or `total`) a folded label names, or null. Labels: table-letter.html,
 * french-letter.html (« SCG – … »), block-letter.html (no "CRS –" prefix, hyphens),
 * pnp-letter.html ("Provincial/Territorial Nomination").
 */
export function scoreKeyOf(label: string): ScoreKey | null {
  if (label.length > 120 || /\d/.test(label)) return null;
  if (isTotalLabel(label)) return 'total';
  const spouse = SPOUSE.test(label);
  if (spouse) {
    if (EDUCATION.test(label)) return 'spouseEducation';
    if (/language|langue/.test(label)) return 'spouseLanguage';
    if (/work|travail|experience/.test(label)) return 'spouseCanadianWork';
    return null;
  }
  if (TRANSFER.test(label)) {
    if (/certificat/.test(label)) return 'transferCertificate';
    if (FOREIGN_WORK.test(label)) return 'transferForeignWork';
    if (EDUCATION.test(label)) return 'transferEducation';
    return null;
  }
  if (/certificate of qualification|certificat de qualification/.test(label)) {
    return 'transferCertificate';
  }
  if (FOREIGN_WORK.test(label)) return 'transferForeignWork';
  // "Additional – French Proficiency or Bilingualism"; « Compétences en français / bilinguisme ».
  if (/\bfrench\b|bilingual|francais|bilinguisme/.test(label)) return 'frenchBonus';
  if (/sibling|brother|sister|frere|soeur/.test(label)) return 'sibling';
  if (/arranged employment|job offer|emploi reserve|offre d'emploi/.test(label)) {
    return 'arrangedEmployment';
  }
  if (/nomination|provincial|territorial|designation provinciale/.test(label)) {
    return 'provincialNomination';
  }
  if (SECOND_LANGUAGE.test(label)) return 'secondLanguage';
  if (FIRST_LANGUAGE.test(label)) return 'firstLanguage';
  if (CANADIAN_WORK.test(label)) return 'canadianWork';
  // "Additional – Canadian Education" vs "Human Capital – Level of Education".
  if (EDUCATION.test(label)) return CANADIAN.test(label) ? 'canadianEducation' : 'education';
  if (/(?:^|[\s-])age$|\bage\b/.test(label)) return 'age';
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

// The invitation sentence [seen] (not the title "Invitation to Apply", which profile and help pages
// also use — profile-page.html): "we are pleased to invite you to apply for permanent residence
// under the …"; « … de vous inviter à présenter une demande de résidence permanente … » [likely].
export const INVITATION_WORDING =
  /invite you to apply|invited to apply|vous inviter a presenter|invitee?s? a presenter/;

// Program names and acronyms, English and French (PORTAL.md "Classes").
export const PROGRAM_PATTERNS: ReadonlyArray<readonly [Program, RegExp]> = [
  ['FSW', /federal skilled worker|\bfsw\b|travailleurs? qualifies? \(?federal\)?|\btqf\b/],
  ['FST', /federal skilled trades?|\bfst\b|metiers specialises \(?federal\)?|\btmsf\b|\bpmsf\b/],
  ['CEC', /canadian experience class|\bcec\b|categorie de l'experience canadienne/],
  ['PNP', /provincial nominee|\bpnp\b|candidats des provinces|\bpcp\b|\bccp\b/],
];

// The letter's header "Date: July 10, 2019" [seen]; « Date : 10 juillet 2019 » [likely].
export const LETTER_DATE_LABEL =
  /^(?:date(?: of (?:this )?(?:letter|message|invitation|issue))?|date de (?:la lettre|l'invitation|l'ipd|delivrance)|date d'emission|invitation date|date issued|issued on)\s*:?\s*/;

// The deadline sentence [seen]: "You must submit a complete application before 09/09/2019 12:00AM
// UTC time"; French [likely]: « … présenter une demande complète avant le 9 septembre 2019 ».
// The verb must come shortly before "before": news items say "applications received before <date>"
// and "tie-breaking rule: <date> … UTC" (big-page.html).
export const DEADLINE_CONTEXT = /submit|soumettre|presenter|deposer|envoyer/;
export const DEADLINE_BEFORE =
  /(?:^|\s)(?:before|by|no later than|avant(?: le)?|au plus tard le|d'ici le)\s+/g;
export const DEADLINE_LABEL =
  /^(?:deadline|submission deadline|application deadline|apply by|date limite(?: de presentation)?|echeance)\s*:?\s*/;

// The account home's "Continue an application you haven't submitted" table, column "Days left to
// submit" [seen] (account-home.html); French « Jours restants pour présenter » [likely].
export const DAYS_LEFT_LABEL = /days left to submit|days remaining|jours restants/;
export const ACCOUNT_HOME_WORDING =
  /continue an application you haven't submitted|view the applications you submitted|days left to submit|poursuivre une demande|demandes que vous avez presentees|jours restants pour/;

// The Express Entry profile page: markup not public (PORTAL.md), so by wording only.
export const PROFILE_WORDING =
  /express entry profile|profil (?:d')?entree express|profile (?:details|status)|details du profil|etat du profil/;
export const PROFILE_NUMBER = /\bE\d{9,12}\b/;

/**
 * Words that only French pages use often; for the language guess on raw text (any case). An
 * accented letter next to the word counts as part of it, as it would once folded.
 */
export const FRENCH_WORDS =
  /(?<![\wÀ-ÿœ])(?:le|la|les|des|vous|votre|vos|une|est|pour|avec|dans|sur|du|au)(?![\wÀ-ÿœ])/gi;
export const ENGLISH_WORDS =
  /(?<![\wÀ-ÿœ])(?:the|and|you|your|of|to|is|for|with|this|that|on|in)(?![\wÀ-ÿœ])/gi;
