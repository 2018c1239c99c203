// The tests never touch the network: every request the browser makes goes through the fake portal
// of tests/support/browser-suites.mjs, which serves registered pages at their real addresses and
// refuses everything else (recording it, so a test can prove the extension asked for nothing).
export {
  FakePortal,
  FOREIGN_ORIGIN,
  LETTER_PATH,
  PORTAL_ORIGIN,
  type PageSource,
} from '../../support/browser-suites.mjs';
