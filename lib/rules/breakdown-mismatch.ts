// The CRS re-scored from the facts differs from IRCC's breakdown, row by row; or the page's own
// rows do not add up to its total. Either way the claim needs a look before applying. Every row
// IRCC gave points for is checked against the facts that decide it, so those facts are asked for.
import { isEntered } from '../facts';
import { readerProblemText } from '../i18n/reader';
import { CRS_ROW_KEYS } from '../reader/types';
import { rowFacts } from './corrected-crs';
import { fired, needs, needsInvitationDate, pass } from './result';
import { SOURCES } from './sources';
import { finding, join, num, text } from './text';
import type { Finding, Rule } from './types';
import { rowNames } from './words';

export const rule: Rule = {
  id: 'breakdown-mismatch',
  name: text('IRCC’s breakdown against your facts', 'Détail d’IRCC comparé à vos renseignements'),
  needs: [],
  evaluate(input) {
    const { corrected, reading, facts, ita } = input;
    const rows = reading.crs.rows;
    const found: Finding[] = [];
    const sumProblems = reading.problems.filter((p) => p.fields?.includes('crs.total'));
    if (sumProblems.length > 0) {
      // The reader's own sentences say what does not add up, with the numbers.
      const said = (language: 'en' | 'fr') =>
        sumProblems.map((p) => readerProblemText(p, language)).join(' ');
      found.push(
        finding(
          'breakdown-mismatch',
          'warning',
          text('The letter’s rows do not add up', 'Les lignes de la lettre ne concordent pas'),
          text(
            `${said('en')} Check the page against your letter before relying on it.`,
            `${said('fr')} Comparez la page à votre lettre avant de vous y fier.`,
          ),
          SOURCES.crsCriteria,
        ),
      );
    }
    if (corrected.changed.length > 0) {
      const lines = corrected.changed.map((k) =>
        text(
          `${rowNames([k]).en}: ${num(rows[k] ?? 0).en} on the letter, ${num(corrected.rows[k] ?? 0).en} from your facts`,
          `${rowNames([k]).fr} : ${num(rows[k] ?? 0).fr} dans la lettre, ${num(corrected.rows[k] ?? 0).fr} d’après vos renseignements`,
        ),
      );
      const all = join(lines, text('; ', ' ; '));
      found.push(
        finding(
          'breakdown-mismatch',
          'warning',
          text(
            'Your facts and IRCC’s breakdown differ',
            'Vos renseignements et le détail d’IRCC diffèrent',
          ),
          text(
            `${all.en}. Find out which is right before applying: the application must match what you were invited on.`,
            `${all.fr}. Vérifiez lequel est exact avant de présenter la demande : elle doit correspondre à ce sur quoi vous avez été invité.`,
          ),
          SOURCES.crsCriteria,
        ),
      );
    }
    if (found.length > 0) return fired(...found);
    const shown = CRS_ROW_KEYS.filter((k) => rows[k] !== undefined);
    if (shown.length === 0) return needs([], ['crs.rows']);
    const claimed = shown.filter((k) => (rows[k] ?? 0) > 0);
    const wanted = claimed.flatMap((k) => rowFacts(k, facts)).filter((p) => !isEntered(facts, p));
    const absent = CRS_ROW_KEYS.filter((k) => rows[k] === undefined).map((k) => `crs.rows.${k}`);
    // The rows the facts decide are scored under the grid of the invitation date.
    if (ita === null) {
      const date = needsInvitationDate(input);
      if (date.status === 'needs-facts')
        return needs([...wanted, ...date.facts], [...absent, ...date.page]);
    }
    if (wanted.length > 0 || absent.length > 0) return needs(wanted, absent);
    return pass();
  },
};
