// The one warning for everything the checks could not judge without: each missing fact once, with
// the checks waiting for it (in the order of the facts on the options page), and each value the
// page did not show, with the checks that needed it. Until they are entered the verdict cannot be
// "ready"; the waiting checks themselves report `needs-facts`, not findings of their own.
import { FACT_NAMES, FACT_PATHS } from '../facts';
import { fired, pass } from './result';
import { SOURCES } from './sources';
import { finding, join, list, text } from './text';
import type { Check, MissingFact, MissingOnPage, RuleId, RuleResult, Text } from './types';
import { pageFieldWords } from './words';

export const FACTS_MISSING_NAME = text('Facts the checks need', 'Renseignements nécessaires');

/** The missing facts and page values of the checks that are waiting, gathered. */
export function gather(checks: readonly Check[]): {
  missing: MissingFact[];
  notOnPage: MissingOnPage[];
} {
  const missing = FACT_PATHS.flatMap((fact) => {
    const waiting = checks.filter((c) => c.facts?.includes(fact)).map((c) => c.id);
    return waiting.length > 0 ? [{ fact, checks: waiting }] : [];
  });
  const fields = [...new Set(checks.flatMap((c) => c.page ?? []))];
  const notOnPage = fields.map((field) => ({
    field,
    checks: checks.filter((c) => c.page?.includes(field)).map((c) => c.id),
  }));
  return { missing, notOnPage };
}

export function factsMissing(checks: readonly Check[], nameOf: (id: RuleId) => Text): RuleResult {
  const { missing, notOnPage } = gather(checks);
  if (missing.length === 0 && notOnPage.length === 0) return pass();
  const waiting = (ids: readonly RuleId[]): Text => list(ids.map(nameOf));
  const sep = text('; ', ' ; ');
  const facts = join(
    missing.map(({ fact, checks: ids }) =>
      text(
        `${FACT_NAMES[fact].en.phrase} (for: ${waiting(ids).en})`,
        `${FACT_NAMES[fact].fr.phrase} (pour : ${waiting(ids).fr})`,
      ),
    ),
    sep,
  );
  const page = join(
    notOnPage.map(({ field, checks: ids }) =>
      text(
        `${pageFieldWords(field).en} (for: ${waiting(ids).en})`,
        `${pageFieldWords(field).fr} (pour : ${waiting(ids).fr})`,
      ),
    ),
    sep,
  );
  const parts: Text[] = [];
  if (missing.length > 0)
    parts.push(
      text(`Enter on the options page: ${facts.en}.`, `Saisissez dans les options : ${facts.fr}.`),
    );
  if (notOnPage.length > 0)
    parts.push(
      text(
        `Not on the page, so not checked: ${page.en}. Open your ITA letter in your IRCC account, or import it.`,
        `Absent de la page, donc non vérifié : ${page.fr}. Ouvrez votre lettre d’invitation dans votre compte IRCC, ou importez-la.`,
      ),
    );
  parts.push(
    text(
      'Until then the verdict cannot be “ready”.',
      'D’ici là, le verdict ne peut pas être « prêt ».',
    ),
  );
  return fired(
    finding(
      'facts-missing',
      'warning',
      missing.length > 0
        ? text(
            'Some facts the checks need are missing',
            'Il manque des renseignements aux vérifications',
          )
        : text(
            'The page lacks values the checks need',
            'Il manque à la page des valeurs nécessaires aux vérifications',
          ),
      join(parts, text(' ', ' ')),
      SOURCES.applyPr,
      { missing, notOnPage },
    ),
  );
}
