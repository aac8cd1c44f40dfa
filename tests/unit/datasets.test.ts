import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Rng } from '../../src/core/rng';
import type { Dataset } from '../../src/core/dataset';
import {
  DEVICE_CENTRES,
  EpochOrder,
  appendSample,
  articleDevices,
  batchCount,
  circle,
  circleSigned,
  datasetNames,
  gaussian,
  makeDataset,
  spiral,
  splitDataset,
  threeClassDevices,
  xor,
} from '../../src/core/datasets';

/** Row r of a flat row-major array. */
function row(values: Float64Array, width: number, r: number): number[] {
  return Array.from(values.subarray(r * width, (r + 1) * width));
}

/** Every row of a data set as a comparable string: inputs | targets | label. */
function rowKeys(data: Dataset): string[] {
  return Array.from({ length: data.size }, (_, r) =>
    [
      row(data.inputs, data.inputSize, r).join(','),
      row(data.targets, data.targetSize, r).join(','),
      data.labels[r],
    ].join('|'),
  );
}

function expectShapes(data: Dataset, size: number, inputSize: number, targetSize: number): void {
  expect(data.size).toBe(size);
  expect(data.inputSize).toBe(inputSize);
  expect(data.targetSize).toBe(targetSize);
  expect(data.inputs).toHaveLength(size * inputSize);
  expect(data.targets).toHaveLength(size * targetSize);
  expect(data.labels).toHaveLength(size);
  expect(data.inputs.every(Number.isFinite)).toBe(true);
}

function expectOneHot(data: Dataset): void {
  for (let r = 0; r < data.size; r++) {
    const target = row(data.targets, data.targetSize, r);
    const expected = new Array<number>(data.targetSize).fill(0);
    expected[data.labels[r] as number] = 1;
    expect(target).toEqual(expected);
  }
}

function expectBinaryTargets(data: Dataset): void {
  expect(data.targetSize).toBe(1);
  for (let r = 0; r < data.size; r++) {
    expect([0, 1]).toContain(data.labels[r]);
    expect(data.targets[r]).toBe(data.labels[r]);
  }
}

function isPermutation(values: ArrayLike<number>, n: number): boolean {
  const sorted = Array.from(values).sort((a, b) => a - b);
  return sorted.length === n && sorted.every((v, i) => v === i);
}

describe('articleDevices', () => {
  it('holds the four devices of the article, in order', () => {
    const data = articleDevices();
    expect(data.name).toBe('devices');
    expectShapes(data, 4, 2, 1);
    expect(Array.from(data.inputs)).toEqual([0.55, 0.48, 0.45, 0.72, 0.35, 0.03, 0.2, 0.03]);
    expect(Array.from(data.labels)).toEqual([1, 1, 0, 0]);
    expect(Array.from(data.targets)).toEqual([1, 1, 0, 0]);
    expect(data.featureNames).toEqual(['price', 'weight']);
    expect(data.classNames).toEqual(['ring', 'glasses']);
  });
});

describe('threeClassDevices', () => {
  it('is balanced, one-hot and centred on each class', () => {
    const data = threeClassDevices(900, 0.1, new Rng(7));
    expect(data.name).toBe('devices3');
    expectShapes(data, 900, 2, 3);
    expectOneHot(data);
    expect(data.classNames).toEqual(['glasses', 'ring', 'earbuds']);
    const counts = [0, 0, 0];
    const sums = [
      [0, 0],
      [0, 0],
      [0, 0],
    ];
    for (let r = 0; r < data.size; r++) {
      const label = data.labels[r] as number;
      counts[label]! += 1;
      sums[label]![0]! += data.inputs[2 * r]!;
      sums[label]![1]! += data.inputs[2 * r + 1]!;
      expect(data.inputs[2 * r]).toBeGreaterThanOrEqual(0);
      expect(data.inputs[2 * r + 1]).toBeLessThanOrEqual(1);
    }
    expect(counts).toEqual([300, 300, 300]);
    for (let k = 0; k < 3; k++) {
      const centre = DEVICE_CENTRES[k]!;
      expect(sums[k]![0]! / 300).toBeCloseTo(centre[0], 1);
      expect(Math.abs(sums[k]![1]! / 300 - centre[1])).toBeLessThan(0.03);
    }
  });

  it('puts glasses heavier than earbuds and earbuds heavier than rings', () => {
    expect(DEVICE_CENTRES[0]![1]).toBeGreaterThan(DEVICE_CENTRES[2]![1]);
    expect(DEVICE_CENTRES[2]![1]).toBeGreaterThan(DEVICE_CENTRES[1]![1]);
  });
});

