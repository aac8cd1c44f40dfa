/**
 * The command-line entry point (`npm run --silent cli -- ...`): wires runCli to the
 * process. Output is buffered into large writes; a closed pipe (e.g. `| head`) ends quietly.
 */
import { runCli } from './run';

const FLUSH_AT = 1 << 16;
let pending: string[] = [];
let pendingSize = 0;

function flush(): void {
  if (pending.length === 0) return;
  process.stdout.write(pending.join(''));
  pending = [];
  pendingSize = 0;
}

function out(line: string): void {
  pending.push(line, '\n');
  pendingSize += line.length + 1;
  if (pendingSize >= FLUSH_AT) flush();
}

function err(line: string): void {
  flush();
  process.stderr.write(`${line}\n`);
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = runCli(process.argv.slice(2), out, err);
flush();
process.exitCode = code;
