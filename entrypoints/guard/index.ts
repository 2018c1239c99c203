// The in-page guard as its own script (`/guard.js`), not part of the content script that runs on
// every IRCC page and must stay small: the background injects it into a tab once the content script
// there sent a reading of the ITA letter, the page that holds the control to continue.
import { startGuard } from './start-guard';

export default defineUnlistedScript(() => {
  startGuard();
});
