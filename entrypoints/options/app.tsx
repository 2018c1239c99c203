// The options page's state: the raw form, saved as the user types (the draft always, the facts when
// the whole form parses), the letter import, export / import / delete and the settings.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DataStatus } from '@/components/options/data-section';
import type { LetterStatus } from '@/components/options/letter-section';
import { OptionsView, type SaveState } from '@/components/options/options-view';
import type { OptIn } from '@/components/options/settings-section';
import { chooseDraft, draftFromFacts, factsFromDraft, formView, type FormDraft } from '@/lib/forms';
import { messages, type UiLanguage } from '@/lib/i18n';
import { parseImportFile } from '@/lib/schema/export-file';
import { optionsEn } from '@/lib/i18n/options-en';
import { optionsFr } from '@/lib/i18n/options-fr';
import type { Settings } from '@/lib/schema/settings';
import type { SetAside } from '@/lib/schema/state';
import { formatDateTime } from '@/lib/dates';
import { send } from '@/utils/messaging';
import {
  deleteAll,
  dismissSetAside,
  exportAll,
  importAll,
  loadDraft,
  loadFacts,
  loadSetAside,
  loadSettings,
  saveDraft,
  saveFacts,
  saveSettings,
  watchAll,
  watchDraft,
} from '@/utils/storage';
import { focusFact } from './anchor';
import { downloadJson } from './download';
import { DraftSync } from './draft-sync';
import { readLetterFile } from './letter-file';
import { setOptIn } from './settings';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

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

/** Writes the draft, and the facts when the whole form parses. */
async function persist(draft: FormDraft): Promise<void> {
  await saveDraft(draft);
  const result = factsFromDraft(draft);
  if (result.ok) await saveFacts(result.facts);
}

export function App(props: AppProps) {
  const [draft, setDraft] = useState(props.draft);
  const [settings, setSettings] = useState(props.settings);
  const [save, setSave] = useState<SaveState>({ state: 'saved' });
  const [letter, setLetter] = useState<LetterStatus>({ state: 'idle' });
  const [data, setData] = useState<DataStatus>({ state: 'idle' });
  const [setAside, setSetAside] = useState<SetAside[]>([]);
  const [denied, setDenied] = useState<Record<OptIn, boolean>>({
    notifications: false,
    roundsRefresh: false,
  });
  const sync = useMemo(
    () =>
      new DraftSync(
        props.draft,
        { load: loadDraft, save: persist },
        { draft: setDraft, state: setSave },
        SAVE_AFTER_MS,
      ),
    [],
  );

  const language = settings.language === 'auto' ? props.browserLanguage : settings.language;
  const t = language === 'fr' ? optionsFr : optionsEn;
  const view = useMemo(() => formView(draft, props.today()), [draft]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.pageTitle;
  }, [language]);

  const edit = (change: (d: FormDraft) => void) => {
    const next = structuredClone(sync.current);
    change(next);
    setDraft(next);
    sync.edit(next);
  };

  // Settings another page or the worker changed; facts changed elsewhere without a draft (an older
  // page) when nothing typed here waits to be saved.
  const reload = async () => {
    const [facts, stored, aside] = await Promise.all([loadFacts(), loadSettings(), loadSetAside()]);
    setSettings(stored);
    setSetAside(aside);
    if (sync.pending) return;
    const next = chooseDraft(sync.current, facts);
    if (next !== sync.current) sync.stored(next);
  };

  useEffect(() => {
    const stopAll = watchAll(() => void reload());
    const stopDraft = watchDraft((stored) => sync.stored(stored));
    const onHash = () => focusFact(location.hash);
    // Written at once when the user leaves this page for another (a tab, the popup, a window).
    const onLeave = () => void sync.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onLeave();
    };
    // A file dropped beside the drop zone must not make the browser leave the page for the file.
    const keepPage = (e: Event) => e.preventDefault();
    focusFact(location.hash);
    void loadSetAside().then(setSetAside);
    window.addEventListener('hashchange', onHash);
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('blur', onLeave);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('dragover', keepPage);
    window.addEventListener('drop', keepPage);
    return () => {
      stopAll();
      stopDraft();
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('blur', onLeave);
      document.removeEventListener('visibilitychange', onVisibility);
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
        await sync.flush();
        downloadJson(await exportAll(new Date()), `ita-ready-${props.today()}.json`);
      })();
    },
    importData: (file: File) => {
      void (async () => {
        let json: unknown;
        try {
          json = JSON.parse(await file.text());
        } catch {
          setData({ state: 'refused', refusal: null });
          return;
        }
        const result = parseImportFile(json);
        if (!result.ok) {
          setData({ state: 'refused', refusal: result.refusal });
          return;
        }
        await sync.flush();
        if (result.kind === 'export') await importAll(result.file);
        else await saveFacts(result.facts);
        const [facts, stored] = await Promise.all([loadFacts(), loadSettings()]);
        await sync.replace(draftFromFacts(facts));
        setSettings(stored);
        setData({ state: 'imported', what: result.kind === 'export' ? 'all' : 'facts' });
      })();
    },
    downloadSetAside: () => {
      downloadJson(setAside, `ita-ready-set-aside-${props.today()}.json`);
    },
    dismissSetAside: () => {
      void dismissSetAside().then(() => setSetAside([]));
    },
    deleteData: () => {
      void (async () => {
        await deleteAll();
        sync.stored(null);
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
      setAside={setAside.map((entry) => ({
        key: entry.key,
        when: formatDateTime(Date.parse(entry.at), language, zone),
        dropped: entry.dropped,
      }))}
      on={on}
    />
  );
}
