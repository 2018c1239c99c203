// @vitest-environment happy-dom
// The user's presses of the continue control are held back while armed, whichever way they come
// (click with or without modifiers, middle click, Enter, Space, a form submission through it); a
// page script's synthetic click is never taken for the user's; nothing is ever clicked or submitted
// by the guard itself. happy-dom cannot make trusted events, so the tests say which events are the
// user's (`isUser`) the way the browser's `isTrusted` would.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardPresses, isUserEvent, type PressGuard } from '@/entrypoints/guard/guard-intercept';

interface Page {
  form: HTMLFormElement;
  apply: HTMLButtonElement;
  decline: HTMLButtonElement;
  field: HTMLInputElement;
  /** `choice` of every form submission the page saw (what the portal would receive). */
  submitted: string[];
  /** Events the page's own script saw on the apply button. */
  seen: string[];
}

function portalPage(): Page {
  document.body.innerHTML = `
    <form action="/mycic/eapp/start" method="post">
      <input name="note" />
      <button type="submit" name="choice" value="decline">Decline this invitation</button>
      <button type="submit" name="choice" value="apply">Apply online for permanent residence</button>
    </form>`;
  const form = document.querySelector('form');
  const field = document.querySelector('input');
  const [decline, apply] = [...document.querySelectorAll('button')];
  if (!form || !decline || !apply || !field) throw new Error('fixture markup changed');
  const page: Page = { form, apply, decline, field, submitted: [], seen: [] };
  form.addEventListener('submit', (event) => {
    page.submitted.push(event.submitter?.getAttribute('value') ?? '?');
    event.preventDefault(); // no navigation in the test
  });
  for (const type of ['click', 'auxclick', 'keydown', 'keyup']) {
    apply.addEventListener(type, () => page.seen.push(type));
  }
  return page;
}

/** Events the tests mark as the user's (a real browser sets `isTrusted`). */
const userEvents = new WeakSet<Event>();
const asUser = <E extends Event>(event: E): E => {
  userEvents.add(event);
  return event;
};
const isUser = (event: Event) => userEvents.has(event);

const mouse = (type: string, init: MouseEventInit = {}) =>
  asUser(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, ...init }));
const key = (type: 'keydown' | 'keyup', k: string) =>
  asUser(new KeyboardEvent(type, { key: k, bubbles: true, cancelable: true, composed: true }));

/** Each way a user presses the control: the events, in order, dispatched on the control. */
const PRESSES: [string, () => Event[]][] = [
  ['a left click', () => [mouse('click')]],
  ['Ctrl-click (new tab)', () => [mouse('click', { ctrlKey: true })]],
  ['Cmd-click (new tab)', () => [mouse('click', { metaKey: true })]],
  ['Shift-click (new window)', () => [mouse('click', { shiftKey: true })]],
  ['a middle click', () => [mouse('auxclick', { button: 1 })]],
  ['Enter', () => [key('keydown', 'Enter')]],
  ['Space (down, then up)', () => [key('keydown', ' '), key('keyup', ' ')]],
];

