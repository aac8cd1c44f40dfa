// @vitest-environment node
/**
 * Fuzzes the command line: whatever it is given, it ends with exit code 0 or 2, and a
 * failure is one `error: ` line on stderr, never a stack trace. Then checks, on the real
 * process, that a reader which goes away after 1000 bytes ends a very long run quietly.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import fc from 'fast-check';
import { LineWriter, type ByteSink } from '../../src/cli/output';
import { runCli, USAGE } from '../../src/cli/run';
import { runCliCaptured } from '../cli-harness';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = `${ROOT}node_modules/.bin/tsx`;

/** Every flag the help text names: the CLI's own flag list. */
const CLI_FLAGS = [...new Set(USAGE.join('\n').match(/--[a-z][a-z-]*/g) ?? [])];

/** Values each flag accepts, so that some generated command lines get past the parser. */
const VALID_VALUES: Readonly<Record<string, readonly string[]>> = {
  '--preset': ['article', 'network'],
  '--lr': ['0.5', '0.01', '3'],
  '--epochs': ['1', '7', '40'],
  '--activation': ['clip', 'linear', 'sigmoid', 'relu', 'tanh'],
  '--add': ['0.5,0.6,0', '-0.1, 0.9, 1', '1,1,2'],
  '--print-every': ['1', '5'],
  '--format': ['article', 'jsonl', 'table'],
  '--dataset': ['circle', 'xor', 'spiral3', 'devices'],
  '--size': ['20', '60'],
  '--noise': ['0', '0.3'],
  '--validation': ['0', '0.25'],
  '--hidden': ['', '4', '3,3'],
  '--loss': ['mse', 'bce', 'cross-entropy'],
  '--optimizer': ['sgd', 'momentum', 'adam'],
  '--momentum': ['0.5'],
  '--schedule': ['constant', 'step', 'cosine'],
  '--gamma': ['0.5'],
  '--step-every': ['2'],
  '--batch': ['1', '8'],
  '--dropout': ['0.2'],
  '--weight-decay': ['0.001'],
  '--input-noise': ['0.1'],
  '--patience': ['0', '2'],
  '--seed': ['1', '99'],
  // W2's warm-up alone takes a noticeable part of a second, too slow for hundreds of runs.
  '--workload': ['W1', 'W3'],
};

const hostileValue = fc.oneof(
  fc.constantFrom(
    'NaN',
    '1e309',
    '-1e309',
    '-0',
    '',
    '--',
    '=',
    '-',
    '-x',
    'Infinity',
    '0x10',
    ' 1',
    '1,5',
    '+3',
    '٣',
    '١,٢,٠',
    '🧠',
    'a\nb',
    '\u0000',
    '\u2028',
    'Error: boom\n    at fake (x.js:1:1)',
    '__proto__',
    'constructor',
    'x'.repeat(10_000),
    '9'.repeat(10_000),
    '1,'.repeat(5_000),
  ),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.double().map(String),
  fc.integer({ min: -3, max: 5_000 }).map(String),
);

const flag = fc.constantFrom(...CLI_FLAGS);
const valueFor = (name: string): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom(...(VALID_VALUES[name] ?? ['1'])), hostileValue);
const flagWithValue = flag.chain((name) => valueFor(name).map((value) => [name, value]));

/** One or two argv entries: real flags with and without values, junk flags, stray values. */
const argToken: fc.Arbitrary<string[]> = fc.oneof(
  flag.map((name) => [name]),
  flagWithValue,
  flagWithValue.map(([name, value]) => [`${name}=${value}`]),
  hostileValue.map((value) => [value]),
  fc.string({ maxLength: 12 }).map((name) => [`--${name}`]),
  fc.constantFrom('--', '=', '-', '---', '--=', '--=1', '-h').map((junk) => [junk]),
);

/** Real flags in a random order, each with a valid or a hostile value. */
const shuffledRealFlags = fc
  .shuffledSubarray(CLI_FLAGS.filter((name) => name !== '--help'))
  .chain((names) => fc.tuple(...names.map((name) => valueFor(name).map((value) => [name, value]))))
  .map((pairs) => pairs.flat());

const commandPrefix = fc.constantFrom<readonly string[]>(
  ['train', '--preset', 'article'],
  ['train', '--preset=article'],
  ['train', '--preset', 'network'],
  ['bench'],
  ['train'],
  [],
  ['help'],
  ['fly'],
);

const commandLine = fc
  .tuple(
    commandPrefix,
    fc.oneof(
      fc.array(argToken, { maxLength: 8 }).map((tokens) => tokens.flat()),
      shuffledRealFlags,
    ),
  )
  .map(([prefix, args]) => confineWrites(withinBudget([...prefix, ...args])));

