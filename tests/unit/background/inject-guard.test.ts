// The background runs /guard.js in the tab the letter was read in; a failure (tab closed, page gone)
// is logged for a developer and never thrown at the user.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GUARD_SCRIPT, injectGuard, type Scripting } from '@/entrypoints/background/inject-guard';

const ROOT = join(import.meta.dirname, '../../..');

afterEach(() => vi.restoreAllMocks());

describe('injectGuard', () => {
  it('runs the guard script in the given tab, and nothing else', async () => {
    const executeScript = vi.fn<Scripting['executeScript']>(() => Promise.resolve([]));
    await injectGuard(7, { executeScript });
    expect(executeScript.mock.calls).toEqual([[{ target: { tabId: 7 }, files: [GUARD_SCRIPT] }]]);
  });

  it('names the script WXT builds from entrypoints/guard/ (an unlisted script: <name>.js)', () => {
    const name = /^\/([a-z0-9-]+)\.js$/.exec(GUARD_SCRIPT)?.[1];
    expect(name, `${GUARD_SCRIPT} must be /<entrypoint>.js at the extension's root`).toBeDefined();
    expect(
      existsSync(join(ROOT, 'entrypoints', name ?? '', 'index.ts')),
      `no entrypoints/${name ?? ''}/index.ts: the background would inject a script the build does not make`,
    ).toBe(true);
  });

  it.each([
    ['the tab was closed', new Error('No tab with id: 7.')],
    ['the tab left IRCC', new Error('Cannot access contents of the page.')],
    ['a non-Error rejection', 'denied'],
  ])('%s: logged with console.debug, not thrown', async (_, failure) => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const executeScript = vi.fn<Scripting['executeScript']>(() => Promise.reject(failure));
    await expect(injectGuard(7, { executeScript })).resolves.toBeUndefined();
    expect(debug).toHaveBeenCalledWith(expect.stringContaining('tab 7'), failure);
  });
});
