// Every word the reader looks for, in one table: the matcher (matcher.ts) compiles it, the label
// rules (labels.ts), the invitation and account readers derive their patterns from it, and the
// page structure for bug reports (structure-text.ts) shows a page's text only when it is made of
// these words. Each entry names the fixture under tests/fixtures/pages/ that shows it; English row
// labels are those of a real 2019 letter, French ones are read by meaning (docs/ircc-pages.md).
//
// Each entry is a list of phrases separated by '|', in folded form (normalize.ts `fold`): lower
// case, no accents, œ → oe. A space stands for any run of characters that are not letters or
// digits, so a leading or trailing space is a word boundary; '#' is one digit; '^' is the start of
// a line.

export const WORDS = {
  // ---- Words of the score rows (the letter's "CRS – Section – Factor" labels, the profile page's
  // bare labels). A line holds a row only if it has one of these.

  /** table-letter.html "CRS – Spouse – …", french-letter.html « Époux ou conjoint de fait ». */
  spouse: ' spouse| partner| common law| epoux| conjoint',
  /** "Level of Education"; « Niveau de scolarité », « Études » (french-letter.html); "Study in
   * Canada" on the profile page (profile-breakdown.html). */
  education: 'education|scolarite|etudes|diplome| study| studies',
  /** "First Official Language" (table-letter.html); « Première langue officielle »
   * (french-letter.html). */
  language: 'language|langue',
  /** "Canadian Work Experience" (table-letter.html); « Expérience de travail au Canada »
   * (french-letter.html). */
  work: 'work|travail|experience',
  /** "Skill Transferability"; « Transférabilité des compétences » (french-letter.html). */
  transfer: 'transferab',
  /** "Certificate of Qualification" (block-letter.html); « Certificat de qualification »
   * (french-letter.html). */
  certificate: 'certificat',
  /** "Foreign Work Experience" (table-letter.html); « Expérience de travail à l'étranger »
   * (french-letter.html). */
  foreign: 'foreign work|etranger|exterieur du canada',
  /** "French Proficiency or Bilingualism"; « Compétences en français » (french-letter.html);
   * "French-language skills" (profile-breakdown.html). */
  french: ' french |bilingual|francais|bilinguisme',
  /** "PR or Canadian Sibling" (block-letter.html); « Frère ou sœur au Canada »
   * (profile-breakdown-fr.html). */
  sibling: 'sibling|brother|sister|frere|soeur',
  /** "Arranged Employment"; "Job offer" (profile-breakdown.html); « Offre d'emploi ». */
  arranged: 'arranged employment|job offer|emploi reserve|offre d emploi',
  /** "Provincial/Territorial Nomination" (pnp-letter.html); « Désignation provinciale ». */
  nomination: 'nomination|provincial|territorial|designation provinciale',
  /** "Second Official Language" (dl-letter.html adds "(Proficiency)"). */
  secondLanguage: 'second official language|second language|deuxieme langue|seconde langue',
  /** "First Official Language" (table-letter.html drops "Proficiency", dl-letter.html keeps it). */
  firstLanguage: 'first official language|first language|premiere langue',
  /** "Canadian Work Experience" (table-letter.html) vs the spouse's and the transferability rows'
   * "… work experience"; « Expérience de travail au Canada » (french-letter.html). */
  canadianWork:
    'canadian work|work experience in canada|experience de travail au canada|experience canadienne|experience de travail canadienne|experience au canada',
  /** "Canadian Education" (a bonus, text-letter.html) vs "Level of Education" (human capital). */
  canad: 'canad',
  /** "CRS – Human Capital – Age" (table-letter.html); « Âge » (french-letter.html). */
  age: ' age ',
  /** "Your overall points score" (table-letter.html), "Total" (block-letter.html), « Nombre total
   * de points » (french-letter.html); "Subtotal" lines contain it too (profile-breakdown.html). */
  total: 'total| score| overall| global|systeme de classement',
  /** The section "Human Capital" (table-letter.html), "Core / human capital factors"
   * (profile-breakdown.html), « Capital humain », « Facteurs de base » (profile-breakdown-fr.html). */
  core: 'human capital| core |capital humain|facteurs de base',
  /** The section "Additional" (table-letter.html), "Additional points", « Points supplémentaires ». */
  additional: 'additional|supplementaire',
  /** The letter's row prefix "CRS –" / « SCG – »: a row the reader does not know still has it
   * (unknown-row-letter.html). */
  crs: ' crs | scg ',

  // ---- Page wording

  /** The invitation sentence (table-letter.html); French (french-letter.html). */
  invite:
    'invite you to apply|invited to apply|vous inviter a presenter|invite a presenter|invitee a presenter|invites a presenter|invitees a presenter',
  /** A word of that sentence, on the line where a PDF or a `<pre>` may break it ("…pleased to
   * invite / you to apply", printed-letter.html). */
  inviteWord: ' invite | invited | inviter | invitee| invites ',
  /** The verb of the deadline sentence: "You must submit a complete application before …"
   * (table-letter.html), « Vous devez présenter une demande complète avant … » (french-letter.html). */
  submit: ' submit|soumettre|presenter|deposer|envoyer',
  /** The account home's column "Days left to submit" (account-home.html), « Jours restants pour
   * présenter la demande » (account-home-fr.html). */
  daysLeft: 'days left to submit|days remaining|jours restants',
  /** The account home's headings (account-home.html, account-home-fr.html); its "Days left to
   * submit" column is `daysLeft`. */
  home: 'continue an application you haven t submitted|view the applications you submitted|poursuivre une demande|demandes que vous avez presentees',
  /** The Express Entry profile: "Express Entry Profile: E00…" on the letter, "Express Entry profile
   * details" (profile-page.html), « Profil Entrée express » (profile-breakdown-fr.html). */
  profileWording:
    'express entry profile|profil entree express|profil d entree express|profile details|profile status|details du profil|etat du profil',
  /** An Express Entry profile number, "E001234567" (table-letter.html). */
  profileNumber: ' e#########',
  /** A line that opens with the letter's date or the deadline (see `letterDate`, `deadlineLabel`):
   * "Date: July 10, 2019" (table-letter.html), "Date" (dl-letter.html). */
  label:
    '^date|^deadline|^invitation d|^submission d|^application d|^issued on|^apply by|^echeance',
} as const satisfies Record<string, string>;

