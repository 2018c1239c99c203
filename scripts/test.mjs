#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure. Prints a header per step,
// then a summary with timings and the test runners' own summary lines, and ends with one plain line
// `N passed, N failed` (CI reads the closing lines).
//
//   npm test                     all steps
//   npm test -- --only unit,e2e-chromium   just those steps (by name, in the usual order)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { libfaketime } from '../tests/support/browser-suites.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Chromium suite starts the browser at a fixed date with it (tests/support/browser-suites.mjs). */
const FAKETIME = libfaketime() ?? 'libfaketime (Debian package faketime)';

/** @typedef {{ passed: number, failed: number, skipped: number, lines: string[] }} Counts */

const STEPS = [
  { name: 'typecheck', commands: [['tsc', '--noEmit']] },
  {
    name: 'lint',
    commands: [
      ['eslint', '.'],
      ['prettier', '--check', '.'],
    ],
  },
  { name: 'unit', commands: [['vitest', 'run']], parse: parseVitest },
  { name: 'build', commands: [['npm', 'run', 'build']] },
  // The scripts injected into IRCC's pages: size budgets and what they may never import.
  { name: 'budgets', commands: [['node', 'scripts/budgets.mjs']] },
  {
    name: 'zip',
    commands: [
      ['wxt', 'zip'],
      ['wxt', 'zip', '-b', 'firefox'],
    ],
  },
  // web-ext exits non-zero when the Firefox build has lint errors (warnings are shown, not fatal).
  { name: 'lint-firefox', commands: [['npm', 'run', 'lint:firefox']] },
  {
    name: 'e2e-chromium',
    needs: [CHROMIUM, FAKETIME],
    commands: [['playwright', 'test']],
    parse: parsePlaywright,
  },
  {
    name: 'e2e-firefox',
    needs: [FIREFOX],
    commands: [
      [
        'node',
        '--test',
        '--test-concurrency=1',
        '--test-timeout=600000',
        '--test-reporter=spec',
        'tests/e2e-firefox/',
      ],
    ],
    parse: parseNodeTest,
  },
];

const steps = selectSteps(process.argv.slice(2));
const missing = [...new Set(steps.flatMap((step) => step.needs ?? []))].filter(
  (path) => !existsSync(path),
);
if (missing.length > 0) {
  // A skipped browser test proves nothing: refuse to run rather than skip.
  console.error(
    `npm test: ${missing.join(' and ')} not found. Run \`bash .ci/run\` (installs them) or ` +
      '`sudo apt-get install -y chromium firefox-esr faketime`.',
  );
  console.error('0 passed, 1 failed');
  process.exit(1);
}

const results = [];
const started = Date.now();
for (const [index, step] of steps.entries()) {
  console.log(`\n━━━ [${index + 1}/${steps.length}] ${step.name} ━━━`);
  const stepStart = Date.now();
  let ok = true;
  let output = '';
  for (const command of step.commands) {
    console.log(`$ ${command.join(' ')}`);
    const run = await runCommand(command);
    output += run.output;
    if (run.code !== 0) {
      ok = false;
      break;
    }
  }
  const counts = step.parse?.(stripAnsi(output)) ?? null;
  results.push({ name: step.name, ok, ms: Date.now() - stepStart, counts });
  if (!ok) break;
}
printSummary(results, Date.now() - started);
process.exit(results.every((result) => result.ok) ? 0 : 1);

function selectSteps(argv) {
  const at = argv.indexOf('--only');
  const only = at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith('--only='))?.slice(7);
  const unknownArg = argv.find(
    (arg, i) => arg !== '--only' && !arg.startsWith('--only=') && argv[i - 1] !== '--only',
  );
  const names = STEPS.map((step) => step.name);
  if (unknownArg) usage(`unknown argument ${unknownArg}`, names);
  if (only === undefined) return STEPS;
  const wanted = only.split(',').filter(Boolean);
  const bad = wanted.find((name) => !names.includes(name));
  if (bad || wanted.length === 0) usage(`unknown step ${bad ?? '(none given)'}`, names);
  return STEPS.filter((step) => wanted.includes(step.name));
}

