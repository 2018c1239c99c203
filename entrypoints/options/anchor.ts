// `options.html#<fact>` (the path of `Finding.fact`, e.g. `#education.ecaIssued`, `#work`) scrolls
// to that field and focuses it; for a group, its first field.
const CONTROLS = 'input, select, textarea, button';

export function focusFact(hash: string, root: Document = document): boolean {
  if (hash.length < 2) return false;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return false;
  }
  const target = root.getElementById(id);
  if (!target) return false;
  const control = target.matches(CONTROLS) ? target : target.querySelector(CONTROLS);
  target.scrollIntoView({ block: 'start' });
  if (control instanceof HTMLElement) control.focus({ preventScroll: true });
  return true;
}
