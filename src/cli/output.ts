/**
 * How the command line writes its output: synchronously, to a file descriptor, in blocks of
 * about 64 KiB.
 *
 * Why not process.stdout: a command computes in one synchronous run, so the event loop, and
 * with it the stream's 'drain' and 'error' events, does not turn until the run is over.
 * Through process.stdout, `train --epochs 10000000 --print-every 1` queued its whole output
 * in memory (failing with ENOBUFS after ~20 s) and noticed that `| head` had gone only at
 * the end. A synchronous write waits while the reader is behind, which is the back-pressure
 * 'drain' would give, and fails as soon as the reader has gone, which ends the output.
 */
import { writeSync } from 'node:fs';

const BLOCK_SIZE = 1 << 16;
const FIRST_PAUSE_MS = 1;
const LONGEST_PAUSE_MS = 50;

/** Where the bytes go: a file descriptor, or a stand-in in tests. */
export interface ByteSink {
  /** Writes a prefix of `bytes` and returns its length; throws like fs.writeSync. */
  write(bytes: Uint8Array): number;
  /** Blocks for `ms` milliseconds: the reader was not ready for more. */
  pause(ms: number): void;
}

/** A descriptor as a ByteSink. */
export function descriptorSink(fd: number): ByteSink {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  return {
    write: (bytes) => writeSync(fd, bytes),
    // Node's descriptors for pipes are non-blocking and Node cannot wait for one to become
    // writable synchronously, so a short sleep before retrying stands in for that wait.
    pause: (ms) => void Atomics.wait(sleeper, 0, 0, ms),
  };
}

/** The reader is not ready for more; anything else means it has gone. */
function readerIsBusy(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EAGAIN' || code === 'EWOULDBLOCK';
}

/**
 * Collects lines and writes them in blocks. The first failed write (EPIPE, ENOBUFS, a
 * closed descriptor, anything but "try again") ends the output: `onEnd` is called once and
 * every later line is dropped.
 */
export class LineWriter {
  private pending: string[] = [];
  private pendingSize = 0;
  private ended = false;

  constructor(
    private readonly sink: ByteSink,
    private readonly onEnd: () => void,
  ) {}

  /** Adds one line (a newline is appended); writes once a block's worth is waiting. */
  line(text: string): void {
    if (this.ended) return;
    this.pending.push(text, '\n');
    this.pendingSize += text.length + 1;
    if (this.pendingSize >= BLOCK_SIZE) this.flush();
  }

  /** Writes whatever is waiting, blocking until the reader has taken all of it. */
  flush(): void {
    if (this.ended || this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending.join(''));
    this.pending = [];
    this.pendingSize = 0;
    try {
      this.writeAll(bytes);
    } catch {
      this.ended = true;
      this.onEnd();
    }
  }

  private writeAll(bytes: Uint8Array): void {
    let offset = 0;
    let pauseMs = FIRST_PAUSE_MS;
    while (offset < bytes.length) {
      const written = this.tryWrite(bytes.subarray(offset));
      offset += written;
      if (written > 0) {
        pauseMs = FIRST_PAUSE_MS;
      } else {
        this.sink.pause(pauseMs);
        pauseMs = Math.min(pauseMs * 2, LONGEST_PAUSE_MS);
      }
    }
  }

  /** How many bytes the sink took: 0 when the reader is busy; throws when it has gone. */
  private tryWrite(bytes: Uint8Array): number {
    try {
      return this.sink.write(bytes);
    } catch (error) {
      if (readerIsBusy(error)) return 0;
      throw error;
    }
  }
}
