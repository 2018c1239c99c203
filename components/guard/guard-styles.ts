// The guard's styles, in a <style> inside its shadow root: the portal's CSS cannot reach them and
// they cannot reach the portal; `:host { all: initial }` also stops the page's inherited styles at
// the host. Verdict colours come from the one verdict vocabulary (lib/verdict), the "could not check"
// grey from lib/view/check-failed. Every text is at least 14 px.
import { VERDICT_COLOUR as C } from '@/lib/verdict';
import { CHECK_FAILED_LOOK as F } from '@/lib/view/check-failed';

export const GUARD_CSS = `
:host { all: initial !important; display: inline-block !important; vertical-align: middle !important; }
.guard { font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
  color: #1b1b1b; display: inline-block; vertical-align: middle; margin: 4px 8px; max-width: 420px; }
.notice { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 6px; border: 1px solid;
  border-left-width: 5px; border-radius: 4px; padding: 4px 8px; background: #fff; }
.notice.decline { border-color: ${C.decline.ink}; background: ${C.decline.background}; }
.notice.review { border-color: ${C.review.ink}; background: ${C.review.background}; }
.notice.ready { border-color: ${C.ready.ink}; background: ${C.ready.background}; }
.notice.failed { border-color: ${F.ink}; background: ${F.background}; }
.mark { display: inline-flex; width: 22px; height: 22px; border-radius: 50%; color: #fff;
  align-items: center; justify-content: center; font-weight: 700; font-size: 14px; }
.decline .mark { background: ${C.decline.ink}; } .review .mark { background: ${C.review.ink}; } .ready .mark { background: ${C.ready.ink}; }
.failed .mark { background: ${F.ink}; }
.decline .word { color: ${C.decline.ink}; } .review .word { color: ${C.review.ink}; } .ready .word { color: ${C.ready.ink}; }
.failed .word { color: ${F.ink}; }
.brand { font-size: 14px; color: #4a4a4a; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.word { font-weight: 700; }
button { font: inherit; color: #1b1b1b; background: #f3f3f3; border: 1px solid #767676; border-radius: 4px;
  padding: 3px 10px; cursor: pointer; }
button:hover { background: #e6e6e6; }
button.primary { background: #1a5a96; border-color: #1a5a96; color: #fff; }
button.primary:hover { background: #144a7c; }
:focus-visible { outline: 3px solid #1a5a96; outline-offset: 2px; }
.reasons { margin: 6px 0 0; padding-left: 20px; flex-basis: 100%; }
.reasons li { margin: 2px 0; }
.sev { font-weight: 600; }
.hint { flex-basis: 100%; margin: 4px 0 0; font-size: 14px; }
dialog { font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
  color: #1b1b1b; background: #fff; border: 2px solid ${C.decline.ink}; border-radius: 6px; padding: 16px 20px;
  max-width: min(560px, 90vw); box-shadow: 0 8px 32px rgba(0,0,0,.3); }
dialog::backdrop { background: rgba(0,0,0,.45); }
dialog h2 { font-size: 18px; margin: 0 0 8px; color: ${C.decline.ink}; }
dialog p { margin: 6px 0; }
dialog ul { padding-left: 20px; }
dialog li { margin: 6px 0; }
.detail { display: block; color: #4a4a4a; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; margin-top: 12px; }
`;
