// Starts the guard once per page. The background injects /guard.js after every reading of a letter
// from the tab (entrypoints/background/inject-guard.ts), so a page the content script reads twice gets
// the script twice: the second run must leave the first guard alone (one notice, one interceptor).
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountGuard } from './mount-guard';

/**
 * Where a running guard leaves its context: a key on the extension's world of the page, which every
 * injection into that frame shares (Chrome's isolated world, Firefox's content-script sandbox). A
 * symbol from the global registry, as each injection bundles its own copy of this module.
 */
const RUNNING = Symbol.for('ita-ready:guard');

/** True when a guard was started, false when one was already running on this page. */
export function startGuard(scope: object = globalThis): boolean {
  const running: unknown = Reflect.get(scope, RUNNING);
  // An earlier guard of a reloaded or updated extension is invalid (its runtime is gone): replace it.
  if (typeof running === 'object' && running !== null && Reflect.get(running, 'isValid') === true)
    return false;
  const ctx = new ContentScriptContext('guard');
  Reflect.set(scope, RUNNING, ctx);
  ctx.onInvalidated(() => {
    if (Reflect.get(scope, RUNNING) === ctx) Reflect.deleteProperty(scope, RUNNING);
  });
  mountGuard(ctx).catch((error: unknown) => console.debug('ITA Ready: guard not shown.', error));
  return true;
}
