// Holds back the user's presses of the portal's continue control while armed (the verdict is
// decline and the user has not chosen "Go on anyway" for this letter), and asks for the
// confirmation instead. It never presses, fills or submits anything itself, and a press held back is
// simply not delivered to the page: nothing is ever blocked for good, the user can always go on.
//
// Every way a user follows the control:
// - `click`: a left click, with or without Ctrl / Cmd / Shift (new tab, new window), and what the
//   browser sends for Enter or Space on a button or link and for Enter in a form field (the form's
//   default button is clicked);
// - `auxclick` with the middle button: opens a link in a new tab;
// - `keydown` Enter, and Space on a button (held on keydown, the confirmation opens on keyup so the
//   key's release does not land on the confirmation's buttons): before the browser turns them
//   into a click, and for controls the page makes out of plain elements;
// - `submit` of the control's form with the control as submitter, should one come without a click.
// Only the user's own events count (`isTrusted`): a page script calling `.click()` on the control is
// not the user pressing it, so it is not held back (nor is the form submission it causes).

export interface PressGuard {
  /** Hold back presses only while armed. */
  arm(on: boolean): void;
  stop(): void;
}

export interface PressGuardOptions {
  /** Where to listen, in the capture phase, before the page's own listeners (the window). */
  target: EventTarget;
  /** The control to watch (looked up at each press: the page may re-render it). */
  control: () => Element | null;
  /** Called after a press was held back, to open the confirmation. */
  onHeldBack: () => void;
  /** Whether an event is the user's own (default {@link isUserEvent}; tests give their own). */
  isUser?: (event: Event) => boolean;
}

const MIDDLE_BUTTON = 1;

/**
 * The browser's word for it: `isTrusted`. A `submit` is trusted even when a page script asked for it
 * (`form.requestSubmit()`), so it also needs the user to have just acted on the page.
 */
export function isUserEvent(event: Event): boolean {
  if (!event.isTrusted) return false;
  if (event.type !== 'submit') return true;
  return globalThis.navigator?.userActivation?.isActive ?? true;
}

export function guardPresses(options: PressGuardOptions): PressGuard {
  const { target, control, onHeldBack } = options;
  const isUser = options.isUser ?? isUserEvent;
  let armed = false;
  /** A Space key pressed on the control and held back, waiting for its release. */
  let spaceHeld = false;
  /** A page script's click on the control is being delivered (its form submission included). */
  let scriptClick = false;

  const onControl = (event: Event): boolean => {
    const watched = control();
    return watched !== null && event.composedPath().includes(watched);
  };
  const holdBack = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const isButtonLike = (): boolean => {
    const watched = control();
    return watched !== null && !(watched.tagName === 'A' && watched.hasAttribute('href'));
  };

  const listeners: [string, (event: Event) => void][] = [
    [
      'click',
      (event) => {
        if (!onControl(event)) return;
        if (!isUser(event)) {
          // Its activation (a form submission) happens before this task ends.
          scriptClick = true;
          queueMicrotask(() => (scriptClick = false));
          return;
        }
        if (!armed) return;
        holdBack(event);
        onHeldBack();
      },
    ],
    [
      'auxclick',
      (event) => {
        if (!armed || !isUser(event) || !onControl(event)) return;
        if (!(event instanceof MouseEvent) || event.button !== MIDDLE_BUTTON) return;
        holdBack(event);
        onHeldBack();
      },
    ],
    [
      'keydown',
      (event) => {
        if (!armed || !isUser(event) || !onControl(event)) return;
        if (!(event instanceof KeyboardEvent) || event.isComposing) return;
        if (event.key === 'Enter') {
          holdBack(event);
          onHeldBack();
        } else if (event.key === ' ' && isButtonLike()) {
          holdBack(event);
          spaceHeld = true;
        }
      },
    ],
    [
      'keyup',
      (event) => {
        if (!spaceHeld || !(event instanceof KeyboardEvent) || event.key !== ' ') return;
        spaceHeld = false;
        if (!armed || !isUser(event)) return;
        holdBack(event);
        onHeldBack();
      },
    ],
    [
      'submit',
      (event) => {
        if (!armed || scriptClick || !isUser(event)) return;
        const submitter = event instanceof SubmitEvent ? event.submitter : null;
        const watched = control();
        if (!submitter || !watched || !(submitter === watched || watched.contains(submitter)))
          return;
        holdBack(event);
        onHeldBack();
      },
    ],
  ];
  for (const [type, listener] of listeners)
    target.addEventListener(type, listener, { capture: true });
  return {
    arm(on) {
      armed = on;
      if (!on) spaceHeld = false;
    },
    stop() {
      for (const [type, listener] of listeners) {
        target.removeEventListener(type, listener, { capture: true });
      }
    },
  };
}
