// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Heartbeat } from '../../src/engine/heartbeat';
import { ManualClock } from '../manual-clock';

function setup(busy = () => true) {
  const clock = new ManualClock();
  let pings = 0;
  let silences = 0;
  const heartbeat = new Heartbeat({
    clock,
    busy,
    ping: () => pings++,
    silent: () => silences++,
  });
  heartbeat.start();
  return { clock, heartbeat, pings: () => pings, silences: () => silences };
}

describe('Heartbeat', () => {
  it('calls a worker silent once a ping goes unanswered for two seconds', () => {
    const { clock, pings, silences } = setup();
    clock.advance(1000);
    expect(pings()).toBe(1);
    clock.advance(1000);
    expect(silences()).toBe(0);
    clock.advance(1000);
    expect(silences()).toBe(1);
    clock.advance(10_000);
    expect(silences()).toBe(1); // once, until restarted
  });

  it('counts any message as an answer', () => {
    const { clock, heartbeat, silences } = setup();
    for (let i = 0; i < 20; i++) {
      clock.advance(1000);
      heartbeat.heard();
    }
    expect(silences()).toBe(0);
  });

  it('does not blame the worker for a page that was stalled', () => {
    const clock = new ManualClock();
    let silences = 0;
    const heartbeat = new Heartbeat({
      clock,
      busy: () => true,
      ping: () => undefined,
      silent: () => silences++,
    });
    heartbeat.start();
    clock.advance(1000); // ping sent
    // The page's own thread stalls for five seconds: the next tick comes late.
    clock.time += 5000;
    clock.advance(1000);
    expect(silences).toBe(0);
  });

  it('stays quiet while the engine is idle', () => {
    const { clock, pings, silences } = setup(() => false);
    clock.advance(60_000);
    expect(pings()).toBe(0);
    expect(silences()).toBe(0);
  });

  it('starts again after a restart', () => {
    const { clock, heartbeat, silences } = setup();
    clock.advance(3000);
    expect(silences()).toBe(1);
    heartbeat.start();
    clock.advance(3000);
    expect(silences()).toBe(2);
  });
});
