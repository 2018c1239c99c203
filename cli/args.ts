// One way to read a command's arguments: node's own `parseArgs` (strict), with its long messages
// turned into one line that names the option and shows the command's usage.
import { parseArgs } from 'node:util';
import { isIsoDate } from '../lib/dates';
import { TOTAL_MAX } from '../lib/reader/limits';
import { UsageError } from './io';
import { messageOf } from '../lib/error-message';

type OptionSpec = { type: 'string' | 'boolean'; multiple?: boolean; short?: string };

/** Every command takes `--help` / `-h`. */
export const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/** The options of the commands that judge a letter (check, plan, checklist). */
export const PAGE_OPTIONS = {
  ...HELP,
  facts: { type: 'string' },
  today: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** `--cutoff N`, for the commands whose answer turns on the round's cut-off (check, plan). */
export const CUTOFF_OPTION = { cutoff: { type: 'string' } } as const;

export interface Command<O extends Record<string, OptionSpec>> {
  usage: string;
  /** The command's options, `...HELP` included. */
  options: O;
  /** How many positional arguments the command takes, and what one is called (`page to check`). */
  positionals: { min: number; max: number; name: string };
}

/**
 * `--cutoff -5` as `--cutoff=-5`: node's `parseArgs` takes a value starting with a dash for an
 * option of its own ("argument is ambiguous"), so the user would hear of an unknown option when
 * what is wrong is the value. A word that names one of the command's options is still an option:
 * `--cutoff --json` lacks a value.
 */
function joinDashValues(args: readonly string[], options: Record<string, OptionSpec>): string[] {
  const byShort = new Map(
    Object.entries(options).flatMap(([name, spec]) => (spec.short ? [[spec.short, name]] : [])),
  );
  const nameOf = (arg: string): string | undefined =>
    arg.startsWith('--') ? arg.slice(2).split('=')[0] : byShort.get(arg.slice(1));
  const isOption = (arg: string): boolean => {
    const name = nameOf(arg);
    return name !== undefined && name in options;
  };
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const next = args[i + 1];
    const name = arg.includes('=') ? undefined : nameOf(arg);
    const takesValue = name !== undefined && options[name]?.type === 'string';
    if (arg === '--') {
      joined.push(...args.slice(i));
      break;
    }
    if (
      takesValue &&
      next !== undefined &&
      next.startsWith('-') &&
      next !== '--' &&
      !isOption(next)
    ) {
      joined.push(`--${name}=${next}`);
      i++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

function strictParse<O extends Record<string, OptionSpec>>(args: string[], command: Command<O>) {
  try {
    return parseArgs({
      args: joinDashValues(args, command.options),
      options: command.options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = messageOf(error);
    const option = /'(-[^' ]*)/.exec(message)?.[1];
    // "argument missing", or "ambiguous" when the next word is another of the command's options.
    if (/argument missing|argument is ambiguous/.test(message) && option) {
      throw new UsageError(`${option} needs a value. ${command.usage}`);
    }
    throw new UsageError(
      `${option ? `unknown option '${option}'` : message.split('\n')[0]}. ${command.usage}`,
    );
  }
}

/** The command's options and positionals; one line and the usage for anything else. */
export function parseCommand<O extends Record<string, OptionSpec>>(
  args: readonly string[],
  command: Command<O>,
) {
  const parsed = strictParse([...args], command);
  const help = 'help' in parsed.values && parsed.values.help === true;
  const { min, max, name } = command.positionals;
  if (!help && parsed.positionals.length < min)
    throw new UsageError(`missing the ${name}. ${command.usage}`);
  if (parsed.positionals.length > max) {
    const extra = parsed.positionals[max];
    throw new UsageError(
      max === 1
        ? `one ${name} at a time; got '${parsed.positionals[0]}' and '${extra}'. ${command.usage}`
        : `unexpected argument '${extra}'. ${command.usage}`,
    );
  }
  return { values: parsed.values, positionals: parsed.positionals, help };
}

/** `--today 2026-12-06`: a real calendar date, or one line saying what was expected. */
export function dateOption(option: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!isIsoDate(value))
    throw new UsageError(`${option}: expected a date written YYYY-MM-DD (got '${value}')`);
  return value;
}

/** A whole number within [min, max], or one line saying what was expected. */
export function numberOption(
  option: string,
  value: string | undefined,
  range: { min: number; max: number; what: string; decimals?: boolean },
): number | undefined {
  if (value === undefined) return undefined;
  const pattern = range.decimals ? /^\d{1,6}(\.\d{1,3})?$/ : /^\d{1,6}$/;
  const n = Number(value);
  if (!pattern.test(value) || n < range.min || n > range.max) {
    throw new UsageError(
      `${option}: expected ${range.what} from ${range.min} to ${range.max} (got '${value}')`,
    );
  }
  return n;
}

/** `--cutoff 480`: a CRS score the page could show (0 to 1,200), or one line saying what was expected. */
export function cutoffOption(value: string | undefined): number | undefined {
  return numberOption('--cutoff', value, { min: 0, max: TOTAL_MAX, what: 'a CRS score' });
}
