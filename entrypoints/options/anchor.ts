// `options.html#<fact>` (the path of `Finding.fact`, e.g. `#education.ecaIssued`, `#work`) scrolls
// to that field and focuses it; for a group, its first field (or its first button, "Add …", when
// the group has no field yet).
const FIELDS = 'input:not([disabled]), select, textarea';
const CONTROLS = `${FIELDS}, button`;

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
  const control = target.matches(CONTROLS)
    ? target
    : (target.querySelector(FIELDS) ?? target.querySelector(CONTROLS));
  target.scrollIntoView({ block: 'start' });
  if (control instanceof HTMLElement) control.focus({ preventScroll: true });
  return true;
}
