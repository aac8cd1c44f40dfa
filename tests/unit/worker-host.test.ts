// @vitest-environment node
/** The worker host both Web Workers share: ready, commands through, anything else refused. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hostEngine } from '../../src/engine/worker-host';

type Scope = { postMessage?: unknown; onmessage?: unknown };
const scope = globalThis as unknown as Scope;

afterEach(() => {
  delete scope.postMessage;
  delete scope.onmessage;
});

describe('hostEngine', () => {
  it('says ready, hands commands to the engine and refuses anything else', async () => {
    const posted: unknown[] = [];
    scope.postMessage = (message: unknown) => posted.push(message);
    const handled: unknown[] = [];
    let tick: (() => void) | null = null;
    hostEngine<{ type: string }, { type: 'tick' }>('the test engine', (post, clock) => {
      tick = () => clock.schedule(() => post({ type: 'tick' }, []), 0);
      return { handle: (command) => handled.push(command) };
    });
    expect(posted).toEqual([{ type: 'ready' }]);

    const receive = scope.onmessage as (event: { data: unknown }) => void;
    receive({ data: { type: 'play' } });
    expect(handled).toEqual([{ type: 'play' }]);
    for (const data of [42, null, 'play', { kind: 'play' }, { type: 7 }]) receive({ data });
    expect(handled).toHaveLength(1);
    expect(posted.slice(1)).toHaveLength(5);
    expect(posted[1]).toEqual({
      type: 'error',
      message: 'the test engine received a message that is not a command',
    });

    // A zero-delay task runs on the next message-channel turn, not after a clamped timeout.
    (tick as unknown as () => void)();
    await vi.waitFor(() => expect(posted.at(-1)).toEqual({ type: 'tick' }));
  });
});
