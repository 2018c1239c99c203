// Which text a structure report may show as is: only labels the reader itself knows (labels.ts),
// with no digit, and made only of words from the labels' own vocabulary, so that a surname that
// happens to be a label word ("French", "Page") never survives. Everything else is masked.

import { DAYS_LEFT_LABEL, scoreKeyOf } from './labels';
import { fold, tidy } from './normalize';

// Headings and column names of the pages in PORTAL.md that help a maintainer place a table.
const KNOWN =
  /^(?:express entry criteria|your scores?|date|date created|date submitted|date last saved|application type|application number|current status|messages|action|criteres d'entree express|vos points|continue an application you haven't submitted|view the applications you submitted|express entry profile|profile status|status|etat|statut)$/;

// Every word of the known labels (PORTAL.md row labels, English [seen] and French [likely]).
const VOCABULARY = new Set(
  `crs scg human capital age level of education first official language proficiency second canadian
  canada work experience spouse or common-law partner skill transferability foreign certificate
  qualification additional french bilingualism pr sibling arranged employment provincial/territorial
  provincial territorial nomination your overall points score scores express entry criteria total
  date created submitted last saved application type number current status messages action days
  left to submit continue an you haven't view the applications profile humain niveau de scolarite
  premiere deuxieme langue officielle travail au epoux ou conjoint fait transferabilite des
  competences etudes a l'etranger etranger certificat qualification supplementaires en francais
  bilinguisme frere soeur emploi reserve designation provinciale territoriale nombre jours restants
  pour presenter criteres d'entree vos etat statut and in`.split(/\s+/),
);
const SINGLE_WORDS = new Set([
  'age',
  'date',
  'total',
  'status',
  'etat',
  'statut',
  'messages',
  'action',
]);

function isKnownLabel(text: string): boolean {
  if (/\d/.test(text) || text.length > 120) return false;
  const folded = fold(text).replace(/[\s:-]+$/, '');
  const words = folded.split(/[\s()–-]+/).filter((w) => w !== '');
  if (words.length === 0 || !words.every((w) => VOCABULARY.has(w))) return false;
  if (words.length === 1) return SINGLE_WORDS.has(words[0] ?? '');
  return scoreKeyOf(folded) !== null || DAYS_LEFT_LABEL.test(folded) || KNOWN.test(folded);
}

export function visibleTextOf(raw: string): string {
  const text = tidy(raw);
  if (text === '') return '';
  // A known label is shown as written (its exact dashes and spaces help a maintainer), else masked.
  if (isKnownLabel(text)) return raw.replace(/\s+/g, ' ').trim();
  return mask(text);
}

/** Letters → x, digits → #; keeps spaces and punctuation, so the shape of the text survives. */
function mask(text: string): string {
  return text.replace(/\d/g, '#').replace(/\p{L}/gu, 'x');
}
