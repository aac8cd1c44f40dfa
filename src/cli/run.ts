/**
 * The command line's dispatch, kept free of process globals so tests can call it directly:
 * `runCli(argv, out, err)` writes lines through the two callbacks and returns the exit code
 * (0 success, 2 anything else). src/cli/main.ts wires it to the process.
 */
import { peekFlag, quote, UsageError } from './args';
import { ARTICLE_USAGE, parseArticleArgs, runArticleCommand } from './article-command';
import { BENCH_USAGE, runBenchCommand } from './bench-command';
import { NETWORK_USAGE, parseNetworkArgs, runNetworkCommand } from './network-command';
import { DATA_USAGE } from './data-options';
import { runDataTrain, wantsDataTrain } from './data-train';
import { MODEL_USAGE, runExportCommand, runPredictCommand } from './model-commands';
import { readFileSync } from 'node:fs';

export const EXIT_OK = 0;
/** A bad command line, or a failure it caused that the checks did not catch. */
export const EXIT_USAGE = 2;

/** The presets `train --preset <name>` knows. Add new ones here and in `train` below. */
export const TRAIN_PRESETS = ['article', 'network'] as const;

export const USAGE = [
  'Training Loop Lab: the neural-network training loop from the command line.',
  '',
  'usage: npm run --silent cli -- <command> [flags]',
  '',
  'commands:',
  ...ARTICLE_USAGE.map((line) => `  ${line}`),
  '',
  ...NETWORK_USAGE.map((line) => `  ${line}`),
  ...DATA_USAGE.map((line) => `  ${line}`),
  '',
  ...MODEL_USAGE.map((line) => `  ${line}`),
  '',
  ...BENCH_USAGE.map((line) => `  ${line}`),
  '',
  '  --help                  show this help',
  '',
  'Exit codes: 0 success, 2 bad command or flag (one "error: " line on stderr).',
];

function train(args: readonly string[], out: (line: string) => void): number {
  const preset = peekFlag(args, 'preset');
  switch (preset) {
    case 'article':
      runArticleCommand(parseArticleArgs(args), out);
      return EXIT_OK;
    case 'network':
      if (wantsDataTrain(args)) runDataTrain(args, out);
      else runNetworkCommand(parseNetworkArgs(args), out);
      return EXIT_OK;
    case undefined:
      throw new UsageError(`train needs --preset <name> (available: ${TRAIN_PRESETS.join(', ')})`);
    default:
      throw new UsageError(
        `unknown preset ${quote(preset)} (available: ${TRAIN_PRESETS.join(', ')})`,
      );
  }
}

/** Runs one command line (without the node and script arguments); returns the exit code. */
export function runCli(
  argv: string[],
  out: (line: string) => void,
  err: (line: string) => void,
  readInput: () => string = () => readFileSync(0, 'utf8'),
): number {
  try {
    if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
      USAGE.forEach((line) => out(line));
      return EXIT_OK;
    }
    const [command, ...rest] = argv;
    switch (command) {
      case 'train':
        return train(rest, out);
      case 'bench':
        runBenchCommand(rest, out);
        return EXIT_OK;
      case 'export':
        runExportCommand(rest, out);
        return EXIT_OK;
      case 'predict':
        runPredictCommand(rest, out, readInput);
        return EXIT_OK;
      case undefined:
        throw new UsageError('missing command (see --help)');
      default:
        throw new UsageError(`unknown command ${quote(command)} (see --help)`);
    }
  } catch (error) {
    err(`error: ${oneLine(failureMessage(error))}`);
    return EXIT_USAGE;
  }
}

/** What went wrong, in words; anything but a UsageError is a bug, and is called one. */
function failureMessage(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  return `internal failure: ${error instanceof Error ? error.message : describe(error)}`;
}

/** Any thrown value as text, even one whose conversion to a string throws. */
function describe(value: unknown): string {
  try {
    return String(value);
  } catch {
    return 'unknown error';
  }
}

/**
 * The message with its line breaks and other control characters escaped, so that it stays
 * one line. Quoted user input is already escaped by JSON.stringify, except for U+2028,
 * U+2029 and the C1 controls, which end a line in some terminals and editors.
 */
function oneLine(message: string): string {
  return message.replace(
    /[\p{Cc}\u2028\u2029]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
