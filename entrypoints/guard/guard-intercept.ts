// Holds back the FIRST press of the portal's continue control, once, when the verdict is decline.
// It never presses, fills or submits anything itself (SPEC "Non-negotiables"): after that one press
// every press goes through untouched, and a press held back is simply not delivered to the page.

export interface FirstPressInterceptor {
  /** Hold back the next press (until one has been held back) only while armed. */
  arm(on: boolean): void;
  /** True once a press was held back: no later press will be. */
  readonly used: boolean;
  stop(): void;
}

/**
 * @param target where to listen, in the capture phase, before the page's own listeners (the window)
 * @param control the control to watch (looked up at each press: the page may re-render it)
 * @param onHeldBack called after a press was held back, to open the confirmation
 */
export function interceptFirstPress(
  target: EventTarget,
  control: () => Element | null,
  onHeldBack: () => void,
): FirstPressInterceptor {
  let armed = false;
  let used = false;
  // `click` is what a mouse press, Enter or Space on a button or link, and Enter in a form field
  // (implicit submission clicks the form's default button) all deliver.
  const listener = (event: Event) => {
    if (!armed || used) return;
    const watched = control();
    if (!watched || !event.composedPath().includes(watched)) return;
    used = true;
    event.preventDefault();
    event.stopImmediatePropagation();
    onHeldBack();
  };
  target.addEventListener('click', listener, { capture: true });
  return {
    arm(on) {
      armed = on;
    },
    get used() {
      return used;
    },
    stop() {
      target.removeEventListener('click', listener, { capture: true });
    },
  };
}
