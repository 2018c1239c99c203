// `ita-ready <command>`: the command line (its contract is in docs/formats.md).
import { processIo, UsageError, type Io } from './io';
import { runRead } from './read';
import { runScore } from './score';
import { runCheck } from './check';
import { runPlan } from './plan';
import { runChecklist } from './checklist';
import { runPack } from './pack';
import { messageOf } from '../lib/error-message';

const USAGE = `usage:
  ita-ready read <page.html|letter.pdf> [--json]
  ita-ready score <profile.json> [--on YYYY-MM-DD] [--json]
  ita-ready check <page.html|letter.pdf> [--facts facts.json] [--today YYYY-MM-DD] [--cutoff N] [--json]
  ita-ready plan <page.html|letter.pdf> --facts facts.json [--today YYYY-MM-DD] [--cutoff N] [--json]
  ita-ready checklist <page.html|letter.pdf> [--facts facts.json] [--today YYYY-MM-DD] [--json]
  ita-ready pack <file>... --out out.pdf [--max-mb 4] [--accept-low-resolution] [--json]`;

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  read: runRead,
  score: runScore,
  check: runCheck,
  plan: runPlan,
  checklist: runChecklist,
  pack: runPack,
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (name === undefined) {
    // No command is a mistake: the usage goes where errors go.
    io.err(USAGE);
    return 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`ita-ready: unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(', ')}.`);
    return 1;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`ita-ready ${name}: ${error.message}`);
      return error.exitCode;
    }
    // Never a stack trace: one line naming what went wrong.
    const message = messageOf(error);
    io.err(`ita-ready ${name}: unexpected error: ${message.split('\n')[0]}`);
    return 1;
  }
}
