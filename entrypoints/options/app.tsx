// The options page's state: the raw form (saved as the user types: the draft always, the facts with
// the last saved value standing in for a field that does not parse), what the stored letter says
// (claims, pre-filled answers, questions that apply), keyboard moves between questions, the letter
// import, export / import / delete and the settings.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DataStatus } from '@/components/options/data-section';
import { fieldLabel } from '@/components/options/field-label';
import type { LetterStatus } from '@/components/options/letter-section';
import { OptionsView, type SaveState } from '@/components/options/options-view';
import type { OptIn } from '@/components/options/settings-section';
import { formatDateTime } from '@/lib/dates';
import {
  chooseDraft,
  draftFromFacts,
  factsFromDraft,
  formView,
  prefillFromClaims,
  sameJson,
  stillFromLetter,
  type FormContext,
  type FormDraft,
} from '@/lib/forms';
import type { Facts } from '@/lib/facts';
import { messages, uiLanguage } from '@/lib/i18n';
import { optionsEn } from '@/lib/i18n/options-en';
import { optionsFr } from '@/lib/i18n/options-fr';
import { parseImportFile } from '@/lib/schema/export-file';
import type { StoredAssessment } from '@/lib/schema/assessment';
import type { CheckFailure } from '@/lib/schema/check-failure';
import type { Settings } from '@/lib/schema/settings';
import type { ReadingsState, SetAside } from '@/lib/schema/state';
import { NewestOnly } from '@/lib/view/newest-only';
import { useDocuments } from '@/utils/documents';
import { send } from '@/utils/messaging';
import {
  deleteAll,
  dismissSetAside,
  exportAll,
  importAll,
  loadAssessment,
  loadCheckFailure,
  loadDraft,
  loadFacts,
  loadReadings,
  loadSetAside,
  loadSettings,
  saveFactsAndDraft,
  saveFacts,
  saveSettings,
  watchAll,
  watchDraft,
} from '@/utils/storage';
import { focusFact } from './anchor';
import { downloadJson } from './download';
import { DraftSync } from './draft-sync';
import { letterContext } from './letter-context';
import { readLetterFile } from './letter-file';
import { firstUnanswered, isQuestionEnter, nextQuestion, unansweredCount } from './next-question';
import { setOptIn } from './settings';
import { whatIfState } from './what-if-state';
import { messageOf } from '@/lib/error-message';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Quiet time after the last keystroke before saving (leaving the page saves at once). */
const SAVE_AFTER_MS = 400;

export interface AppProps {
  draft: FormDraft;
  settings: Settings;
  readings: ReadingsState;
  /** The saved facts, the assessment and plan the worker stored, and its last failed run. */
  facts: Facts;
  assessment: StoredAssessment | null;
  failure: CheckFailure | null;
  /** The browser's UI language tag (`fr-CA`), which "auto" follows. */
  browserLanguage: string;
  /** The user's local date, `YYYY-MM-DD`. */
  today: () => string;
  /** documents.html. */
  documentsUrl: string;
}

