/** Runs the command line in-process and keeps what it printed, line by line. */
import { runCli } from '../src/cli/run';

export function runCliCaptured(argv: readonly string[]): {
  code: number;
  out: string[];
  err: string[];
} {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(
    [...argv],
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out, err };
}
