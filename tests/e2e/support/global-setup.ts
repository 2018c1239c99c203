// Fail once, clearly, when the browser or the build is missing, instead of once per test.
import { existsSync } from 'node:fs';
import { assertBuilt } from './extension';
import { CHROMIUM_PATH } from './paths';

export default function globalSetup(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: run \`bash .ci/run\` or \`apt-get install -y chromium\` (or set CHROME_PATH).`,
    );
  }
  assertBuilt();
}
