import { render } from 'preact';
import { browser } from 'wxt/browser';
import { languageFromTag, messages } from '@/lib/i18n';
import '@/components/styles.css';

// First slice of the options page: the facts form, imports and export arrive with the user-side issue.
function main() {
  const root = document.getElementById('app');
  if (!root) return;
  const t = messages(languageFromTag(browser.i18n.getUILanguage()));
  render(
    <main>
      <h1>{t.appName}</h1>
      <p>{t.tagline}</p>
    </main>,
    root,
  );
}

main();