/** The phrases below are read by patterns derived from them (labels.ts, invitation.ts, account.ts). */
export const PHRASES = {
  /** The letter's header "Date: July 10, 2019" (table-letter.html), "Date" in a definition list
   * (dl-letter.html), « Date : 1er août 2024 » (french-letter.html). */
  letterDate:
    'date|date of letter|date of this letter|date of message|date of this message|date of invitation|date of this invitation|date of issue|date de la lettre|date de l invitation|date de l ipd|date de delivrance|date d emission|invitation date|date issued|issued on',
  /** A deadline given as a label: "Deadline: September 9, 2019" (read-text.test.ts). */
  deadlineLabel:
    'deadline|submission deadline|application deadline|apply by|date limite|date limite de presentation|echeance',
  /** The word before the deadline's date: "… before 09/09/2019 12:00AM UTC" (table-letter.html),
   * « … avant le 1er octobre 2024 à 0 h » (french-letter.html). */
  deadlineBefore: 'before|by|no later than|avant|avant le|au plus tard le|d ici le',
  /** The total's label anywhere in it: "Your overall points score" (table-letter.html),
   * « Nombre total de points » (french-letter.html), "Comprehensive Ranking System formula grand
   * total" (profile-breakdown.html), « Total général » (profile-breakdown-fr.html). */
  totalPhrase:
    'overall score|overall points score|total score|total points|total crs score|total crs points|crs total|points total|grand total|nombre total de points|total des points|pointage total|score global|note globale|resultat total|resultat global|total general',
  /** The total's label when it is one of these words alone, once the words of `totalFiller` are
   * gone: "Total" (block-letter.html, dl-letter.html), "Comprehensive Ranking System (CRS) score"
   * (profile-page.html), « Score selon le Système de classement global (SCG) ». */
  totalLabel: 'total|score|note|pointage|resultat',
  /** What a total's label may have around that word: "Comprehensive Ranking System (CRS)"
   * (profile-page.html). */
  totalFiller:
    'your|votre|crs|scg|comprehensive ranking system|systeme de classement global|selon le|du',
  /** A subtotal is not a row: "Subtotal - Core human capital factors" (profile-breakdown.html),
   * « Sous-total » (profile-breakdown-fr.html). */
  subtotal: 'subtotal|sub total|sous total|total partiel',
  /** Group headings that are not rows (their sub-lines are): "Official languages" above the first
   * and second language on the profile page (profile-breakdown.html, « Langues officielles »). */
  group: 'official languages|official language proficiency|langues officielles',
  /** What a transferability group heading adds to its name: "Education (to a maximum of 50
   * points)" (profile-breakdown.html), « (maximum de 50 points) » (profile-breakdown-fr.html). */
  groupNote: 'to a maximum of|maximum of|maximum de|maximum|max|for people in',
  /** The account home's e-APR draft row (account-home.html): the ITA's application. */
  draft: 'permanent|residence|express entry|entree express',
  /** "58 days", « 59 jours » in the "Days left to submit" column (account-home-fr.html). */
  days: 'day|days|jour|jours',
  /** The programs the invitation names: Federal Skilled Workers (FSW) (table-letter.html),
   * « travailleurs qualifiés (fédéral) (TQF) » (french-letter.html). */
  FSW: 'federal skilled worker|fsw|tqf|travailleur qualifie|travailleurs qualifies',
  /** Federal Skilled Trades (FST) (block-letter.html, printed-letter.html); « métiers spécialisés
   * (fédéral) (TMSF) » (read-text.test.ts). */
  FST: 'federal skilled trade|fst|tmsf|pmsf|metiers specialises',
  /** Canadian Experience Class (CEC) (text-letter.html); « catégorie de l'expérience canadienne »
   * (read-text.test.ts). */
  CEC: 'canadian experience class|cec|categorie de l experience canadienne',
  /** Provincial Nominee Program (PNP) (pnp-letter.html), "Provincial Nominee Class" (pre-letter.html),
   * « Programme des candidats des provinces (PCP) » (pre-letter-fr.html). */
  PNP: 'provincial nominee|pnp|pcp|ccp|candidats des provinces',
} as const satisfies Record<string, string>;