describe('toy generators', () => {
  const generators = { circle, circleSigned, xor, gaussian, spiral };

  it.each(Object.entries(generators))('%s: same seed gives identical data', (_, generate) => {
    const a = generate(200, 0.2, new Rng(42));
    const b = generate(200, 0.2, new Rng(42));
    expect(Array.from(a.inputs)).toEqual(Array.from(b.inputs));
    expect(Array.from(a.targets)).toEqual(Array.from(b.targets));
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
  });

  it.each(Object.entries(generators))(
    '%s: a different seed gives different data',
    (_, generate) => {
      const a = generate(200, 0.2, new Rng(1));
      const b = generate(200, 0.2, new Rng(2));
      expect(Array.from(a.inputs)).not.toEqual(Array.from(b.inputs));
    },
  );

  it('binary sets have one 0/1 output equal to the label and x1, x2 features', () => {
    for (const generate of [circle, xor, gaussian, spiral]) {
      const data = generate(101, 0.1, new Rng(3));
      expectShapes(data, 101, 2, 1);
      expectBinaryTargets(data);
      expect(data.featureNames).toEqual(['x1', 'x2']);
      expect(data.classNames).toHaveLength(2);
    }
  });

  it('circle: without noise, label 1 exactly inside radius 2.5, all within radius 5', () => {
    const data = circle(2000, 0, new Rng(11));
    let inside = 0;
    for (let r = 0; r < data.size; r++) {
      const radius = Math.hypot(data.inputs[2 * r]!, data.inputs[2 * r + 1]!);
      expect(radius).toBeLessThanOrEqual(5 + 1e-12);
      expect(data.labels[r]).toBe(radius < 2.5 ? 1 : 0);
      inside += data.labels[r]!;
    }
    // Uniform density over the area: a quarter of the disc lies inside half the radius.
    expect(inside / data.size).toBeGreaterThan(0.2);
    expect(inside / data.size).toBeLessThan(0.3);
    expect(data.classNames).toEqual(['outside', 'inside']);
  });

  it('circle: noise jitters points after labelling', () => {
    const clean = circle(500, 0, new Rng(5));
    const noisy = circle(500, 1, new Rng(5));
    let mislabelled = 0;
    for (let r = 0; r < noisy.size; r++) {
      const radius = Math.hypot(noisy.inputs[2 * r]!, noisy.inputs[2 * r + 1]!);
      if ((radius < 2.5 ? 1 : 0) !== noisy.labels[r]) mislabelled++;
    }
    expect(mislabelled).toBeGreaterThan(0);
    expect(Array.from(noisy.inputs)).not.toEqual(Array.from(clean.inputs));
  });

  it('circleSigned: the same points as circle with ±1 targets and 0/1 labels', () => {
    const plain = circle(300, 0.3, new Rng(9));
    const signed = circleSigned(300, 0.3, new Rng(9));
    expect(Array.from(signed.inputs)).toEqual(Array.from(plain.inputs));
    expect(Array.from(signed.labels)).toEqual(Array.from(plain.labels));
    for (let r = 0; r < signed.size; r++) {
      expect(signed.targets[r]).toBe(signed.labels[r] === 1 ? 1 : -1);
    }
  });

  it('xor: without noise, label 1 iff x1·x2 > 0, inside [-5,5]² and away from the axes', () => {
    const data = xor(2000, 0, new Rng(13));
    let positives = 0;
    for (let r = 0; r < data.size; r++) {
      const x1 = data.inputs[2 * r]!;
      const x2 = data.inputs[2 * r + 1]!;
      expect(data.labels[r]).toBe(x1 * x2 > 0 ? 1 : 0);
      for (const x of [x1, x2]) {
        expect(Math.abs(x)).toBeGreaterThanOrEqual(0.3);
        expect(Math.abs(x)).toBeLessThanOrEqual(5);
      }
      positives += data.labels[r]!;
    }
    expect(positives / data.size).toBeGreaterThan(0.4);
    expect(positives / data.size).toBeLessThan(0.6);
  });

  it('gaussian: clusters centred at (2,2) for label 1 and (-2,-2) for label 0', () => {
    const data = gaussian(1000, 0, new Rng(17));
    const sums = [0, 0, 0, 0];
    for (let r = 0; r < data.size; r++) {
      const k = data.labels[r]!;
      sums[2 * k]! += data.inputs[2 * r]!;
      sums[2 * k + 1]! += data.inputs[2 * r + 1]!;
    }
    const means = sums.map((s) => s / 500);
    expect(means[0]).toBeCloseTo(-2, 0);
    expect(means[1]).toBeCloseTo(-2, 0);
    expect(means[2]).toBeCloseTo(2, 0);
    expect(means[3]).toBeCloseTo(2, 0);
  });

  it('gaussian: more noise spreads the clusters', () => {
    const spread = (noise: number): number => {
      const data = gaussian(1000, noise, new Rng(19));
      let total = 0;
      for (let r = 0; r < data.size; r++) {
        const centre = data.labels[r] === 1 ? 2 : -2;
        total += (data.inputs[2 * r]! - centre) ** 2;
      }
      return Math.sqrt(total / data.size);
    };
    expect(spread(0)).toBeCloseTo(0.5, 1);
    expect(spread(0.5)).toBeGreaterThan(1.5);
  });

  it('spiral: balanced arms within radius 5; one-hot for three arms', () => {
    const two = spiral(200, 0, new Rng(23));
    expect(two.name).toBe('spiral');
    expect(two.classNames).toEqual(['arm 1', 'arm 2']);
    const three = spiral(300, 0, new Rng(23), 3);
    expectShapes(three, 300, 2, 3);
    expectOneHot(three);
    expect(three.classNames).toEqual(['arm 1', 'arm 2', 'arm 3']);
    const counts = [0, 0, 0];
    for (let r = 0; r < three.size; r++) {
      counts[three.labels[r]!]! += 1;
      expect(Math.hypot(three.inputs[2 * r]!, three.inputs[2 * r + 1]!)).toBeLessThanOrEqual(
        5 + 1e-12,
      );
    }
    expect(counts).toEqual([100, 100, 100]);
  });

  it('spiral: rejects a bad number of arms', () => {
    expect(() => spiral(100, 0, new Rng(1), 1)).toThrow(RangeError);
    expect(() => spiral(100, 0, new Rng(1), 2.5)).toThrow(RangeError);
  });
});

