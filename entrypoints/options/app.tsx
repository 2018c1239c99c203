// The options page's state: the raw form, saved as the user types (the draft always, the facts when
// the whole form parses), the letter import, export / import / delete and the settings.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DataStatus } from '@/components/options/data-section';
import type { LetterStatus } from '@/components/options/letter-section';
import { OptionsView, type SaveState } from '@/components/options/options-view';
import type { OptIn } from '@/components/options/settings-section';
import {
  chooseDraft,
  draftFromFacts,
  emptyDraft,
  factsFromDraft,
  formView,
  type FormDraft,
} from '@/lib/forms';
import { messages, type UiLanguage } from '@/lib/i18n';
import { optionsEn } from '@/lib/i18n/options-en';
import { optionsFr } from '@/lib/i18n/options-fr';
import type { Settings } from '@/lib/schema/settings';
import { send } from '@/utils/messaging';
import {
  deleteAll,
  exportAll,
  importAll,
  loadFacts,
  loadSettings,
  saveFacts,
  saveSettings,
  watchAll,
} from '@/utils/storage';
import { focusFact } from './anchor';
import { downloadJson } from './download';
import { saveDraft } from './draft';
import { readLetterFile } from './letter-file';
import { setOptIn } from './settings';

/** Quiet time after the last keystroke before saving. */
const SAVE_AFTER_MS = 400;

export interface AppProps {
  draft: FormDraft;
  settings: Settings;
  browserLanguage: UiLanguage;
  /** The user's local date, `YYYY-MM-DD`. */
  today: () => string;
}

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export function App(props: AppProps) {
  const [draft, setDraft] = useState(props.draft);
  const [settings, setSettings] = useState(props.settings);
  const [save, setSave] = useState<SaveState>({ state: 'saved' });
  const [letter, setLetter] = useState<LetterStatus>({ state: 'idle' });
  const [data, setData] = useState<DataStatus>({ state: 'idle' });
  const [denied, setDenied] = useState<Record<OptIn, boolean>>({
    notifications: false,
    roundsRefresh: false,
  });
  const latest = useRef(draft);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const language = settings.language === 'auto' ? props.browserLanguage : settings.language;
  const t = language === 'fr' ? optionsFr : optionsEn;
  const view = useMemo(() => formView(draft, props.today()), [draft]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.pageTitle;
  }, [language]);

  const persist = async (next: FormDraft): Promise<void> => {
    try {
      await saveDraft(next);
      const result = factsFromDraft(next);
      if (result.ok) {
        // The document checklist's marks are facts the form does not show: keep them.
        const { documents } = await loadFacts();
        await saveFacts(documents ? { ...result.facts, documents } : result.facts);
      }
      setSave({ state: 'saved' });
    } catch (error) {
      setSave({ state: 'failed', reason: reasonOf(error) });
    }
  };

  const flush = async (): Promise<void> => {
    if (timer.current === null) return;
    clearTimeout(timer.current);
    timer.current = null;
    await persist(latest.current);
  };

  const cancelPending = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  const replaceDraft = (next: FormDraft) => {
    latest.current = next;
    setDraft(next);
  };

  const edit = (change: (d: FormDraft) => void) => {
    const next = structuredClone(latest.current);
    change(next);
    replaceDraft(next);
    setSave({ state: 'saving' });
    cancelPending();
    timer.current = setTimeout(() => {
      timer.current = null;
      void persist(next);
    }, SAVE_AFTER_MS);
  };

  // What another page or the worker changed (an import in another tab, "delete" elsewhere).
  const reload = async () => {
    if (timer.current !== null) return;
    const [facts, stored] = await Promise.all([loadFacts(), loadSettings()]);
    setSettings(stored);
    const next = chooseDraft(latest.current, facts);
    if (next !== latest.current) replaceDraft(next);
  };

  useEffect(() => {
    const stop = watchAll(() => void reload());
    const onHash = () => focusFact(location.hash);
    const onHide = () => void flush();
    // A file dropped beside the drop zone must not make the browser leave the page for the file.
    const keepPage = (e: Event) => e.preventDefault();
    focusFact(location.hash);
    window.addEventListener('hashchange', onHash);
    window.addEventListener('pagehide', onHide);
    window.addEventListener('dragover', keepPage);
    window.addEventListener('drop', keepPage);
    return () => {
      stop();
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('dragover', keepPage);
      window.removeEventListener('drop', keepPage);
    };
  }, []);

  const on = {
    language: (value: Settings['language']) => {
      void saveSettings({ language: value }).then(setSettings);
    },
    optIn: (key: OptIn, value: boolean) => {
      void setOptIn(key, value).then((next) => {
        setDenied((d) => ({ ...d, [key]: next === null }));
        if (next) setSettings(next);
      });
    },
    letterFile: (file: File) => {
      setLetter({ state: 'reading', file: file.name });
      void (async () => {
        const result = await readLetterFile(file);
        if (!result.ok) {
          setLetter({ state: 'failed', file: file.name, reason: result.reason });
          return;
        }
        try {
          await send({ type: 'reading/imported', fileName: file.name, reading: result.reading });
          setLetter({ state: 'read', file: file.name, reading: result.reading });
        } catch (error) {
          setLetter({
            state: 'not-stored',
            file: file.name,
            reading: result.reading,
            reason: reasonOf(error),
          });
        }
      })();
    },
    exportData: () => {
      void (async () => {
        await flush();
        downloadJson(await exportAll(new Date()), `ita-ready-${props.today()}.json`);
      })();
    },
    importData: (file: File) => {
      void (async () => {
        let json: unknown;
        try {
          json = JSON.parse(await file.text());
        } catch {
          setData({ state: 'refused', reason: t.importNotJson });
          return;
        }
        cancelPending();
        const result = await importAll(json);
        if (!result.ok) {
          setData({ state: 'refused', reason: result.error });
          return;
        }
        const [facts, stored] = await Promise.all([loadFacts(), loadSettings()]);
        const next = draftFromFacts(facts);
        replaceDraft(next);
        await saveDraft(next);
        setSettings(stored);
        setSave({ state: 'saved' });
        setData({ state: 'imported' });
      })();
    },
    deleteData: () => {
      void (async () => {
        cancelPending();
        await deleteAll();
        replaceDraft(emptyDraft());
        setSettings(await loadSettings());
        setSave({ state: 'saved' });
        setData({ state: 'deleted' });
        setLetter({ state: 'idle' });
      })();
    },
  };

  return (
    <OptionsView
      appName={messages(language).appName}
      draft={draft}
      view={view}
      t={t}
      language={language}
      edit={edit}
      focus={(id) => setTimeout(() => document.getElementById(id)?.focus(), 0)}
      save={save}
      settings={settings}
      denied={denied}
      letter={letter}
      data={data}
      on={on}
    />
  );
}
