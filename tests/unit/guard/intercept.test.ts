// @vitest-environment happy-dom
// The first press of the continue control is held back once when the verdict is decline; every
// later press reaches the page untouched, and the guard itself never clicks or submits anything.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { interceptFirstPress } from '@/entrypoints/guard/guard-intercept';

interface Page {
  apply: HTMLButtonElement;
  decline: HTMLButtonElement;
  /** `choice` of every form submission the page saw (what the portal would receive). */
  submitted: string[];
  /** Clicks the page's own script saw on the apply button. */
  pageClicks: number;
}

function portalPage(): Page {
  document.body.innerHTML = `
    <form action="/mycic/eapp/start" method="post">
      <button type="submit" name="choice" value="decline">Decline this invitation</button>
      <button type="submit" name="choice" value="apply">Apply online for permanent residence</button>
    </form>`;
  const form = document.querySelector('form');
  const [decline, apply] = [...document.querySelectorAll('button')];
  if (!form || !decline || !apply) throw new Error('fixture markup changed');
  const page: Page = { apply, decline, submitted: [], pageClicks: 0 };
  form.addEventListener('submit', (event) => {
    page.submitted.push(event.submitter?.getAttribute('value') ?? '?');
    event.preventDefault(); // no navigation in the test
  });
  apply.addEventListener('click', () => (page.pageClicks += 1));
  return page;
}

/** The user's press: a real click event, as the browser dispatches for mouse, Enter or Space. */
const press = (element: Element) =>
  element.dispatchEvent(
    new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }),
  );

let spies: { click: ReturnType<typeof vi.spyOn>; submit: ReturnType<typeof vi.spyOn> };
beforeEach(() => {
  spies = {
    click: vi.spyOn(HTMLElement.prototype, 'click'),
    submit: vi.spyOn(HTMLFormElement.prototype, 'submit'),
  };
});
afterEach(() => {
  expect(spies.click, 'the guard must never click anything for the user').not.toHaveBeenCalled();
  expect(spies.submit, 'the guard must never submit a form').not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

describe('interceptFirstPress', () => {
  it('decline: holds back the first press only; the second goes through untouched', () => {
    const page = portalPage();
    const heldBack = vi.fn();
    const guard = interceptFirstPress(window, () => page.apply, heldBack);
    guard.arm(true);

    expect(press(page.apply), 'the first press must be cancelled').toBe(false);
    expect(heldBack).toHaveBeenCalledOnce();
    expect(page.submitted, 'the first press must not reach the portal').toEqual([]);
    expect(page.pageClicks, "the page's own listeners must not see the held-back press").toBe(0);

    expect(press(page.apply), 'the second press must not be cancelled').toBe(true);
    expect(page.submitted).toEqual(['apply']);
    expect(page.pageClicks).toBe(1);
    expect(heldBack).toHaveBeenCalledOnce();
    guard.stop();
  });

  it('not armed (review / ready): every press goes through', () => {
    const page = portalPage();
    const heldBack = vi.fn();
    const guard = interceptFirstPress(window, () => page.apply, heldBack);
    guard.arm(false);
    press(page.apply);
    expect(page.submitted).toEqual(['apply']);
    expect(heldBack).not.toHaveBeenCalled();
    guard.stop();
  });

  it('other controls are never held back, and do not use up the one interception', () => {
    const page = portalPage();
    const heldBack = vi.fn();
    const guard = interceptFirstPress(window, () => page.apply, heldBack);
    guard.arm(true);
    press(page.decline);
    expect(page.submitted, 'declining in the portal must always go through').toEqual(['decline']);
    expect(guard.used).toBe(false);
    press(page.apply);
    expect(heldBack).toHaveBeenCalledOnce();
    guard.stop();
  });

  it('a press on something inside the control counts as a press of the control', () => {
    const page = portalPage();
    page.apply.innerHTML = '<span>Apply online for permanent residence</span>';
    const heldBack = vi.fn();
    const guard = interceptFirstPress(window, () => page.apply, heldBack);
    guard.arm(true);
    const inner = page.apply.querySelector('span');
    if (inner) press(inner);
    expect(heldBack).toHaveBeenCalledOnce();
    expect(page.submitted).toEqual([]);
    guard.stop();
  });

  it('once stopped (extension reloaded), nothing is held back', () => {
    const page = portalPage();
    const guard = interceptFirstPress(window, () => page.apply, vi.fn());
    guard.arm(true);
    guard.stop();
    press(page.apply);
    expect(page.submitted).toEqual(['apply']);
  });
});
