// The in-page guard's words, apart from the rest of the catalogue so the content script carries
// only these (issue 6: content script budget). en.ts includes them as `guard`.
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
  label: 'ITA Ready',
  details: 'Why?',
  hideDetails: 'Hide',
  dialogTitle: 'ITA Ready advises you to decline this invitation',
  dialogIntro:
    'With the facts you entered, these claims no longer hold. An application that relies on them is likely to be refused, and the fees are lost. Declining costs nothing: your profile goes back to the pool.',
  goOn: 'Go on anyway',
  goOnHint: 'Then press the portal’s button again: ITA Ready will not stop you.',
  declineInstead: 'Decline in the portal instead',
};

export type GuardMessages = typeof guardEN;