/**
 * `--save-model` writes a file where it is told. A run here must never write into the project
 * (a fuzzed `--save-model 1` once left a file named `1` in its root), so every value it gets
 * becomes one file name, kept hostile (empty, 10,000 characters long...), inside a scratch folder.
 */
const SCRATCH = mkdtempSync(path.join(os.tmpdir(), 'training-loop-lab-cli-fuzz-'));
afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

function inScratch(value: string): string {
  return path.join(SCRATCH, `model-${encodeURIComponent(value)}`);
}

function confineWrites(argv: string[]): string[] {
  const flag = '--save-model';
  return argv.map((arg, i) => {
    if (argv[i - 1] === flag && !arg.startsWith('--')) return inScratch(arg);
    if (arg.startsWith(`${flag}=`)) return `${flag}=${inScratch(arg.slice(flag.length + 1))}`;
    return arg;
  });
}

/** How much work one in-process run may do, so that hundreds of runs take seconds. */
function budgetFor(argv: readonly string[]): Readonly<Record<string, number>> {
  if (argv[0] === 'bench') return { '--epochs': 3 };
  if (argv.some((arg) => arg.includes('network'))) {
    return { '--epochs': 20, '--size': 100, '--hidden': 8 };
  }
  return { '--epochs': 2000 };
}

/** A number the command would accept that is above `cap` becomes `cap`; anything else stays. */
function clampValue(value: string, cap: number): string {
  return value
    .split(',')
    .map((part) => (Number.isFinite(Number(part)) && Number(part) > cap ? String(cap) : part))
    .join(',');
}

/**
 * Caps the values that decide how long a run takes (`--epochs`, and for the network also
 * `--size` and `--hidden`) in both the `--name value` and `--name=value` forms. Runs without
 * `--epochs` use the defaults, which are small enough.
 */
