// One run of a task for a burst of requests, and never two at once. A letter read in a tab asks for
// the rules twice within milliseconds (the readings watcher, and the handler that then starts the
// guard); importing a file changes three stored values at once. Each request is answered by the
// next run that starts after it, so it sees the inputs as they were when it asked; runs never
// overlap, so an older result cannot be stored after a newer one.

/**
 * @param task the work; it should not throw (a rejection is passed to every request that shared it)
 * @param quietMs how long a requested run waits for more requests to join it
 */
export function coalesce(task: () => Promise<void>, quietMs: number): () => Promise<void> {
  let pending: Promise<void> | null = null;
  let previous: Promise<unknown> = Promise.resolve();
  return () => {
    if (pending) return pending;
    const after = previous;
    const run = new Promise((resolve) => setTimeout(resolve, quietMs))
      .then(() => after)
      .then(() => {
        // From here on the task reads its inputs: a later request needs a run of its own.
        pending = null;
        return task();
      });
    pending = run;
    previous = run.catch(() => undefined);
    return run;
  };
}
