import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '@/components/popup/popup-view';
import { languageFromTag } from '@/lib/i18n';
import { send } from '@/utils/messaging';
import '@/components/styles.css';

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  const language = languageFromTag(browser.i18n.getUILanguage());
  document.documentElement.lang = language;
  const state = await send({ type: 'state/get' });
  const draw = () => render(<PopupView state={state} now={Date.now()} language={language} />, root);
  draw();
  // Keep the countdown current while the popup is open.
  setInterval(draw, 30_000);
}

void main();