export function App(props: AppProps) {
  const [draft, setDraft] = useState(props.draft);
  const [settings, setSettings] = useState(props.settings);
  const [readings, setReadings] = useState(props.readings);
  const [facts, setFacts] = useState(props.facts);
  const [assessment, setAssessment] = useState(props.assessment);
  const [failure, setFailure] = useState(props.failure);
  const documents = useDocuments(zone);
  const [save, setSave] = useState<SaveState>({ state: 'saved' });
  const [letter, setLetter] = useState<LetterStatus>({ state: 'idle' });
  const [data, setData] = useState<DataStatus>({ state: 'idle' });
  const [setAside, setSetAside] = useState<SetAside[]>([]);
  const [unanswered, setUnanswered] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [denied, setDenied] = useState<Record<OptIn, boolean>>({
    notifications: false,
    roundsRefresh: false,
  });

  const letterInfo = useMemo(() => letterContext(readings), [readings]);
  const context = useRef<FormContext>(letterInfo.form);
  context.current = letterInfo.form;

  // What storage holds, as a form: the stored draft, brought up to date with facts another page
  // saved alone (the popup's cut-off), so a save from here merges over them instead of undoing them.
  const storedForm = async (): Promise<FormDraft> => {
    const [draft, facts] = await Promise.all([loadDraft(), loadFacts()]);
    return chooseDraft(draft, facts, context.current);
  };

  // The facts saved: the form's, with the last saved value where a field does not parse.
  const sync = useMemo(
    () =>
      new DraftSync(
        props.draft,
        {
          load: storedForm,
          // The facts and the draft in one write: a draft stored ahead of its facts would be taken
          // by another page's chooseDraft for facts changed since (and undo what this page typed).
          save: async (next) =>
            saveFactsAndDraft(factsFromDraft(next, await loadFacts(), context.current).facts, next),
        },
        { draft: setDraft, state: setSave },
        SAVE_AFTER_MS,
      ),
    [],
  );

  const language = uiLanguage(settings.language, props.browserLanguage);
  const t = language === 'fr' ? optionsFr : optionsEn;
  const view = useMemo(() => formView(draft, props.today(), letterInfo.form), [draft, letterInfo]);
  const claims = useMemo(() => letterInfo.claimsFor(language), [letterInfo, language]);
  const live = useRef({ view, t, language });
  live.current = { view, t, language };

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.pageTitle;
  }, [language]);

  // The questions still open, counted on the page as rendered (what applies is what is shown).
  useEffect(() => {
    const count = unansweredCount(document);
    if (count !== unanswered) setUnanswered(count);
  });

  // Focus asked for an element the next render creates (a new row's first field) is given in that
  // render's commit, before the browser hands the page its next key; one that exists gets it now.
  const focusLater = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = focusLater.current;
    if (id === null) return;
    focusLater.current = null;
    document.getElementById(id)?.focus();
  });
  const focus = (id: string) => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else focusLater.current = id;
  };

  const edit = (change: (d: FormDraft) => void) => {
    const before = sync.current;
    const next = structuredClone(before);
    change(next);
    next.fromLetter = stillFromLetter(before, next);
    setDraft(next);
    sync.edit(next);
  };

  // A letter read (here, in a tab, or imported) fills in, once, what its claims make certain.
  useEffect(() => {
    const claimed = letterInfo.form.claims;
    if (claimed === null || letterInfo.key === null) return;
    const filled = prefillFromClaims(sync.current, claimed, letterInfo.key);
    if (filled !== null) {
      setDraft(filled);
      sync.edit(filled);
    }
  }, [letterInfo]);

  // Settings, readings and set-aside values another page or the worker changed; facts another page
  // saved are merged into the form, over what is typed here and not saved yet (DraftSync.stored).
  // Reads overlap (a watch fires while another read runs): only the newest is applied, so an older
  // read never takes the form back.
  const followStored = useMemo(() => new NewestOnly(storedForm, (form) => sync.stored(form)), []);
  const { run: reload } = useMemo(
    () =>
      new NewestOnly(
        () =>
          Promise.all([
            loadSettings(),
            loadSetAside(),
            loadReadings(),
            loadFacts(),
            loadAssessment(),
            loadCheckFailure(),
          ]),
        ([stored, aside, read, saved, checked, failed]) => {
          setSettings(stored);
          setSetAside(aside);
          setFacts(saved);
          setAssessment(checked);
          setFailure(failed);
          // Decoding the letter again only when it changed, not at every save of the facts.
          setReadings((old) => (sameJson(old, read) ? old : read));
          void followStored.run();
        },
      ),
    [],
  );

  useEffect(() => {
    const stopAll = watchAll(() => void reload());
    // Deleted ("Delete all my data"): nothing typed before it may come back.
    const stopDraft = watchDraft((stored) => {
      if (stored !== null) return void followStored.run();
      followStored.drop();
      sync.stored(null);
    });
    const onHash = () => focusFact(location.hash);
    // Written at once when the user leaves this page for another (a tab, the popup, a window).
    const onLeave = () => void sync.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onLeave();
    };
    // Enter in a field goes to the next unanswered question (never submits the form).
    const onKey = (event: KeyboardEvent) => {
      if (!isQuestionEnter(event, document.querySelector('form.facts'))) return;
      event.preventDefault();
      // At once, in this keystroke: the browser may hand the next key to the page before any timer
      // runs, and it must land in the next question. What was typed before is rendered already.
      nextQuestion(event.target, document)?.focus();
    };
    // The error of the field just left is said, once, to a screen reader.
    const onFocusOut = (event: FocusEvent) => {
      const id = event.target instanceof HTMLElement ? event.target.id : '';
      const { view: v, t: words, language: lang } = live.current;
      const error = v.result.errors[id];
      if (error)
        setAnnouncement(
          words.announceError({ label: fieldLabel(words, lang, id), message: words.error(error) }),
        );
    };
    // A file dropped beside the drop zone must not make the browser leave the page for the file.
    const keepPage = (e: Event) => e.preventDefault();
    focusFact(location.hash);
    // Read again now that changes are followed: what another page wrote after this page loaded
    // its values and before the watches above began (a draft typed in another tab) is not missed.
    void reload();
    window.addEventListener('hashchange', onHash);
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('blur', onLeave);
    document.addEventListener('visibilitychange', onVisibility);
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusout', onFocusOut);
    window.addEventListener('dragover', keepPage);
    window.addEventListener('drop', keepPage);
    return () => {
      stopAll();
      stopDraft();
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('blur', onLeave);
      document.removeEventListener('visibilitychange', onVisibility);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusout', onFocusOut);
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
    firstQuestion: () => firstUnanswered(document)?.focus(),
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
            reason: messageOf(error),
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
        setReadings(await loadReadings());
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
      claims={claims.lines}
      letterClaims={claims.view}
      edit={edit}
      focus={focus}
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
      unanswered={unanswered}
      announcement={announcement}
      whatIf={whatIfState(readings, assessment, failure, facts)}
      documents={documents}
      documentsUrl={props.documentsUrl}
      on={on}
    />
  );
}
