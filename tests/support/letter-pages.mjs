// The ITA letters the tests serve, built at test time from the one sample (samples/ita-letter.html)
// and each page's differences, so that a change to the sample reaches every page and a difference
// that no longer fits the sample fails loudly instead of leaving a stale copy. Plain JavaScript so
// the unit tests, the Chromium suite and the Firefox harness build the very same pages.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const SAMPLE_LETTER = join(ROOT, 'samples/ita-letter.html');

// ---- edits: each must find its text exactly once in the page it edits ----

/** A pattern for `text` that tolerates other line breaks and indentation (the formatter's). */
function loose(text) {
  return text
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

/** Replace `from` (whitespace-tolerant) by `to`. */
const text = (from, to) => ({ what: from, pattern: new RegExp(loose(from), 'g'), to });

/** A breakdown row: its label (renamed when `newLabel` is given) and its points. */
const row = (label, points, newLabel = label) => ({
  what: `the row "${label}"`,
  pattern: new RegExp(`(<td>)${loose(label)}(</td>\\s*<td>)\\d+(</td>)`, 'g'),
  to: `$1${newLabel}$2${points}$3`,
});

/** Replace everything from `start` to `end`, both included, by `to`. */
const span = (start, end, to) => ({
  what: `"${start}" … "${end}"`,
  pattern: new RegExp(`${loose(start)}[\\s\\S]*?${loose(end)}`, 'g'),
  to,
});

function apply(name, html, edits) {
  let page = html;
  for (const edit of edits) {
    const found = page.match(edit.pattern)?.length ?? 0;
    if (found !== 1) {
      throw new Error(
        `${name}: ${edit.what} is found ${found} times in samples/ita-letter.html (once expected): ` +
          'update its differences in tests/support/letter-pages.mjs',
      );
    }
    // A function, so that `$` in the new text is taken as written.
    page = page.replace(edit.pattern, (...groups) =>
      edit.to.replace(/\$(\d)/g, (_, n) => groups[Number(n)] ?? ''),
    );
  }
  return page;
}

/** The page's own comment, in place of the sample's. */
const about = (description) =>
  span(
    '<!--',
    '-->',
    `<!--\n  Built at test time by tests/support/letter-pages.mjs from samples/ita-letter.html: ${description}\n-->`,
  );

// ---- the differences ----

// The two choices the letter names ("1) Decline this invitation; or 2) Apply online for permanent
// residence" [seen]) as a form, the way a portal would offer them, for the guard's tests. The form
// posts to a path the tests record; nothing here is IRCC's markup.
const choiceForm = (decline, apply) => `</section>
      <form id="ita-choice" method="post" action="/mycic/eapp/start">
        <button type="submit" name="choice" value="decline" class="btn btn-default">${decline}</button>
        <button type="submit" name="choice" value="apply" class="btn btn-primary">${apply}</button>
      </form>`;

// The French portal's wording, after the reader's French fixture
// (tests/fixtures/pages/french-letter.html) [likely]: every English text of the sample, in French.
const FRENCH = [
  text('<html lang="en"', '<html lang="fr"'),
  text(
    'Message details - Invitation to apply - IRCC secure account',
    'Détails du message - Invitation à présenter une demande - Compte sécurisé IRCC',
  ),
  text(
    '<nav aria-label="Language selection"> <a lang="fr" href="?lang=fr" style="color: #fff">Français</a>',
    '<nav aria-label="Sélection de la langue">\n        <a lang="en" href="?lang=en" style="color: #fff">English</a>',
  ),
  text('<h1 id="wb-cont">Message details</h1>', '<h1 id="wb-cont">Détails du message</h1>'),
  text(
    '<a href="/mycic/home?lang=en">Account home</a>',
    '<a href="/mycic/home?lang=fr">Accueil du compte</a>',
  ),
  text('<strong>Date:</strong> November 19, 2026', '<strong>Date :</strong> 19 novembre 2026'),
  text('<strong>Express Entry Profile:</strong>', '<strong>Profil Entrée express :</strong>'),
  text('Dear Priya Example,', 'Madame Priya Exemple,'),
  text(
    'Congratulations! Based on the information you provided in your Express Entry profile, we are pleased to invite you to apply for permanent residence under the Canadian Experience Class (CEC).',
    'Félicitations! Selon les renseignements fournis dans votre profil Entrée express, nous avons le plaisir de vous inviter à présenter une demande de résidence permanente au titre de la catégorie de l’expérience canadienne (CEC).',
  ),
  text(
    'Your Comprehensive Ranking System (CRS) score is made up of the following:',
    'Votre score au Système de classement global (SCG) se compose de ce qui suit :',
  ),
  text('Express Entry criteria', 'Critères d’Entrée express'),
  text('Your Scores', 'Vos points'),
  ...[
    ['Human Capital – Age', 'Capital humain – Âge'],
    ['Human Capital – Level of Education', 'Capital humain – Niveau de scolarité'],
    [
      'Human Capital – First Official Language (Proficiency)',
      'Capital humain – Première langue officielle',
    ],
    [
      'Human Capital – Second Official Language (Proficiency)',
      'Capital humain – Deuxième langue officielle',
    ],
    [
      'Human Capital – Canadian Work Experience',
      'Capital humain – Expérience de travail au Canada',
    ],
    ['Spouse – Level of Education', 'Époux ou conjoint de fait – Niveau de scolarité'],
    [
      'Spouse – First Official Language Proficiency',
      'Époux ou conjoint de fait – Première langue officielle',
    ],
    [
      'Spouse – Canadian Work Experience',
      'Époux ou conjoint de fait – Expérience de travail au Canada',
    ],
    ['Skill Transferability – Education', 'Transférabilité des compétences – Études'],
    [
      'Skill Transferability – Foreign Work Experience',
      'Transférabilité des compétences – Expérience de travail à l’étranger',
    ],
    [
      'Skill Transferability – Certificate of Qualification',
      'Transférabilité des compétences – Certificat de qualification',
    ],
    [
      'Additional – French Proficiency or Bilingualism',
      'Points supplémentaires – Compétences en français',
    ],
    ['Additional – PR or Canadian Sibling', 'Points supplémentaires – Frère ou sœur au Canada'],
    ['Additional – Canadian Education', 'Points supplémentaires – Études au Canada'],
    ['Additional – Arranged Employment', 'Points supplémentaires – Emploi réservé'],
    [
      'Additional – Provincial/Territorial Nomination',
      'Points supplémentaires – Désignation provinciale ou territoriale',
    ],
  ].map(([en, fr]) => text(`<td>CRS – ${en}</td>`, `<td>SCG – ${fr}</td>`)),
  text('Your overall points score', 'Nombre total de points'),
  text(
    'Your invitation is valid for 60 days from the date of this message.',
    'Votre invitation est valide pendant 60 jours à compter de la date du présent message.',
  ),
  text(
    'You now have two options: 1) Decline this invitation; or 2) Apply online for permanent residence.',
    'Vous avez maintenant deux options : 1) refuser cette invitation; 2) présenter une demande de résidence permanente en ligne.',
  ),
  text(
    'You must submit a complete application before 01/19/2027 12:00AM UTC time. We cannot give extensions.',
    'Vous devez présenter une demande complète avant le 19 janvier 2027 à 0 h (UTC). Nous ne pouvons pas accorder de prolongation.',
  ),
  text('Changes to your personal situation', 'Changements à votre situation personnelle'),
  text(
    'If your situation has changed since you submitted your profile (for example, you got married, had a child, or your language test results expired), re-calculate your score before you decide. If your score is now lower than the lowest score in your round, you may not be eligible.',
    'Si votre situation a changé depuis la soumission de votre profil (par exemple, vous vous êtes marié, vous avez eu un enfant ou vos résultats de test de langue ont expiré), recalculez votre score avant de décider. Si votre score est maintenant inférieur au score le plus bas de votre ronde, vous pourriez ne pas être admissible.',
  ),
  text(
    'Immigration, Refugees and Citizenship Canada',
    'Immigration, Réfugiés et Citoyenneté Canada',
  ),
  text(
    '<a class="btn btn-default" href="/mycic/home?lang=en">Back to account home</a>',
    '<a class="btn btn-default" href="/mycic/home?lang=fr">Retour à l’accueil du compte</a>',
  ),
  text('Your session is about to expire.', 'Votre session va bientôt expirer.'),
  text(
    '<button type="button">Continue session</button>',
    '<button type="button">Poursuivre la session</button>',
  ),
  text('Date modified:', 'Date de modification :'),
];

/** Each page: what it is for, and its differences from the sample. */
const PAGES = {
  'ita-letter-2019': [
    about(
      'the 2019 letter (FSW) as the end-to-end tests serve it, with a made-up person and profile ' +
        'number: the real letter’s wording, date, program, deadline and scores ' +
        '(110 / 135 / 130 / 0 / 0 / … / 50 / 50 / … = 475, docs/ircc-pages.md). Dated July 10, 2019; ' +
        'deadline 09/09/2019 12:00AM UTC, long passed. As in the real letter, the candidate’s ' +
        'language rows drop "(Proficiency)".',
    ),
    text('<strong>Date:</strong> November 19, 2026', '<strong>Date:</strong> July 10, 2019'),
    text('E001234567', 'E000987654'),
    text('Dear Priya Example,', 'Dear Alex Sample,'),
    text('under the Canadian Experience Class (CEC).', 'under the Federal Skilled Workers (FSW).'),
    row('CRS – Human Capital – Level of Education', 135),
    row(
      'CRS – Human Capital – First Official Language (Proficiency)',
      130,
      'CRS – Human Capital – First Official Language',
    ),
    row(
      'CRS – Human Capital – Second Official Language (Proficiency)',
      0,
      'CRS – Human Capital – Second Official Language',
    ),
    row('CRS – Human Capital – Canadian Work Experience', 0),
    row('CRS – Skill Transferability – Foreign Work Experience', 50),
    row('CRS – Additional – PR or Canadian Sibling', 0),
    row('CRS – Additional – Canadian Education', 0),
    row('Your overall points score', 475),
    text('before 01/19/2027 12:00AM UTC', 'before 09/09/2019 12:00AM UTC'),
    text('Date modified: 2026-11-19', 'Date modified: 2019-07-10'),
  ],
  'ita-letter-2026-no-scores': [
    about(
      'the sample with its score table left out (as when the table does not load), so the score ' +
        'is not on the page but the deadline is.',
    ),
    span(
      '<p>Your Comprehensive Ranking System (CRS) score is made up of the following:</p>',
      '</table>',
      '<p>Your Comprehensive Ranking System (CRS) score and its breakdown are shown in your profile.</p>',
    ),
  ],
  'ita-letter-2026-fr': [
    about(
      'the sample as the French portal would show it (the same person, scores and dates; row ' +
        'labels as in tests/fixtures/pages/french-letter.html).',
    ),
    ...FRENCH,
  ],
  'ita-letter-apply': [
    about('the sample with the decline / apply choice as a form, for the guard.'),
    text(
      '</section>',
      choiceForm('Decline this invitation', 'Apply online for permanent residence'),
    ),
  ],
  'ita-letter-apply-fr': [
    about('the French sample with the decline / apply choice as a form, for the guard.'),
    ...FRENCH,
    text(
      '</section>',
      choiceForm('Refuser l’invitation', 'Présenter une demande de résidence permanente'),
    ),
  ],
};

/** The names of the pages `letterPage` builds. */
export const LETTER_PAGE_NAMES = Object.keys(PAGES);

/** The HTML of the letter page `name` (one of LETTER_PAGE_NAMES), built from the sample. */
export function letterPage(name) {
  const edits = PAGES[name];
  if (edits === undefined) {
    throw new Error(`no letter page '${name}'; the pages are ${LETTER_PAGE_NAMES.join(', ')}`);
  }
  return apply(name, readFileSync(SAMPLE_LETTER, 'utf8'), edits);
}
