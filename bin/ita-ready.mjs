#!/usr/bin/env node
// `npx ita-ready`: runs the command line built from cli/ by `npm ci` (postinstall) or `npm run build:cli`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli/ita-ready.mjs', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write(
    'ita-ready: the command line is not built yet; run `npm ci` or `npm run build:cli` first.\n',
  );
  process.exit(1);
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
