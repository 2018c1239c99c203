// The popup asks the active tab for its structure by running /structure.js there, only on IRCC's
// host (the only host the extension may script), and checks what comes back.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  STRUCTURE_SCRIPT,
  structureOfActiveTab,
  type StructureApi,
} from '@/entrypoints/popup/page-structure';

const PORTAL_URL = 'https://onlineservices-servicesenligne.cic.gc.ca/mycic/messages/details';

function api(
  tabs: { id?: number; url?: string }[],
  run: () => Promise<{ result?: unknown }[]> = () => Promise.resolve([{ result: 'body\n  h1' }]),
) {
  const query = vi.fn<StructureApi['tabs']['query']>(() => Promise.resolve(tabs));
  const executeScript = vi.fn<StructureApi['scripting']['executeScript']>(run);
  return { api: { tabs: { query }, scripting: { executeScript } }, query, executeScript };
}

afterEach(() => vi.restoreAllMocks());

describe('structureOfActiveTab', () => {
  it('runs /structure.js in the active IRCC tab and gives back its result', async () => {
    const { api: a, query, executeScript } = api([{ id: 12, url: PORTAL_URL }]);
    await expect(structureOfActiveTab(a)).resolves.toEqual({ ok: true, structure: 'body\n  h1' });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(executeScript.mock.calls).toEqual([
      [{ target: { tabId: 12 }, files: [STRUCTURE_SCRIPT] }],
    ]);
  });

  it('names the script WXT builds from entrypoints/structure.ts (an unlisted script: <name>.js)', () => {
    const name = /^\/([a-z0-9-]+)\.js$/.exec(STRUCTURE_SCRIPT)?.[1] ?? '';
    expect(
      existsSync(join(import.meta.dirname, '../../../entrypoints', `${name}.ts`)),
      `no entrypoints/${name}.ts: the popup would run a script the build does not make`,
    ).toBe(true);
  });

  it.each([
    ['no active tab', [], 'no-tab'],
    ['a tab without an id (devtools)', [{ url: PORTAL_URL }], 'no-tab'],
    ['another website', [{ id: 4, url: 'https://example.com/mycic' }], 'not-portal'],
    [
      'a look-alike host',
      [{ id: 4, url: 'https://onlineservices-servicesenligne.cic.gc.ca.evil.test/' }],
      'not-portal',
    ],
    [
      'plain http on the IRCC host',
      [{ id: 4, url: 'http://onlineservices-servicesenligne.cic.gc.ca/' }],
      'not-portal',
    ],
    ['a tab whose URL the browser hides (not IRCC)', [{ id: 4 }], 'not-portal'],
  ] as const)('%s: %s, and no script is run', async (_, tabs, reason) => {
    const { api: a, executeScript } = api([...tabs]);
    await expect(structureOfActiveTab(a)).resolves.toEqual({ ok: false, reason });
    expect(executeScript).not.toBeCalled();
  });

  it.each([
    ['the tab closed meantime', () => Promise.reject(new Error('No tab with id: 12.'))],
    ['no result', () => Promise.resolve([])],
    ['a result that is not text', () => Promise.resolve([{ result: { html: '<p>' } }])],
    ['a result over 20 000 characters', () => Promise.resolve([{ result: 'x'.repeat(20_001) }])],
  ])('%s: failed, logged with console.debug, never thrown', async (_, run) => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { api: a } = api([{ id: 12, url: PORTAL_URL }], run);
    await expect(structureOfActiveTab(a)).resolves.toEqual({ ok: false, reason: 'failed' });
    expect(debug).toHaveBeenCalled();
  });
});
