import { browser, type Browser } from 'wxt/browser';
import { handleMessage, type BackgroundContext } from './handlers';
import { injectGuard } from './inject-guard';
import { reassess } from './assess';
import { refreshRounds, refreshTurnedOn } from './rounds-refresh';
import { onReminderAlarm } from './reminders';
import { coalesce } from './coalesce';
import { factsSlot, readingsSlot, roundsSlot, settingsSlot } from '@/utils/storage';
import { messageOf } from '@/lib/error-message';

const DAILY = 'ita-ready:daily';
const HOURLY = 'ita-ready:hourly';
/** How long a requested rules run waits for the other requests of the same change to join it. */
const QUIET_MS = 50;

export default defineBackground(() => {
  const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  // One run for the requests of one change (coalesce.ts): a letter stored from a tab asks twice,
  // through the readings watcher below and through onLetterInTab.
  // reassess never throws: a failed run is stored as "could not check" (assess.ts).
  const run = coalesce(async () => {
    await reassess(Date.now(), timeZone());
  }, QUIET_MS);
  const context: BackgroundContext = {
    runtimeId: browser.runtime.id,
    extensionBase: browser.runtime.getURL('/'),
    now: () => Date.now(),
    // The letter's verdict is stored before the guard starts, so it shows the new verdict at once.
    // This request shares its run with the readings watcher's for the same letter.
    onLetterInTab: async (tabId) => {
      await run();
      await injectGuard(tabId);
    },
    // The user pressed the popup's button: download now, whether or not the daily refresh is on.
    refreshRoundsNow: () => refreshRounds(Date.now(), { asked: true }),
  };

  // Reply through sendResponse + `return true`: works in Chrome, Firefox, the polyfill and WXT's fake
  // browser alike (the fake delivers a reply no other way).
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(message, sender, context).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: messageOf(error) }),
    );
    return true;
  });

  // The verdict follows whatever it depends on, whichever page changed it.
  for (const slot of [readingsSlot, factsSlot, roundsSlot]) slot.item.watch(() => void run());
  // Turning the daily refresh on downloads at once; other settings download nothing. The run puts
  // the badge's tooltip in a newly chosen language.
  settingsSlot.item.watch((next, previous) => {
    if (refreshTurnedOn(next, previous)) void refreshRounds(Date.now());
    void run();
  });

  // The deadline's severity moves with time; the feed changes a few times a month. Set once, not at
  // each start: creating an alarm replaces one of the same name, and the worker starts whenever a
  // message or a change wakes it (the hourly run would keep moving away, the daily refresh would
  // download the feed a minute after each start). Checked at each start: a browser restart may
  // drop alarms.
  void ensureAlarm(HOURLY, { periodInMinutes: 60 });
  void ensureAlarm(DAILY, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === HOURLY) void run();
    if (alarm.name === DAILY) void refreshRounds(Date.now());
    void onReminderAlarm(alarm);
  });

  // A restarted worker or an updated extension shows the stored verdict again at once.
  void run();
});

async function ensureAlarm(name: string, info: Browser.alarms.AlarmCreateInfo): Promise<void> {
  if (!(await browser.alarms.get(name))) await browser.alarms.create(name, info);
}
