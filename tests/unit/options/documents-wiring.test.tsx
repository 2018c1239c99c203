// @vitest-environment happy-dom
// The one wiring of the document checklist (utils/documents useDocuments), which the options page
// and documents.html both mount, on WXT's fake storage: the list is worked out at once and again
// after each mark and each change made elsewhere; a mark storage refuses is said and not kept; the
// deadline is worked out with the rounds, as the popup and the rules work it out; the preparer's
// engine is loaded on first use.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DocumentsState } from '@/components/documents/documents-content';
import { BUNDLED_ROUNDS } from '@/lib/rounds/bundled';
import { EMPTY_READINGS, withReading } from '@/lib/schema/state';
import { loadChecklist, packLazily, useDocuments } from '@/utils/documents';
import { loadFacts, saveFacts, saveReadings } from '@/utils/storage';
import { BASE, NOW, ZONE, letter } from '../../support/readings';

let state: DocumentsState | null = null;
function Probe() {
  state = useDocuments(ZONE);
  return null;
}

const root = document.createElement('div');
document.body.append(root);

/** The state the page shows once `ready` holds. */
async function when(ready: (s: DocumentsState) => boolean): Promise<DocumentsState> {
  await vi.waitFor(() => expect(state !== null && ready(state)).toBe(true), { timeout: 5_000 });
  if (state === null) throw new Error('the hook never rendered');
  return state;
}

const statusOf = (s: DocumentsState, key: string) =>
  s.checklist?.items.find((item) => item.key === key)?.status;

beforeEach(async () => {
  fakeBrowser.reset();
  state = null;
  await saveFacts(BASE);
  await saveReadings(
    withReading(EMPTY_READINGS, letter('CEC'), '/mycic/messages', '2026-11-22T10:00:00.000Z'),
  );
});
afterEach(() => render(null, root));

describe('useDocuments', () => {
  it('works the list out at once, and again after a mark is saved', async () => {
    render(<Probe />, root);
    const first = await when((s) => s.checklist !== null);
    expect(statusOf(first, 'passport:candidate')).toBe('to-get');
    first.onHave('passport:candidate', true);
    const after = await when((s) => statusOf(s, 'passport:candidate') === 'have');
    expect(after.saveError).toBeNull();
    expect((await loadFacts()).documents).toEqual({ 'passport:candidate': { have: true } });
  });

  it('a change made elsewhere (another page) shows without a reload', async () => {
    render(<Probe />, root);
    await when((s) => s.checklist !== null);
    await saveFacts({ ...BASE, documents: { 'digital-photo:candidate': { have: true } } });
    await when((s) => statusOf(s, 'digital-photo:candidate') === 'have');
  });

  it('a mark storage refuses is said, and the list stays as stored', async () => {
    render(<Probe />, root);
    const first = await when((s) => s.checklist !== null);
    first.onRequested('passport:candidate', '2026-02-30');
    const after = await when((s) => s.saveError !== null);
    expect(after.saveError).toMatch(/date/);
    expect(statusOf(after, 'passport:candidate')).toBe('to-get');
    expect((await loadFacts()).documents).toBeUndefined();
  });
});

describe('loadChecklist', () => {
  it('works the deadline out with the rounds when the letter gives neither date nor deadline', async () => {
    const round = BUNDLED_ROUNDS[0];
    if (!round) throw new Error('no bundled round');
    const undated = letter('CEC');
    undated.invitation = { ...undated.invitation, date: null, deadline: null };
    await saveReadings(
      withReading(EMPTY_READINGS, undated, '/mycic/messages', '2026-11-22T10:00:00.000Z'),
    );
    await saveFacts({ ...BASE, round: { number: round.number } });
    const checklist = await loadChecklist(NOW, ZONE);
    expect(
      checklist.deadline,
      `the round ${round.number} of ${round.date} gives the deadline`,
    ).not.toBeNull();
    expect(checklist.deadline?.estimated).toBe(true);
  });
});

describe('packLazily', () => {
  it('is lib/pack’s own answer', async () => {
    await expect(packLazily([], { maxBytes: 4_000_000 })).resolves.toEqual({
      ok: false,
      error: { code: 'no-files' },
    });
  });
});
