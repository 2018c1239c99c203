// Keyboard moves between the questions of the form (fields marked data-question by the view):
// Enter in a field goes to the next unanswered one, and after the last field of the last row of a
// list that grows (work periods, police certificates) to that list's "Add …" button; the link at
// the top goes to the first unanswered one.

const QUESTIONS = '[data-question]';
const OPEN = '[data-question][data-answered="false"]';

/** Questions that can take the focus now (a question that does not apply is not rendered at all). */
function usable(root: ParentNode, selector: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selector)].filter(
    (el) => !el.hasAttribute('disabled'),
  );
}

export function unansweredCount(root: ParentNode): number {
  return usable(root, OPEN).length;
}

export function firstUnanswered(root: ParentNode): HTMLElement | null {
  return usable(root, OPEN)[0] ?? null;
}

/** Where Enter in `from` goes, or null (nothing left to answer after it). */
export function nextQuestion(from: HTMLElement, root: ParentNode): HTMLElement | null {
  const row = from.closest('fieldset.row');
  const list = row?.parentElement?.closest('[data-list][data-grows]');
  if (row && list) {
    const rows = [...list.querySelectorAll(':scope > fieldset.row')];
    const inRow = usable(row, QUESTIONS);
    const answered = inRow.every((el) => el.dataset.answered !== 'false');
    if (rows.at(-1) === row && inRow.at(-1) === from && answered) {
      const add = list.querySelector<HTMLElement>(':scope > [data-add]');
      if (add) return add;
    }
  }
  const open = usable(root, OPEN).filter((el) => el !== from);
  return (
    open.find(
      (el) => (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    ) ??
    open[0] ??
    null
  );
}

/** Enter in a text box, a select or a checkbox of `form`: the form's own move, not a submit. */
export function isQuestionEnter(
  event: KeyboardEvent,
  form: Element | null,
): event is KeyboardEvent & {
  target: HTMLElement;
} {
  const target = event.target;
  if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
    return false;
  if (!(target instanceof HTMLElement) || form === null || !form.contains(target)) return false;
  if (target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && (target.type === 'text' || target.type === 'checkbox')
  );
}
