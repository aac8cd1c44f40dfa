/**
 * The command-line entry point (`npm run --silent cli -- ...`): wires runCli to the process.
 * Output is written synchronously in large blocks (src/cli/output.ts explains why), so a
 * long run goes no faster than its reader, and a reader that goes away (`| head`, a closed
 * pipe, any failed write) simply ends the output: the process exits quietly with code 0.
 */
import { descriptorSink, LineWriter } from './output';
import { EXIT_OK, runCli } from './run';

const STDOUT_FD = 1;
const STDERR_FD = 2;

// Nobody is left to read the rest, so there is nothing more to do.
const output = new LineWriter(descriptorSink(STDOUT_FD), () => process.exit(EXIT_OK));
// A failed error message cannot be reported anywhere; the exit code still tells.
const errors = new LineWriter(descriptorSink(STDERR_FD), () => {});

function err(line: string): void {
  output.flush();
  errors.line(line);
  errors.flush();
}

process.exitCode = runCli(process.argv.slice(2), (line) => output.line(line), err);
output.flush();
