import { describe, expect, it } from 'vitest';
import { NewestOnly } from '@/lib/view/newest-only';

/** A read whose result the test hands over when it chooses. */
function reads() {
  const pending: ((value: string) => void)[] = [];
  const read = () => new Promise<string>((resolve) => pending.push(resolve));
  return { read, pending };
}

describe('NewestOnly', () => {
  it('applies the newest read only, whatever order the reads end in', async () => {
    const { read, pending } = reads();
    const applied: string[] = [];
    const newest = new NewestOnly(read, (value) => applied.push(value));
    const first = newest.run();
    const second = newest.run();
    pending[1]?.('new');
    pending[0]?.('old');
    await Promise.all([first, second]);
    expect(applied).toEqual(['new']);
  });

  it('applies nothing of the reads under way once dropped', async () => {
    const { read, pending } = reads();
    const applied: string[] = [];
    const newest = new NewestOnly(read, (value) => applied.push(value));
    const run = newest.run();
    newest.drop();
    pending[0]?.('old');
    await run;
    expect(applied).toEqual([]);
  });
});
