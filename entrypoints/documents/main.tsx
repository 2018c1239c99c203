// documents.html, the focused page of the document checklist and the upload preparer: the shared
// wiring (utils/documents), the language from the settings, and the options page for the facts
// the list waits on.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DocumentsPage } from '@/components/documents/documents-page';
import { uiLanguage, type LanguageSetting } from '@/lib/i18n';
import { documentsMessages } from '@/lib/i18n/documents';
import { NewestOnly } from '@/lib/view/newest-only';
import { useDocuments } from '@/utils/documents';
import { loadSettings, saveSettings, watchAll } from '@/utils/storage';
import '@/components/styles.css';
import '@/components/page.css';
import '@/components/documents/documents.css';

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

function factsUrl(fact: string): string {
  return `${new URL('options.html', browser.runtime.getURL('/')).href}#${encodeURIComponent(fact)}`;
}

function DocumentsApp(props: { setting: LanguageSetting }) {
  const [setting, setSetting] = useState(props.setting);
  const documents = useDocuments(ZONE);
  const language = uiLanguage(setting, browser.i18n.getUILanguage());

  // The language chosen here or on another page (read again once followed, so no change is missed).
  useEffect(() => {
    const { run: follow } = new NewestOnly(loadSettings, (s) => setSetting(s.language));
    const stop = watchAll(() => void follow());
    void follow();
    return stop;
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = documentsMessages(language).pageTitle;
  }, [language]);

  return (
    <DocumentsPage
      {...documents}
      language={language}
      factsUrl={factsUrl}
      onLanguage={(next) => {
        setSetting(next);
        void saveSettings({ language: next });
      }}
    />
  );
}

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  const settings = await loadSettings();
  render(<DocumentsApp setting={settings.language} />, root);
  // A file dropped beside the drop zone must not make the browser leave the page for the file.
  const keepPage = (e: Event) => e.preventDefault();
  window.addEventListener('dragover', keepPage);
  window.addEventListener('drop', keepPage);
}

void main();
