import { describe, expect, it } from 'vitest';
import {
  gridCoordinate,
  lossGrid,
  meanLoss,
  surfaceGrid,
  twoValleySurface,
  descendSurface,
} from '../../src/core/landscape';
import { Mlp } from '../../src/core/mlp';
import { articleDevices } from '../../src/core/datasets';
import { DEFAULT_OPTIMIZER } from '../../src/core/optimizers';

function articleNeuron() {
  const model = new Mlp({ inputSize: 2, layers: [{ size: 1, activation: 'clip' }] });
  model.params.set([0.5, 0.5, 0]);
  return model;
}

describe('loss landscape grid', () => {
  it("holds the core's loss at every sampled grid point and restores the parameters", () => {
    const model = articleNeuron();
    const data = articleDevices();
    const ranges = [
      [-1, 2],
      [-0.5, 2.5],
    ] as const;
    const grid = lossGrid(model, data, 'article', [0, 1], ranges, 128);
    expect(grid).toHaveLength(128 * 128);
    expect(Array.from(model.params)).toEqual([0.5, 0.5, 0]);
    for (const [row, column] of [
      [0, 0],
      [17, 99],
      [127, 127],
      [64, 3],
    ] as const) {
      const probe = articleNeuron();
      probe.params[0] = gridCoordinate(ranges[0], 128, column);
      probe.params[1] = gridCoordinate(ranges[1], 128, row);
      expect(grid[row * 128 + column]).toBe(meanLoss(probe, data, 'article'));
    }
  });

  it('rejects identical axes and silly resolutions', () => {
    const model = articleNeuron();
    expect(() =>
      lossGrid(
        model,
        articleDevices(),
        'article',
        [0, 0],
        [
          [0, 1],
          [0, 1],
        ],
        8,
      ),
    ).toThrow(RangeError);
    expect(() =>
      lossGrid(
        model,
        articleDevices(),
        'article',
        [0, 1],
        [
          [0, 1],
          [0, 1],
        ],
        1,
      ),
    ).toThrow(RangeError);
  });
});

describe('the designed two-valley surface', () => {
  it('has a deeper global valley than the local one', () => {
    const [gx, gy] = twoValleySurface.globalMinimumNear;
    const [lx, ly] = twoValleySurface.localMinimumNear;
    expect(twoValleySurface.value(gx, gy)).toBeLessThan(twoValleySurface.value(lx, ly));
    expect(twoValleySurface.value(0, 0)).toBeGreaterThan(twoValleySurface.value(lx, ly));
    expect(surfaceGrid(16)).toHaveLength(256);
  });

  it('its gradient matches central differences', () => {
    const out = new Float64Array(2);
    for (const [x, y] of [
      [0.3, -1.2],
      [-2, 2],
      [1.4, 0.9],
    ] as const) {
      twoValleySurface.gradient(x, y, out);
      const h = 1e-6;
      const dx = (twoValleySurface.value(x + h, y) - twoValleySurface.value(x - h, y)) / (2 * h);
      const dy = (twoValleySurface.value(x, y + h) - twoValleySurface.value(x, y - h)) / (2 * h);
      expect(out[0]).toBeCloseTo(dx, 7);
      expect(out[1]).toBeCloseTo(dy, 7);
    }
  });

  it('SGD from the left settles in the local valley; momentum from the same start reaches the global one', () => {
    const start = [-3.5, -2] as const;
    const sgd = descendSurface(start, DEFAULT_OPTIMIZER, 0.2, 800);
    const momentum = descendSurface(
      start,
      { ...DEFAULT_OPTIMIZER, name: 'momentum', momentum: 0.9 },
      0.2,
      800,
    );
    const end = (path: Float64Array) => [path[path.length - 2]!, path[path.length - 1]!];
    const [sx] = end(sgd);
    const [mx] = end(momentum);
    expect(sx).toBeLessThan(0);
    expect(mx).toBeGreaterThan(0);
  });
});