describe('makeDataset', () => {
  it('builds every named set with the requested size', () => {
    for (const name of datasetNames) {
      const data = makeDataset(name, 60, 0.1, new Rng(29));
      expect(data.name).toBe(name);
      expect(data.size).toBe(name === 'devices' ? 4 : 60);
    }
    expect(makeDataset('spiral3', 60, 0.1, new Rng(1)).targetSize).toBe(3);
    expect(makeDataset('devices3', 60, 0.1, new Rng(1)).targetSize).toBe(3);
  });

  it('devices ignores size and noise', () => {
    const a = makeDataset('devices', 10, 0, new Rng(1));
    const b = makeDataset('devices', 500, 2, new Rng(2));
    expect(rowKeys(a)).toEqual(rowKeys(articleDevices()));
    expect(rowKeys(b)).toEqual(rowKeys(a));
  });

  it('throws a RangeError on a bad size or noise', () => {
    for (const size of [0, 1.5, Number.NaN, -3, 100_001, Infinity]) {
      expect(() => makeDataset('circle', size, 0.1, new Rng(1))).toThrow(RangeError);
    }
    for (const noise of [-1, Number.NaN, Infinity, 10.5]) {
      expect(() => makeDataset('xor', 100, noise, new Rng(1))).toThrow(RangeError);
    }
    expect(() => makeDataset('circle', 0, 0.1, new Rng(1))).toThrow(/size/);
    expect(() => makeDataset('circle', 100_000, 10, new Rng(1))).not.toThrow();
  });
});

describe('splitDataset', () => {
  it('splits into round(size × fraction) validation rows and the rest, a permutation of the original', () => {
    const data = circle(250, 0.1, new Rng(31));
    const { train, validation } = splitDataset(data, 0.2, new Rng(37));
    expect(validation.size).toBe(50);
    expect(train.size).toBe(200);
    expectShapes(train, 200, 2, 1);
    expectShapes(validation, 50, 2, 1);
    const combined = [...rowKeys(train), ...rowKeys(validation)].sort();
    expect(combined).toEqual(rowKeys(data).sort());
    for (const part of [train, validation]) {
      expect(part.name).toBe(data.name);
      expect(part.featureNames).toEqual(data.featureNames);
      expect(part.classNames).toEqual(data.classNames);
    }
  });

  it('chooses different validation rows for different seeds', () => {
    const data = circle(100, 0, new Rng(1));
    const a = splitDataset(data, 0.3, new Rng(1)).validation;
    const b = splitDataset(data, 0.3, new Rng(2)).validation;
    expect(rowKeys(a)).not.toEqual(rowKeys(b));
  });

  it('fraction 0 gives an empty validation set; an out-of-range fraction throws', () => {
    const data = articleDevices();
    const { train, validation } = splitDataset(data, 0, new Rng(1));
    expect(validation.size).toBe(0);
    expect(validation.inputs).toHaveLength(0);
    expect(rowKeys(train)).toEqual(rowKeys(data));
    expect(() => splitDataset(data, 0.95, new Rng(1))).toThrow(RangeError);
    expect(() => splitDataset(data, -0.1, new Rng(1))).toThrow(RangeError);
  });
});