function usage(problem, names) {
  console.error(`npm test: ${problem}. Steps: ${names.join(', ')} (e.g. --only unit,e2e-chromium)`);
  process.exit(2);
}

/** Runs a command from node_modules/.bin (or npm/node), echoing its output as it comes. */
function runCommand([bin, ...args]) {
  const local = resolve(ROOT, 'node_modules/.bin', bin);
  const executable = existsSync(local) ? local : bin;
  return new Promise((done) => {
    const child = spawn(executable, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('error', (error) => {
      output += String(error);
      console.error(`npm test: could not run ${bin}: ${error.message}`);
      done({ code: 1, output });
    });
    child.on('close', (code, signal) => done({ code: signal ? 1 : (code ?? 1), output }));
  });
}

function stripAnsi(text) {
  // eslint-disable-next-line no-control-regex -- ANSI escape sequences start with ESC.
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
}

function count(text, pattern) {
  const match = text.match(pattern);
  return match ? Number(match[1]) : 0;
}

/** vitest: ` Tests  2 failed | 120 passed | 1 skipped (123)` */
function parseVitest(text) {
  const line = text.match(/^\s*Tests\s+.*\(\d+\)\s*$/m)?.[0];
  const files = text.match(/^\s*Test Files\s+.*$/m)?.[0];
  if (!line) return null;
  return {
    passed: count(line, /(\d+) passed/),
    failed: count(line, /(\d+) failed/),
    skipped: count(line, /(\d+) skipped/),
    lines: [files, line].filter(Boolean).map((l) => l.trim()),
  };
}

/** Playwright's list reporter ends with `  7 passed (41.2s)`, `  1 failed`, `  1 flaky`… */
function parsePlaywright(text) {
  const tail = text.split('\n').slice(-60).join('\n');
  const lines = tail.match(/^\s*\d+ (passed|failed|flaky|skipped|did not run|interrupted).*$/gm);
  if (!lines) return null;
  return {
    passed: count(tail, /^\s*(\d+) passed/m) + count(tail, /^\s*(\d+) flaky/m),
    failed: count(tail, /^\s*(\d+) failed/m) + count(tail, /^\s*(\d+) interrupted/m),
    skipped: count(tail, /^\s*(\d+) skipped/m) + count(tail, /^\s*(\d+) did not run/m),
    lines: lines.map((l) => l.trim()),
  };
}

/** node --test: `ℹ pass 15` / `ℹ fail 0` (spec reporter) or `# pass 15` (tap). */
function parseNodeTest(text) {
  const pass = text.match(/^[ℹ#] pass (\d+)$/m);
  if (!pass) return null;
  const passed = Number(pass[1]);
  const failed = count(text, /^[ℹ#] fail (\d+)$/m) + count(text, /^[ℹ#] cancelled (\d+)$/m);
  const skipped = count(text, /^[ℹ#] skipped (\d+)$/m) + count(text, /^[ℹ#] todo (\d+)$/m);
  return {
    passed,
    failed,
    skipped,
    lines: [
      `tests ${passed + failed + skipped}: ${passed} passed, ${failed} failed, ${skipped} skipped`,
    ],
  };
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function printSummary(done, totalMs) {
  const ran = new Set(done.map((result) => result.name));
  console.log('\n━━━ summary ━━━');
  for (const result of done) {
    const mark = result.ok ? 'ok  ' : 'FAIL';
    console.log(`${mark} ${result.name.padEnd(13)} ${seconds(result.ms).padStart(8)}`);
    for (const line of result.counts?.lines ?? []) console.log(`       ${line}`);
  }
  for (const step of steps) if (!ran.has(step.name)) console.log(`--   ${step.name} (not run)`);
  console.log(`total ${seconds(totalMs)}`);
  const failedStep = done.find((result) => !result.ok);
  if (failedStep) console.log(`stopped: ${failedStep.name} failed`);
  const passed = done.reduce((sum, result) => sum + (result.counts?.passed ?? 0), 0);
  // A failing step with no test count (e.g. lint) still counts as one failure.
  const failed = done.reduce(
    (sum, result) =>
      sum + (result.counts?.failed ?? 0) + (!result.ok && !result.counts?.failed ? 1 : 0),
    0,
  );
  console.log(`${passed} passed, ${failed} failed`);
}