function withinBudget(argv: string[]): string[] {
  const budget = budgetFor(argv);
  return argv.map((arg, i) => {
    const previous = argv[i - 1];
    if (previous !== undefined && Object.hasOwn(budget, previous) && !arg.startsWith('--')) {
      return clampValue(arg, budget[previous] as number);
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(0, equals);
    if (equals > 0 && Object.hasOwn(budget, name)) {
      return `${name}=${clampValue(arg.slice(equals + 1), budget[name] as number)}`;
    }
    return arg;
  });
}

const cli = (argv: string[]) => runCliCaptured(argv);

/** Lines of a stack trace, or an error printed by Node rather than by the command line. */
const STACK_LINE = /^\s+at |^\w*Error:|^Uncaught/;

function expectCleanEnding(result: { code: number; err: string[] }): void {
  expect([0, 2]).toContain(result.code);
  const stderr = result.err.join('\n');
  for (const line of stderr.split(/\r?\n/)) expect(line).not.toMatch(STACK_LINE);
  if (result.code === 2) {
    expect(stderr).toMatch(/^error: /);
    expect(stderr.split(/\r\n|\r|\n|\u2028|\u2029/)).toHaveLength(1);
  } else {
    expect(stderr).toBe('');
  }
}

describe('the command line under fuzzing', () => {
  it('ends every command line with exit 0, or exit 2 and one error line', () => {
    let tried = 0;
    let succeeded = 0;
    fc.assert(
      fc.property(commandLine, (argv) => {
        tried++;
        const result = cli(argv);
        expectCleanEnding(result);
        if (result.code === 0) succeeded++;
      }),
      { numRuns: 400 },
    );
    console.log(`[cli-fuzz] tried ${tried} command lines (${succeeded} exited 0)`);
    expect(tried).toBeGreaterThanOrEqual(200);
  });

  it('saves the models of fuzzed runs in a scratch folder, never in the project', () => {
    for (const argv of [
      ['train', '--preset', 'network', '--epochs', '1', '--save-model', '1'],
      ['train', '--preset', 'network', '--epochs', '1', '--save-model=../2'],
    ]) {
      expect(cli(confineWrites(argv)).code).toBe(0);
    }
    expect(readdirSync(SCRATCH)).toEqual(expect.arrayContaining(['model-1', 'model-..%2F2']));
    expect(readdirSync(process.cwd())).not.toContain('1');
  });

  it('turns an unexpected exception into one error line and exit 2', () => {
    const err: string[] = [];
    const code = runCli(
      ['train', '--preset', 'article'],
      () => {
        throw new TypeError('a bug\n    at somewhere (file.ts:1:1)');
      },
      (line) => err.push(line),
    );
    expect(code).toBe(2);
    expectCleanEnding({ code, err });
  });
});

/** What a fake descriptor does with one write: take some bytes, be busy, or fail. */
type WriteOutcome = { take: number } | { throw: string };

/**
 * A descriptor that plays `script` (then takes everything): records the bytes it took and
 * how often the writer paused.
 */
function scriptedSink(script: readonly WriteOutcome[]): ByteSink & {
  taken: () => string;
  pauses: number;
  writes: number;
} {
  const chunks: Buffer[] = [];
  let step = 0;
  const sink = {
    pauses: 0,
    writes: 0,
    taken: () => Buffer.concat(chunks).toString(),
    write(bytes: Uint8Array): number {
      sink.writes++;
      const outcome = script[step++] ?? { take: bytes.length };
      if ('throw' in outcome) {
        throw Object.assign(new Error(outcome.throw), { code: outcome.throw });
      }
      const count = Math.min(outcome.take, bytes.length);
      chunks.push(Buffer.from(bytes.subarray(0, count)));
      return count;
    },
    pause: () => void sink.pauses++,
  };
  return sink;
}

const someLines = fc.array(fc.string({ unit: 'grapheme', maxLength: 3_000 }), {
  minLength: 1,
  maxLength: 60,
});

describe('the output writer', () => {
  it('delivers every line, in order, through partial writes and busy readers', () => {
    const busyOrPartial = fc.oneof(
      fc.record({ take: fc.integer({ min: 0, max: 5_000 }) }),
      fc.constant({ throw: 'EAGAIN' }),
    );
    fc.assert(
      fc.property(someLines, fc.array(busyOrPartial, { maxLength: 30 }), (lines, script) => {
        const sink = scriptedSink(script);
        let ended = false;
        const writer = new LineWriter(sink, () => (ended = true));
        lines.forEach((line) => writer.line(line));
        writer.flush();
        expect(ended).toBe(false);
        expect(sink.taken()).toBe(lines.map((line) => `${line}\n`).join(''));
      }),
      { numRuns: 200 },
    );
  });

  it('pauses while the reader is busy instead of giving up', () => {
    const sink = scriptedSink([{ throw: 'EAGAIN' }, { take: 0 }, { throw: 'EAGAIN' }]);
    const writer = new LineWriter(sink, () => {});
    writer.line('hello');
    writer.flush();
    expect(sink.pauses).toBe(3);
    expect(sink.taken()).toBe('hello\n');
  });

  it.each(['EPIPE', 'ENOBUFS', 'EBADF', 'ECONNRESET', 'anything else'])(
    'ends the output at the first write that fails with %s, and writes nothing more',
    (code) => {
      const sink = scriptedSink([{ take: 3 }, { throw: code }]);
      let ends = 0;
      const writer = new LineWriter(sink, () => ends++);
      writer.line('first');
      writer.flush();
      const writesWhenEnded = sink.writes;
      for (let i = 0; i < 100_000; i++) writer.line(`line ${i}`);
      writer.flush();
      expect(ends).toBe(1);
      expect(sink.writes).toBe(writesWhenEnded);
      expect(sink.taken()).toBe('fir');
    },
  );

  it('holds lines back until a block is full, so a long run writes in large blocks', () => {
    const sink = scriptedSink([]);
    const writer = new LineWriter(sink, () => {});
    for (let i = 0; i < 10_000; i++) writer.line('x'.repeat(99));
    writer.flush();
    expect(sink.taken()).toHaveLength(1_000_000);
    expect(sink.writes).toBeLessThanOrEqual(Math.ceil(1_000_000 / 65_536) + 1);
  });
});

/** Reads from `stream` until `limit` bytes have arrived, then closes it; returns the count. */
async function readThenClose(stream: Readable, limit: number): Promise<number> {
  let received = 0;
  for await (const chunk of stream) {
    received += (chunk as Buffer).length;
    if (received >= limit) break; // leaving the loop destroys the stream: the pipe closes
  }
  return received;
}

describe('the real command line and a reader that goes away', () => {
  it('ends a 10,000,000-epoch run quietly with exit 0 once the pipe closes', async () => {
    const child = spawn(
      TSX,
      [
        'src/cli/main.ts',
        'train',
        '--preset',
        'article',
        '--epochs',
        '10000000',
        '--print-every',
        '1',
        '--format',
        'jsonl',
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // Without the fix the child runs on for a long time: do not leave it burning a core.
    onTestFinished(() => void child.kill());
    const closed = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    expect(await readThenClose(child.stdout, 1000)).toBeGreaterThanOrEqual(1000);
    const [code, signal] = await closed;
    expect(stderr).toBe('');
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  }, 30_000);
});
