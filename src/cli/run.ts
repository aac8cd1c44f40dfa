/**
 * The command line's dispatch, kept free of process globals so tests can call it directly:
 * `runCli(argv, out, err)` writes lines through the two callbacks and returns the exit code
 * (0 success, 1 internal failure, 2 bad usage). src/cli/main.ts wires it to the process.
 */
import { peekFlag, UsageError } from './args';
import { ARTICLE_USAGE, parseArticleArgs, runArticleCommand } from './article-command';
import { BENCH_USAGE, runBenchCommand } from './bench-command';
import { NETWORK_USAGE, parseNetworkArgs, runNetworkCommand } from './network-command';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
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
      runNetworkCommand(parseNetworkArgs(args), out);
      return EXIT_OK;
    case undefined:
      throw new UsageError(`train needs --preset <name> (available: ${TRAIN_PRESETS.join(', ')})`);
    default:
      throw new UsageError(
        `unknown preset ${JSON.stringify(preset)} (available: ${TRAIN_PRESETS.join(', ')})`,
      );
  }
}

/** Runs one command line (without the node and script arguments); returns the exit code. */
export function runCli(
  argv: string[],
  out: (line: string) => void,
  err: (line: string) => void,
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
      case undefined:
        throw new UsageError('missing command (see --help)');
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)} (see --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`error: ${error.message}`);
      return EXIT_USAGE;
    }
    // A bug, not a usage mistake: still one line, no stack trace.
    const message = error instanceof Error ? error.message : String(error);
    err(`error: internal failure: ${message}`);
    return EXIT_FAILURE;
  }
}
