/**
 * Values flowing forward: one dot per connection travels from its source to its neuron,
 * layer after layer. Keyed by the forward pass, so every new pass replays it.
 */
import { m } from 'framer-motion';
import type { Point } from './layout';

export interface Flow {
  readonly from: Point;
  readonly to: Point;
  /** Which layer the connection feeds: later layers start when earlier ones arrive. */
  readonly layer: number;
}

export const FLOW_SECONDS = 0.7;

export function FlowPulses({ flowKey, flows }: { flowKey: string; flows: readonly Flow[] }) {
  return (
    <g className="network-pulses" aria-hidden="true">
      {flows.map(({ from, to, layer }, k) => (
        <m.circle
          key={`${flowKey}-${k}`}
          r={7}
          className="network-pulse"
          initial={{ cx: from.x, cy: from.y, opacity: 0.95 }}
          animate={{ cx: to.x, cy: to.y, opacity: 0 }}
          transition={{ duration: FLOW_SECONDS, delay: layer * FLOW_SECONDS, ease: 'easeInOut' }}
        />
      ))}
    </g>
  );
}
