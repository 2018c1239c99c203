// What the popup's cut-off choice does: stores the round picked or the cut-off typed in the facts
// (`facts.round`), leaving every other fact as it is, and asks the background for IRCC's rounds now,
// after the browser's permission. The background re-runs the checks when the facts or the rounds
// change, and the popup, watching storage, shows the new verdict.
import { browser } from 'wxt/browser';
import { factsSchema, type Facts } from '@/lib/facts';
import { ROUNDS_FEED_MATCH } from '@/lib/portal';
import { roundsRefreshOutcomeSchema, type RoundsRefreshOutcome } from '@/lib/rounds/schema';
import type { CutoffActions } from '@/components/popup/cutoff-choice';
import { send } from '@/utils/messaging';
import { loadFacts, saveFacts } from '@/utils/storage';

type Round = NonNullable<Facts['round']>;

/** Loads the stored facts, changes `round` only, checks the whole and saves it. */
export async function updateRound(change: (round: Round | undefined) => Round): Promise<boolean> {
  const facts = await loadFacts();
  const next = factsSchema.safeParse({ ...facts, round: change(facts.round) });
  if (!next.success) return false;
  await saveFacts(next.data);
  return true;
}

/** The outcome when the browser said no: the same words as a refresh without the permission. */
const refused = (): RoundsRefreshOutcome => ({
  status: 'failed',
  at: new Date().toISOString(),
  problem: { code: 'permission' },
});

export const cutoffActions: CutoffActions = {
  // A round picked replaces a cut-off typed before: the typed one would win over it.
  pick: ({ number, category }) =>
    updateRound(() => ({ number, ...(category === null ? {} : { category }) })),
  type: (cutoff) => updateRound((round) => ({ ...round, cutoff })),
  refresh: (downloading) => {
    // First, synchronously in the click: the browser grants an optional permission only then.
    const asked: Promise<unknown> = browser.permissions
      .request({ origins: [ROUNDS_FEED_MATCH] })
      .catch(() => false);
    return asked.then(async (granted) => {
      if (granted !== true) return refused();
      downloading();
      const reply = roundsRefreshOutcomeSchema.safeParse(await send({ type: 'rounds/refresh' }));
      if (!reply.success) throw new Error('ITA Ready: the rounds refresh answered malformed.');
      return reply.data;
    });
  },
};
