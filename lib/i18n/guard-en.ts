// The in-page guard's words, apart from the rest of the catalogue so the guard's script carries only
// these (its size budget). en.ts includes them as `guard`; the popup may use `checkFailed` too.
import { formatDateTime } from '../dates/format';
import type { CheckFailureReason } from '../view/check-failed';
import type { Severity, Verdict } from '../view/assessment';

export const guardEN = {
  verdict: {
    decline: 'Decline',
    review: 'Review first',
    ready: 'Ready to apply',
  } satisfies Record<Verdict, string>,
  severity: {
    decline: 'Reason to decline',
    warning: 'Check this',
    info: 'Good to know',
  } satisfies Record<Severity, string>,
  /** A label before what it names ("ITA Ready:", "Reason to decline:"). */
  labelled: (label: string) => `${label}:`,
  label: 'ITA Ready',
  details: 'Why?',
  hideDetails: 'Hide',
  dialogTitle: 'ITA Ready advises you to decline this invitation',
  dialogIntro:
    'With the facts you entered, these claims no longer hold. An application that relies on them is likely to be refused, and the fees are lost. Declining costs nothing: your profile goes back to the pool.',
  goOn: 'Go on anyway',
  /** Shown once the user chose "Go on anyway" for this letter. */
  released: 'You chose to go on with this invitation: ITA Ready will not stop you again.',
  /** The safe choice: it closes the confirmation and nothing else. */
  stay: 'Not now — stay on this page',
  checkFailed: {
    word: 'Could not check',
    reason: {
      'rules-failed':
        'ITA Ready’s checks stopped on an error of their own (not one in your facts), so it shows no verdict rather than an old one.',
      'storage-failed':
        'ITA Ready could not read or save its data in this browser, so it shows no verdict rather than an old one.',
    } satisfies Record<CheckFailureReason, string>,
    /** `at`: when the run failed (ISO instant), in the user's time zone. */
    when: (p: { at: string; timeZone: string }) =>
      // One period after the time, even when it ends in "a.m." or "p.m.".
      `Last try: ${formatDateTime(Date.parse(p.at), 'en', p.timeZone).replace(/\.$/, '')}. It tries again when your letter or your facts change, and every hour.`,
  },
};

export type GuardMessages = typeof guardEN;
