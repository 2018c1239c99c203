// The CRS re-scored from the facts differs from IRCC's breakdown, row by row; or the page's own
// rows do not add up (the reader's `problems`). Either way the claim needs a look before applying.
import { readerProblemText } from '../i18n/reader';
import { SOURCES } from './sources';
import { finding, text } from './text';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'breakdown-mismatch',
  needs: [],
  evaluate({ corrected, reading }) {
    const sumProblems = reading.problems.filter((p) => p.fields?.includes('crs.total'));
    if (corrected.changed.length === 0 && sumProblems.length === 0) return [];
    const rows = corrected.changed.map(
      (k) => `${k}: IRCC ${reading.crs.rows[k] ?? '—'}, your facts ${corrected.rows[k] ?? '—'}`,
    );
    const rowsFr = corrected.changed.map(
      (k) =>
        `${k} : IRCC ${reading.crs.rows[k] ?? '—'}, vos renseignements ${corrected.rows[k] ?? '—'}`,
    );
    // The reader's own sentences, without their closing period: they are joined below.
    const problems = sumProblems.map((p) => readerProblemText(p, 'en').replace(/\.$/, ''));
    const problemsFr = sumProblems.map((p) => readerProblemText(p, 'fr').replace(/\.$/, ''));
    return [
      finding(
        'breakdown-mismatch',
        'warning',
        text(
          'Your facts and IRCC’s breakdown differ',
          'Vos renseignements et le détail d’IRCC diffèrent',
        ),
        text(
          `${[...rows, ...problems].join('; ')}. Find out which is right before applying: the application must match what you were invited on.`,
          `${[...rowsFr, ...problemsFr].join(' ; ')}. Vérifiez lequel est exact avant de présenter la demande : elle doit correspondre à l’invitation.`,
        ),
        SOURCES.crsCriteria,
      ),
    ];
  },
};