describe('appendSample', () => {
  it('adds a binary row whose target is the label, leaving the original untouched', () => {
    const data = articleDevices();
    const grown = appendSample(data, [0.3, 0.1], 0);
    expectShapes(grown, 5, 2, 1);
    expect(row(grown.inputs, 2, 4)).toEqual([0.3, 0.1]);
    expect(grown.targets[4]).toBe(0);
    expect(grown.labels[4]).toBe(0);
    expect(rowKeys(grown).slice(0, 4)).toEqual(rowKeys(data));
    expect(data.size).toBe(4);
    expect(grown.classNames).toEqual(data.classNames);
  });

  it('adds a one-hot row to a multi-class set', () => {
    const grown = appendSample(threeClassDevices(6, 0, new Rng(1)), [0.3, 0.2], 2);
    expect(grown.size).toBe(7);
    expect(row(grown.targets, 3, 6)).toEqual([0, 0, 1]);
    expect(grown.labels[6]).toBe(2);
  });

  it('rejects bad shapes, values and labels', () => {
    const data = articleDevices();
    expect(() => appendSample(data, [0.3], 0)).toThrow(RangeError);
    expect(() => appendSample(data, [0.3, Number.NaN], 0)).toThrow(RangeError);
    expect(() => appendSample(data, [0.3, 0.1], 2)).toThrow(RangeError);
    expect(() => appendSample(data, [0.3, 0.1], 0.5)).toThrow(RangeError);
    expect(() => appendSample(data, [0.3, 0.1], -1)).toThrow(RangeError);
  });
});

describe('batching', () => {
  it('counts iterations per epoch', () => {
    expect(batchCount(1000, 32, true)).toBe(31);
    expect(batchCount(1000, 32, false)).toBe(32);
    expect(batchCount(1024, 32, true)).toBe(32);
    expect(batchCount(1024, 32, false)).toBe(32);
    expect(batchCount(4, 1, true)).toBe(4);
    expect(batchCount(3, 8, true)).toBe(0);
    expect(batchCount(3, 8, false)).toBe(1);
    expect(batchCount(0, 8, false)).toBe(0);
    expect(() => batchCount(10, 0, false)).toThrow(RangeError);
    expect(() => batchCount(-1, 4, false)).toThrow(RangeError);
  });

  it('EpochOrder shuffles every epoch, the first included, in place', () => {
    const order = new EpochOrder(50, true, new Rng(41));
    const identity = Array.from({ length: 50 }, (_, i) => i);
    const held = order.indices;
    const first = Array.from(order.indices);
    expect(isPermutation(first, 50)).toBe(true);
    expect(first).not.toEqual(identity);
    order.next();
    const second = Array.from(order.indices);
    expect(order.indices).toBe(held);
    expect(isPermutation(second, 50)).toBe(true);
    expect(second).not.toEqual(first);
  });

  it('EpochOrder keeps 0..n−1 without shuffling', () => {
    const order = new EpochOrder(20, false, new Rng(43));
    const identity = Array.from({ length: 20 }, (_, i) => i);
    expect(Array.from(order.indices)).toEqual(identity);
    order.next();
    expect(Array.from(order.indices)).toEqual(identity);
  });

  it('EpochOrder is reproducible from the seed and handles an empty set', () => {
    const a = new EpochOrder(30, true, new Rng(47));
    const b = new EpochOrder(30, true, new Rng(47));
    a.next();
    b.next();
    expect(Array.from(a.indices)).toEqual(Array.from(b.indices));
    const empty = new EpochOrder(0, true, new Rng(1));
    empty.next();
    expect(empty.indices).toHaveLength(0);
  });
});

describe('properties', () => {
  it('batch counts cover the set and split sizes add up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 600 }),
        (size, batchSize) => {
          const full = batchCount(size, batchSize, false);
          const dropped = batchCount(size, batchSize, true);
          // Without dropping, the batches cover every sample and the last one is non-empty.
          expect(full * batchSize).toBeGreaterThanOrEqual(size);
          expect(Math.max(full - 1, 0) * batchSize).toBeLessThan(Math.max(size, 1));
          // Dropping the short batch leaves only full batches and fewer than one batch over.
          expect(dropped * batchSize).toBeLessThanOrEqual(size);
          expect(size - dropped * batchSize).toBeLessThan(batchSize);
          expect(full - dropped).toBe(size % batchSize === 0 ? 0 : 1);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 400 }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (size, fraction, seed) => {
          const data = gaussian(size, 0.1, new Rng(seed));
          const { train, validation } = splitDataset(data, fraction, new Rng(seed + 1));
          expect(train.size + validation.size).toBe(size);
          expect(validation.size).toBe(Math.min(Math.round(size * fraction), size - 1));
          expect(train.inputs).toHaveLength(train.size * 2);
          expect(validation.labels).toHaveLength(validation.size);
        },
      ),
      { numRuns: 60 },
    );
  });
});
