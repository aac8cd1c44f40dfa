/**
 * The boundary plot's frame: presenter mode draws its tick labels larger, and the room left
 * for them grows with them, so the labels never overlap the plot; a click is read back in
 * the frame it was drawn in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plotFrame, toData, toPixel, type Ranges } from '../../src/ui/boundary/geometry';

const ranges: Ranges = [
  [-5, 5],
  [-4, 6],
];

describe('the boundary plot frame', () => {
  it('leaves 1.5 times the room for tick labels drawn 1.5 times larger', () => {
    const learner = plotFrame(380);
    const presenter = plotFrame(380, 1.5);
    expect(learner).toMatchObject({ left: 44, top: 10, width: 326, height: 330, textScale: 1 });
    expect(presenter).toMatchObject({ left: 66, top: 10, width: 304, height: 310, textScale: 1.5 });
    // The plot still ends where the learner's does: the same right and top edges.
    expect(presenter.left + presenter.width).toBe(learner.left + learner.width);
  });

  it('reads a point back where it was drawn, at any text scale', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 2, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -4, max: 6, noNaN: true }),
        (scale, x1, x2) => {
          const frame = plotFrame(380, scale);
          const [px, py] = toPixel(frame, ranges, x1, x2);
          const back = toData(frame, ranges, px, py);
          expect(back?.[0]).toBeCloseTo(x1, 9);
          expect(back?.[1]).toBeCloseTo(x2, 9);
        },
      ),
    );
  });
});
