// Of overlapping runs of an asynchronous read, only the newest one's result is applied: a read that
// began earlier and ended later never puts older values on screen. Used by every page that reads
// storage again whenever it changes.
export class NewestOnly<T> {
  private latest = 0;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly apply: (value: T) => void,
  ) {}

  /** Reads, and applies what was read unless a newer run (or `drop`) came meanwhile. */
  readonly run = async (): Promise<void> => {
    const ticket = ++this.latest;
    const value = await this.read();
    if (ticket === this.latest) this.apply(value);
  };

  /** What the runs under way read is not applied. */
  drop(): void {
    this.latest += 1;
  }
}
