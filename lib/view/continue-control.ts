// Finds, by meaning, the portal control that goes on with the application after an ITA — the one the
// in-page guard stands beside. Pure: it takes a root (a live document, a fixture in tests).
//
// The exact markup of IRCC's page holding this control is not public, so the
// control is recognised by its visible words, in English and French, and every word list is here.

/**
 * What the control says, most specific first (rank 0 beats rank 1 beats rank 2), matched against the
 * start of its text after lower-casing and removing accents, so « Présenter » matches `presenter`.
 * Where each wording was seen is a comment, not data: the content script carries only the patterns.
 */
const CONTINUE_LABELS: readonly { pattern: RegExp; rank: number }[] = [
  // The ITA letter: "You now have two options: 1) Decline this invitation; or 2) Apply online for
  // permanent residence." [seen in IRCC's letters]; covered by tests/unit/view/continue-control.test.ts.
  { pattern: /^apply\b/, rank: 0 },
  // "Accept", « Accepter »: the usual words for taking up an invitation [likely].
  { pattern: /^accept\b/, rank: 0 },
  { pattern: /^accepter\b/, rank: 0 },
  // French terms of the portal: « invitation à présenter une demande » [seen].
  { pattern: /^presenter (une |la |votre )?demande\b/, rank: 0 },
  // « Faire une demande » [likely].
  { pattern: /^faire (une |la )?demande\b/, rank: 0 },
  // "Start application", « Commencer la demande » [likely].
  { pattern: /^start (the |my |your |an? )?(e-?apr|application|form)\b/, rank: 1 },
  { pattern: /^(commencer|demarrer) (la |ma |votre |une )?demande\b/, rank: 1 },
  // "Continue", « Continuer » [likely]; « Poursuivre » (tests/fixtures/pages/account-home-fr.html).
  { pattern: /^continue\b/, rank: 2 },
  { pattern: /^(continuer|poursuivre)\b/, rank: 2 },
];

/**
 * Words that mean the control is NOT the way forward, anywhere in its text: the decline choice of the
 * letter ("1) Decline this invitation" [seen]), the session-timeout dialog's "Continue session"
 * (the account home [seen]) and the usual cancel / back / sign-out controls.
 */
const NOT_CONTINUE =
  /\b(decline|declining|refuse|refuser|decliner|reject|rejeter|withdraw|retirer|cancel|annuler|session|sign out|log out|deconnexion|fermer|close|back|retour|help|aide)\b/;

/** A button's words, not a paragraph: longer texts are links inside prose (e.g. "How to apply…"). */
const MAX_LABEL = 60;

const CANDIDATES =
  'button, a[href], input[type="submit"], input[type="button"], [role="button"], [role="link"]';

/** Lower case, no accents, one space, no trailing arrows or punctuation (`Continue ›`, `Apply »`). */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .replace(/[\s›»>→.:!]+$/u, '')
    .replace(/^[\s‹«<←]+/u, '')
    .trim();
}

/** The words a control shows: an input's value, else its text, else its accessible name. */
function labelOf(element: Element): string {
  if (element.tagName === 'INPUT') return element.getAttribute('value') ?? '';
  const text = element.textContent?.trim() ?? '';
  return text || element.getAttribute('aria-label') || element.getAttribute('title') || '';
}

function isOff(element: Element): boolean {
  return (
    element.hasAttribute('disabled') ||
    element.getAttribute('aria-disabled') === 'true' ||
    element.closest('[hidden], [aria-hidden="true"]') !== null
  );
}

/** The rank of a label (lower is better), or null when it is not a continue control. */
export function continueRank(label: string): number | null {
  const words = normalizeLabel(label);
  if (!words || words.length > MAX_LABEL || NOT_CONTINUE.test(words)) return null;
  const match = CONTINUE_LABELS.find(({ pattern }) => pattern.test(words));
  return match ? match.rank : null;
}

/** The control that continues to the application, or null when the page has none. */
export function findContinueControl(root: ParentNode): Element | null {
  let best: { element: Element; rank: number } | null = null;
  for (const element of root.querySelectorAll(CANDIDATES)) {
    if (isOff(element)) continue;
    const rank = continueRank(labelOf(element));
    if (rank !== null && (best === null || rank < best.rank)) best = { element, rank };
  }
  return best?.element ?? null;
}