let guard: PressGuard | null = null;
let spies: { click: ReturnType<typeof vi.spyOn>; submit: ReturnType<typeof vi.spyOn> };
beforeEach(() => {
  spies = {
    click: vi.spyOn(HTMLElement.prototype, 'click'),
    submit: vi.spyOn(HTMLFormElement.prototype, 'submit'),
  };
});
afterEach(() => {
  guard?.stop();
  guard = null;
  expect(spies.click, 'the guard must never click anything for the user').not.toHaveBeenCalled();
  expect(spies.submit, 'the guard must never submit a form').not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

function armedOn(page: Page, armed = true) {
  const heldBack = vi.fn();
  guard = guardPresses({ target: window, control: () => page.apply, onHeldBack: heldBack, isUser });
  guard.arm(armed);
  return heldBack;
}

describe('guardPresses: every way the user follows the control is held back while armed', () => {
  it.each(PRESSES)('%s', (_, events) => {
    const page = portalPage();
    const heldBack = armedOn(page);
    const delivered = events().map((event) => page.apply.dispatchEvent(event));
    expect(
      delivered.every((ok) => !ok),
      'each event of the press must be cancelled',
    ).toBe(true);
    expect(heldBack, 'the confirmation opens once per press').toHaveBeenCalledOnce();
    expect(page.seen, "the page's own listeners must not see the held-back press").toEqual([]);
    expect(page.submitted).toEqual([]);
  });

  it('a press on something inside the control counts as a press of the control', () => {
    const page = portalPage();
    page.apply.innerHTML = '<span>Apply online for permanent residence</span>';
    const heldBack = armedOn(page);
    page.apply.querySelector('span')?.dispatchEvent(mouse('click'));
    expect(heldBack).toHaveBeenCalledOnce();
  });

  it('a form submission through the control without a click (submitter = the control)', () => {
    const page = portalPage();
    const heldBack = armedOn(page);
    const submit = asUser(
      new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter: page.apply }),
    );
    expect(page.form.dispatchEvent(submit)).toBe(false);
    expect(heldBack).toHaveBeenCalledOnce();
    expect(page.submitted).toEqual([]);
  });

  it('every press, not only the first: the guard keeps guarding while armed', () => {
    const page = portalPage();
    const heldBack = armedOn(page);
    for (let i = 0; i < 3; i++) page.apply.dispatchEvent(mouse('click'));
    expect(heldBack).toHaveBeenCalledTimes(3);
    expect(page.submitted).toEqual([]);
  });
});

describe('guardPresses: what goes through untouched', () => {
  it.each(PRESSES)('not armed (review, ready, or "Go on anyway" chosen): %s', (_, events) => {
    const page = portalPage();
    const heldBack = armedOn(page, false);
    for (const event of events()) page.apply.dispatchEvent(event);
    expect(heldBack).not.toHaveBeenCalled();
    expect(page.seen.length, 'the page sees the press').toBeGreaterThan(0);
  });

  it("a page script's synthetic click is not the user's press: not held back", () => {
    const page = portalPage();
    const heldBack = vi.fn();
    // As in browsers, the form submission a click causes is trusted even when the click is not.
    guard = guardPresses({
      target: window,
      control: () => page.apply,
      onHeldBack: heldBack,
      isUser: (event) => event.type === 'submit' || isUser(event),
    });
    guard.arm(true);
    // What `apply.click()` from the page delivers: an untrusted click, then its form submission.
    const synthetic = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    expect(page.apply.dispatchEvent(synthetic)).toBe(true);
    expect(heldBack, 'a script is not the user').not.toHaveBeenCalled();
    expect(page.submitted, 'its submission goes through').toEqual(['apply']);
    // The user's own press right after is still held back.
    page.apply.dispatchEvent(mouse('click'));
    expect(heldBack).toHaveBeenCalledOnce();
    expect(page.submitted).toEqual(['apply']);
  });

  it.each([
    ['the decline choice', (page: Page) => page.decline.dispatchEvent(mouse('click'))],
    [
      'a right click (context menu)',
      (page: Page) => page.apply.dispatchEvent(mouse('auxclick', { button: 2 })),
    ],
    ['Tab on the control', (page: Page) => page.apply.dispatchEvent(key('keydown', 'Tab'))],
    ['typing in a field', (page: Page) => page.field.dispatchEvent(key('keydown', 'a'))],
  ])('%s', (_, act) => {
    const page = portalPage();
    const heldBack = armedOn(page);
    act(page);
    expect(heldBack).not.toHaveBeenCalled();
  });

  it('once stopped (extension reloaded), nothing is held back', () => {
    const page = portalPage();
    const heldBack = armedOn(page);
    guard?.stop();
    page.apply.dispatchEvent(mouse('click'));
    expect(heldBack).not.toHaveBeenCalled();
    expect(page.seen).toEqual(['click']);
  });
});

describe('isUserEvent (the browser’s own test)', () => {
  it.each([
    ['a synthetic click', new MouseEvent('click'), false],
    ['a synthetic submit', new SubmitEvent('submit'), false],
  ])('%s → %s', (_, event, expected) => {
    expect(isUserEvent(event)).toBe(expected);
  });
});
