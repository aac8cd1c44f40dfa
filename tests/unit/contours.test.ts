import { describe, expect, it } from 'vitest';
import { colormapTable, luminance, viridis } from '../../src/ui/landscape/colormap';
import { contourLines } from '../../src/ui/landscape/contours';
import { niceTicks, nodeCoordinate } from '../../src/ui/landscape/layout';
import { contourLevels, normalise, valueScale } from '../../src/ui/landscape/scale';

const RANGE = [-1, 1] as const;

/** f over [-1, 1]² on the engine's grid layout (row = y, column = x, nodes at both ends). */
function gridOf(resolution: number, f: (x: number, y: number) => number): Float64Array {
  const grid = new Float64Array(resolution * resolution);
  for (let row = 0; row < resolution; row++) {
    for (let column = 0; column < resolution; column++) {
      grid[row * resolution + column] = f(
        nodeCoordinate(RANGE, resolution, column),
        nodeCoordinate(RANGE, resolution, row),
      );
    }
  }
  return grid;
}

/** Distances from the origin of a line's points, in data units. */
function radii(points: Float64Array, resolution: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < points.length; k += 2) {
    const x = nodeCoordinate(RANGE, resolution, points[k] as number);
    const y = nodeCoordinate(RANGE, resolution, points[k + 1] as number);
    out.push(Math.hypot(x, y));
  }
  return out;
}

describe('marching-squares contours', () => {
  it('draws one closed circle of the right radius around a cone', () => {
    const resolution = 101;
    const cone = gridOf(resolution, (x, y) => Math.hypot(x, y));
    for (const level of [0.25, 0.5, 0.8]) {
      const lines = contourLines(cone, resolution, level);
      expect(lines).toHaveLength(1);
      const [line] = lines;
      expect(line?.closed).toBe(true);
      expect(line?.level).toBe(level);
      const r = radii(line!.points, resolution);
      // A circle of radius r crosses about 2r / cell vertical and as many horizontal grid
      // lines, twice each: 4r(resolution − 1) edges for a cell of 2 / (resolution − 1).
      expect(r.length).toBeGreaterThanOrEqual(Math.floor(0.95 * 4 * level * (resolution - 1)));
      for (const value of r) expect(value).toBeCloseTo(level, 2);
    }
  });

  it('finds a bowl’s level set at radius √level, and open lines where it leaves the grid', () => {
    const resolution = 64;
    const bowl = gridOf(resolution, (x, y) => x * x + y * y);
    const [inside] = contourLines(bowl, resolution, 0.36);
    expect(inside?.closed).toBe(true);
    for (const value of radii(inside!.points, resolution)) expect(value).toBeCloseTo(0.6, 1);
    // Radius 1.2 leaves the square through its sides: four open arcs across the corners.
    const corners = contourLines(bowl, resolution, 1.44);
    expect(corners).toHaveLength(4);
    for (const arc of corners) {
      expect(arc.closed).toBe(false);
      for (const value of radii(arc.points, resolution)) expect(value).toBeCloseTo(1.2, 1);
    }
  });

  it('draws nothing when the level is outside the values, and skips non-finite cells', () => {
    const resolution = 16;
    const bowl = gridOf(resolution, (x, y) => x * x + y * y);
    expect(contourLines(bowl, resolution, 5)).toEqual([]);
    expect(contourLines(bowl, resolution, -1)).toEqual([]);
    const holed = bowl.slice();
    holed.fill(NaN, 0, resolution * 4);
    const lines = contourLines(holed, resolution, 0.5);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      for (let k = 1; k < line.points.length; k += 2) {
        expect(line.points[k]).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('separates the two hills of a saddle cell by its centre value', () => {
    // Two high corners on one diagonal, centre low: two separate short lines.
    const grid = Float64Array.from([1, 0, 0, 1]);
    const lines = contourLines(grid, 2, 0.6);
    expect(lines).toHaveLength(2);
  });
});

describe('contour levels and colour scale', () => {
  it('spaces levels evenly and strictly increasing on a linear scale', () => {
    const scale = valueScale(Float64Array.from([0.5, 1, 2, 3.5]));
    expect(scale.log).toBe(false);
    const levels = contourLevels(scale, 12);
    expect(levels).toHaveLength(12);
    expect(levels[0]).toBeGreaterThan(0.5);
    expect(levels[11]).toBeLessThan(3.5);
    for (let k = 1; k < levels.length; k++) {
      expect(levels[k]! - levels[k - 1]!).toBeCloseTo(levels[1]! - levels[0]!, 12);
    }
  });

  it('switches to log-spaced levels when the values span decades', () => {
    const scale = valueScale(Float64Array.from([0.001, 0.1, 4, 20]));
    expect(scale.log).toBe(true);
    const levels = contourLevels(scale, 10);
    expect(levels).toHaveLength(10);
    for (let k = 1; k < levels.length; k++) {
      expect(levels[k]!).toBeGreaterThan(levels[k - 1]!);
      expect(levels[k]! / levels[k - 1]!).toBeCloseTo(levels[1]! / levels[0]!, 10);
    }
    expect(levels[9]).toBeLessThan(20);
    // Forced linear on the same values.
    expect(valueScale(Float64Array.from([0.001, 0.1, 4, 20]), false).log).toBe(false);
  });

  it('finds the smallest finite value and where it is, ignoring NaN and infinity', () => {
    const scale = valueScale(Float64Array.from([3, NaN, 0.25, Infinity, 1]));
    expect(scale.min).toBe(0.25);
    expect(scale.minIndex).toBe(2);
    expect(scale.max).toBe(3);
    expect(normalise(scale, 0.25)).toBe(0);
    expect(normalise(scale, 3)).toBe(1);
    expect(normalise(scale, NaN)).toBeNaN();
  });

  it('maps low to dark and high to light, with lightness rising all the way', () => {
    const table = colormapTable(64);
    let previous = -1;
    for (let i = 0; i < 64; i++) {
      const rgb = [table[3 * i]!, table[3 * i + 1]!, table[3 * i + 2]!] as const;
      const l = luminance(rgb);
      expect(l).toBeGreaterThan(previous);
      previous = l;
    }
    expect(viridis(0)).toEqual([68, 1, 84]);
    expect(viridis(1)).toEqual([253, 231, 37]);
  });

  it('puts round axis ticks inside the range', () => {
    expect(niceTicks([-1, 3]).values).toEqual([-1, 0, 1, 2, 3]);
    const { values, decimals } = niceTicks([-0.35, 0.8]);
    expect(decimals).toBeGreaterThan(0);
    for (const v of values) expect(v >= -0.35 && v <= 0.8).toBe(true);
  });
});
