import { render } from 'preact';
import { browser } from 'wxt/browser';
import { chooseDraft } from '@/lib/forms';
import { localDate } from '@/lib/dates';
import { languageFromTag } from '@/lib/i18n';
import { loadDraft, loadFacts, loadReadings, loadSettings } from '@/utils/storage';
import { App } from './app';
import { letterContext } from './letter-context';
import '@/components/styles.css';
import './options.css';

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  const [facts, draft, settings, readings] = await Promise.all([
    loadFacts(),
    loadDraft(),
    loadSettings(),
    loadReadings(),
  ]);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  render(
    <App
      draft={chooseDraft(draft, facts, letterContext(readings).form)}
      settings={settings}
      readings={readings}
      browserLanguage={languageFromTag(browser.i18n.getUILanguage())}
      today={() => localDate(Date.now(), zone)}
    />,
    root,
  );
}

void main();
