// The built command line, spawned as a user runs it: exit codes and stderr without a stack trace.
// Builds cli/ with the project's own vite.cli.config.ts into a private folder (not dist/, which
// other work may be rebuilding), next to node_modules so external packages still resolve.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join('node_modules', '.cache', `crs-built-cli-${process.pid}`);
const bin = join(root, 'bin', 'ita-ready.mjs');

beforeAll(async () => {
  await build({
    configFile: 'vite.cli.config.ts',
    logLevel: 'silent',
    build: { outDir: join(root, 'dist', 'cli'), emptyOutDir: true },
  });
  mkdirSync(join(root, 'bin'), { recursive: true });
  copyFileSync(join('bin', 'ita-ready.mjs'), bin);
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const spawn = (...args: string[]) =>
  spawnSync(process.execPath, [bin, 'score', ...args], { encoding: 'utf8' });

describe('node bin/ita-ready.mjs score', () => {
  it('scores the 2019 letter profile: 475, exit 0', () => {
    const run = spawn('tests/fixtures/profiles/letter-2019.json', '--on', '2019-07-10', '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ grid: 'crs-2017-06-06', total: 475 });
  });

  it.each([
    ['tests/fixtures/profiles/invalid-clb-13.json', 'english.reading'],
    ['tests/fixtures/profiles/malformed.json', 'not valid JSON'],
    ['tests/fixtures/profiles/missing.json', 'no such file'],
  ])('%s: exit 1, one line naming %s', (file, expected) => {
    const run = spawn(file);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(expected);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
