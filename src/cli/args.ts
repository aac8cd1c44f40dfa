/**
 * A small, strict flag parser for the command line. It accepts `--name value` and
 * `--name=value`, lets values start with a single dash (so `--lr -1` reaches the range check
 * and `--add -0.5,0.2,1` works), and reports every mistake as a UsageError: one line of text
 * that the command line prints after `error: ` before exiting with code 2.
 */
import { readNumberText } from '../settings/text';

/** A mistake in how the command was called. The message is shown to the user as is. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface FlagSpec {
  /** The flag takes a value (`--lr 0.1`); otherwise it is a switch (`--help`). */
  readonly value: boolean;
  /** The flag may be given more than once; its values are kept in order. */
  readonly repeatable?: boolean;
}

export interface ParsedFlags {
  /** The values given for each value flag, keyed by name without the dashes. */
  readonly values: ReadonlyMap<string, readonly string[]>;
  /** The switches that were given, by name without the dashes. */
  readonly switches: ReadonlySet<string>;
}

/** Shows a user-supplied string in a message: quoted, shortened, control characters escaped. */
export function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(short);
}

/** Parses `args` against `spec` (keys are flag names without the leading `--`). */
export function parseFlags(
  args: readonly string[],
  spec: Readonly<Record<string, FlagSpec>>,
): ParsedFlags {
  const values = new Map<string, string[]>();
  const switches = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--') || arg === '--') {
      throw new UsageError(
        arg.startsWith('-')
          ? `unknown flag ${quote(arg)} (see --help)`
          : `unexpected argument ${quote(arg)} (flags look like --name value)`,
      );
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals === -1 ? undefined : equals);
    const flag = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (flag === undefined) throw new UsageError(`unknown flag ${quote(`--${name}`)} (see --help)`);
    if (!flag.value) {
      if (equals !== -1) throw new UsageError(`--${name} takes no value`);
      switches.add(name);
      continue;
    }
    let value: string;
    if (equals !== -1) {
      value = arg.slice(equals + 1);
    } else {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) {
        throw new UsageError(`--${name} needs a value`);
      }
      value = next;
      i++;
    }
    const seen = values.get(name);
    if (seen === undefined) {
      values.set(name, [value]);
    } else if (flag.repeatable === true) {
      seen.push(value);
    } else {
      throw new UsageError(`--${name} was given more than once`);
    }
  }
  return { values, switches };
}

/** The single value of a non-repeatable flag, or undefined when it was not given. */
export function single(flags: ParsedFlags, name: string): string | undefined {
  return flags.values.get(name)?.[0];
}

/**
 * Finds the value of `--name` without validating anything else, so that a command can pick
 * its sub-parser (e.g. `train --preset article`) before the full parse.
 */
export function peekFlag(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === `--${name}`) {
      const next = args[i + 1];
      return next === undefined || next.startsWith('--') ? undefined : next;
    }
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

/**
 * A decimal number such as `0.1`, `-2`, `1e-3`, read as a link reads it (src/settings/text.ts);
 * anything else is a UsageError. Whether it is in range is the settings schema's to say.
 */
export function parseDecimal(flag: string, text: string): number {
  const value = readNumberText(text);
  if (value === null) throw new UsageError(`${flag} expects a number, got ${quote(text)}`);
  return value;
}

/** A UsageError for a flag whose value the settings schema refused: "--lr \"0\": …". */
export function refused(flag: string, text: string, message: string): UsageError {
  return new UsageError(`${flag} ${quote(text)}: ${message}`);
}

/** One of a fixed set of words. */
export function parseChoice<T extends string>(
  flag: string,
  text: string,
  choices: readonly T[],
): T {
  const match = choices.find((choice) => choice === text);
  if (match === undefined) {
    throw new UsageError(`${flag} must be one of ${choices.join(', ')}, got ${quote(text)}`);
  }
  return match;
}
