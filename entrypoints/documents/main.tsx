// The documents page (documents.html): the checklist from what is stored, marks saved as the user
// ticks or dates them, and the upload preparer, whose engine is loaded the first time it is used.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DocumentsPage } from '@/components/documents/documents-page';
import type { PackViewProps } from '@/components/documents/pack-view';
import type { Checklist } from '@/lib/checklist';
import { languageFromTag, type UiLanguage } from '@/lib/i18n';
import { documentsMessages } from '@/lib/i18n/documents';
import { loadChecklist, saveDocumentMark, type MarkChange } from '@/utils/documents';
import { loadSettings, saveSettings, watchAll } from '@/utils/storage';
import '@/components/styles.css';
import '@/components/documents/documents.css';

const pack: PackViewProps['pack'] = async (files, options) =>
  (await import('@/lib/pack')).pack(files, options);

function factsUrl(fact: string): string {
  return `${new URL('options.html', browser.runtime.getURL('/')).href}#${encodeURIComponent(fact)}`;
}

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  let checklist: Checklist | null = null;
  let language: UiLanguage = 'en';
  let saveError: string | null = null;

  const draw = () => {
    if (!checklist) return;
    document.documentElement.lang = language;
    document.title = documentsMessages(language).pageTitle;
    render(
      <DocumentsPage
        checklist={checklist}
        language={language}
        saveError={saveError}
        factsUrl={factsUrl}
        onHave={(key, have) => void mark(key, { have })}
        onRequested={(key, requested) => void mark(key, { requested })}
        onLanguage={(next) => {
          language = next;
          draw();
          void saveSettings({ language: next });
        }}
        pack={pack}
      />,
      root,
    );
  };

  const refresh = async () => {
    const [list, settings] = await Promise.all([loadChecklist(Date.now(), zone), loadSettings()]);
    checklist = list;
    language =
      settings.language === 'auto'
        ? languageFromTag(browser.i18n.getUILanguage())
        : settings.language;
    draw();
  };

  // The list is worked out again from what was saved (the tick stays as the user left it); an
  // unsaved change is undone on screen and said why.
  const mark = async (key: string, change: MarkChange) => {
    try {
      const saved = await saveDocumentMark(key, change);
      saveError = saved.ok ? null : saved.error;
    } catch (error) {
      saveError = error instanceof Error ? error.message : String(error);
    }
    await refresh();
  };

  await refresh();
  watchAll(() => void refresh());
  // A file dropped beside the drop zone must not make the browser leave the page for the file.
  const keepPage = (e: Event) => e.preventDefault();
  window.addEventListener('dragover', keepPage);
  window.addEventListener('drop', keepPage);
}

void main();