/**
 * What only a structure report needs (structure-text.ts), apart so the content script, which reads
 * pages but never reports their structure, does not carry it.
 */
export const REPORT_WORDS = {
  /** Headings and column names a structure report may show as they are (they help a maintainer
   * place a table): table-letter.html, french-letter.html, account-home.html, profile-page.html. */
  heading:
    'express entry criteria|your score|your scores|date created|date submitted|date last saved|application type|application number|current status|messages|action|status|criteres d entree express|vos points|etat|statut',
  /** The other words of the row labels and headings (table-letter.html, french-letter.html,
   * profile-breakdown.html, profile-breakdown-fr.html), which the matcher does not need but a
   * structure report may show. */
  labelWords:
    'level of|official|proficiency|pr or|your|skill|the|in|and|factors|formula|ranking system|comprehensive|experience class|people in trade occupations|niveau de|humain|fait|competences|competence|dans une|linguistiques|supplementaires|territoriale|ou|au|du|a l|en|et|pour les personnes exercant un metier|relatifs a la|lies a l|formule|sous',
  /** Of those, the words a structure report may show standing alone: a one-word text is most often
   * a name, so only these (table-letter.html "Date", block-letter.html "Total"). */
  safeAlone: 'age|date|total|subtotal|status|etat|statut|messages|action',
} as const satisfies Record<string, string>;

/** Common words, counted for the language guess (core.ts). */
export const LANGUAGE_WORDS = {
  en: ' the | you | your | and ',
  fr: ' vous | votre | les | des ',
} as const;

/** The phrases of an entry. */
export function phrasesOf(entry: string): string[] {
  return entry.split('|');
}

/**
 * A pattern matching any phrase of `entry` in folded text, as a regular-expression source: a space
 * matches any run of characters that are not letters or digits, '#' a digit. Longest first, so an
 * alternation takes "avant le" before "avant".
 */
export function phrasePattern(entry: string): string {
  return phrasesOf(entry)
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .trim()
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/#/g, '\\d')
        .replace(/ /g, '[^a-z0-9]+'),
    )
    .join('|');
}
