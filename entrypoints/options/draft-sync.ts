// Keeps one options page's form and the stored draft in step, so every page of the extension shows
// what was typed in any of them and no page's save undoes another's typing:
// - an edit is written after a short quiet time, and at once when the page is hidden, left or loses
//   focus (so a page opened from the popup right after typing already finds it);
// - each write merges field by field (lib/forms mergeDrafts) over what storage holds now, so only
//   the fields this page changed are written;
// - a write by another page is merged into this page's form the same way, keeping what this page
//   has typed and not yet saved.
import type { SaveState } from '@/components/options/options-view';
import { emptyDraft, mergeDrafts, sameJson, type FormDraft } from '@/lib/forms';
import { messageOf } from '@/lib/error-message';

export interface DraftStore {
  load: () => Promise<FormDraft | null>;
  /** Writes the draft (and whatever follows from it, the facts). */
  save: (draft: FormDraft) => Promise<void>;
}

export interface SyncListener {
  /** The form to show changed without an edit on this page (another page wrote, or a merge). */
  draft: (draft: FormDraft) => void;
  state: (state: SaveState) => void;
}

export class DraftSync {
  /** What storage holds, as far as this page knows: the base of every merge. */
  private base: FormDraft;
  private local: FormDraft;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Writes run one after the other, never interleaved. */
  private chain: Promise<void> = Promise.resolve();
  private writing = 0;

  constructor(
    initial: FormDraft,
    private readonly store: DraftStore,
    private readonly listener: SyncListener,
    private readonly quietMs: number,
  ) {
    this.base = initial;
    this.local = initial;
  }

  get current(): FormDraft {
    return this.local;
  }

  get pending(): boolean {
    return this.timer !== null || this.writing > 0;
  }

  /** The user changed the form on this page. */
  edit(next: FormDraft): void {
    this.local = next;
    this.listener.state({ state: 'saving' });
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.write();
    }, this.quietMs);
  }

  /** Writes now what is waiting; resolves once every write so far is done. */
  flush(): Promise<void> {
    if (this.timer === null) return this.chain;
    this.cancelTimer();
    return this.write();
  }

  /** This page replaced the whole form (an import): written at once as it is, no merge. */
  replace(next: FormDraft): Promise<void> {
    this.cancelTimer();
    this.local = next;
    this.listener.draft(next);
    return this.enqueue(async () => {
      await this.store.save(next);
      this.base = next;
    });
  }

  /** Storage says another page (or this one) wrote the draft; null when it was deleted. */
  stored(value: FormDraft | null): void {
    if (value === null) {
      // "Delete all my data", here or elsewhere: nothing typed before it may come back.
      this.cancelTimer();
      this.base = emptyDraft();
      this.show(emptyDraft());
      return;
    }
    if (sameJson(value, this.base)) return;
    const merged = mergeDrafts(this.base, this.local, value);
    this.base = value;
    this.show(merged);
  }

  private show(next: FormDraft): void {
    if (sameJson(next, this.local)) return;
    this.local = next;
    this.listener.draft(next);
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private write(): Promise<void> {
    return this.enqueue(async () => {
      const theirs = (await this.store.load()) ?? this.base;
      // Read after the load: a write by another page that arrived meanwhile moved the base and
      // merged into this page's form together, and only together do they say what was typed here.
      const mine = this.local;
      const merged = mergeDrafts(this.base, mine, theirs);
      await this.store.save(merged);
      this.base = merged;
      // What was typed while this write ran stays on top of what was written.
      this.show(mergeDrafts(mine, this.local, merged));
    });
  }

  /** Runs `task` after every write before it, and says how saving stands once it is done. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    this.writing += 1;
    this.chain = this.chain.then(task).then(
      () => {
        this.writing -= 1;
        if (!this.pending) this.listener.state({ state: 'saved' });
      },
      (error: unknown) => {
        this.writing -= 1;
        this.listener.state({ state: 'failed', reason: messageOf(error) });
      },
    );
    return this.chain;
  }
}
