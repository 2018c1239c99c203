import { browser } from 'wxt/browser';
import { handleMessage, type BackgroundContext } from './handlers';
import { injectGuard } from './inject-guard';
import { reassess } from './assess';
import { refreshRounds } from './rounds-refresh';
import { onReminderAlarm } from './reminders';
import { factsSlot, readingsSlot, roundsSlot, settingsSlot } from '@/utils/storage';

const DAILY = 'ita-ready:daily';
const HOURLY = 'ita-ready:hourly';

export default defineBackground(() => {
  const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  const run = () =>
    reassess(Date.now(), timeZone()).catch((error: unknown) =>
      console.error('ITA Ready: the rules could not run.', error),
    );
  const context: BackgroundContext = {
    runtimeId: browser.runtime.id,
    extensionBase: browser.runtime.getURL('/'),
    now: () => Date.now(),
    // The letter's verdict is stored before the guard starts, so it shows the new verdict at once
    // (the readings watcher below runs the rules too: the same inputs, the same verdict).
    onLetterInTab: async (tabId) => {
      await run();
      await injectGuard(tabId);
    },
  };

  // Reply through sendResponse + `return true`: works in Chrome, Firefox, the polyfill and WXT's fake
  // browser alike (TOOLCHAIN.md, trap 3).
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(message, sender, context).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });

  // The verdict follows whatever it depends on, whichever page changed it.
  for (const slot of [readingsSlot, factsSlot, roundsSlot]) slot.item.watch(() => void run());
  settingsSlot.item.watch(() => void refreshRounds(Date.now()));

  // The deadline's severity moves with time; the feed changes a few times a month.
  void browser.alarms.create(HOURLY, { periodInMinutes: 60 });
  void browser.alarms.create(DAILY, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === HOURLY) void run();
    if (alarm.name === DAILY) void refreshRounds(Date.now());
    void onReminderAlarm(alarm);
  });

  // A restarted worker or an updated extension shows the stored verdict again at once.
  void run();
});
