import { render } from 'preact';
import { browser } from 'wxt/browser';
import { chooseDraft } from '@/lib/forms';
import { localDate } from '@/lib/dates';
import {
  loadAssessment,
  loadCheckFailure,
  loadDraft,
  loadFacts,
  loadReadings,
  loadSettings,
} from '@/utils/storage';
import { App } from './app';
import { letterContext } from './letter-context';
import '@/components/styles.css';
import '@/components/page.css';
import '@/components/documents/documents.css';
import './options.css';

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  const [facts, draft, settings, readings, assessment, failure] = await Promise.all([
    loadFacts(),
    loadDraft(),
    loadSettings(),
    loadReadings(),
    loadAssessment(),
    loadCheckFailure(),
  ]);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  render(
    <App
      draft={chooseDraft(draft, facts, letterContext(readings).form)}
      settings={settings}
      readings={readings}
      facts={facts}
      assessment={assessment}
      failure={failure}
      browserLanguage={browser.i18n.getUILanguage()}
      today={() => localDate(Date.now(), zone)}
      documentsUrl={browser.runtime.getURL('/documents.html')}
    />,
    root,
  );
}

void main();
