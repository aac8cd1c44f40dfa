// @vitest-environment node
/**
 * The article's neuron with the sigmoid in place of the clip, against numpy. The fixtures
 * (sigmoid-variants.json and the files it names) come from scripts/reference/article_variants.py.
 *
 * What is exact and what is not: the printed program (what `train --preset article
 * --activation sigmoid` writes) equals numpy's byte for byte. The numbers behind it agree with
 * numpy until the first sample whose exp(−z) numpy and JavaScript round differently: numpy's
 * exp and V8's Math.exp are both faithful but not correctly rounded, and they differ by one ulp
 * on about one argument in ten. From there the runs drift apart by a few ulp, never by enough
 * to change a printed digit in these variants.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../cli-harness';
import { ARTICLE_PROGRAM, runArticleProgram, type ArticleEpoch } from '../../src/core/article';

const FIXTURES = fileURLToPath(new URL('../fixtures/article/', import.meta.url));

interface Variant {
  name: string;
  lr: number;
  epochs: number;
  activation: string;
  extra: [number, number, number][];
  args: string[];
}
type Exact = number | 'NaN' | 'Infinity' | '-Infinity';

const variants = (
  JSON.parse(readFileSync(`${FIXTURES}sigmoid-variants.json`, 'utf8')) as { variants: Variant[] }
).variants;
const expectedOut = (name: string): string => readFileSync(`${FIXTURES}${name}.out`, 'utf8');
const numpyEpochs = (name: string): number[][] =>
  (
    JSON.parse(readFileSync(`${FIXTURES}${name}.epochs.json`, 'utf8')) as {
      epochs: Exact[][];
    }
  ).epochs.map((row) => row.map(Number));

function coreEpochs(variant: Variant): number[][] {
  const rows: number[][] = [];
  runArticleProgram(
    {
      ...ARTICLE_PROGRAM,
      inputs: [...ARTICLE_PROGRAM.inputs, ...variant.extra.map(([x1, x2]) => [x1, x2] as const)],
      labels: [...ARTICLE_PROGRAM.labels, ...variant.extra.map(([, , label]) => label)],
      learningRate: variant.lr,
      epochs: variant.epochs,
      activation: 'sigmoid',
    },
    (epoch: ArticleEpoch) => {
      rows.push([epoch.totalLoss, epoch.weights[0], epoch.weights[1], epoch.bias]);
    },
  );
  return rows;
}

/** How many units in the last place of `expected` separate the two numbers. */
const ulps = (actual: number, expected: number): number =>
  Math.abs(actual - expected) / (Number.EPSILON * Math.abs(expected));

describe('the sigmoid neuron against numpy', () => {
  it('covers the sigmoid variants the script writes', () => {
    expect(variants.map((v) => v.name)).toContain('sigmoid');
    expect(variants.every((v) => v.activation === 'sigmoid')).toBe(true);
    expect(variants.length).toBeGreaterThanOrEqual(5);
  });

  it.each(variants.map((v) => [v.name, v] as const))(
    '%s: the command line prints what numpy printed, byte for byte',
    (_name, variant) => {
      const result = runCliCaptured(['train', '--preset', 'article', ...variant.args]);
      expect(result.err).toEqual([]);
      expect(result.code).toBe(0);
      expect(result.out.map((line) => `${line}\n`).join('')).toBe(expectedOut(variant.name));
    },
  );

  it.each(variants.map((v) => [v.name, v] as const))(
    '%s: every epoch’s loss, weights and bias lie within 32 ulp of numpy’s',
    (_name, variant) => {
      const numpy = numpyEpochs(variant.name);
      const core = coreEpochs(variant);
      expect(core).toHaveLength(numpy.length);
      core.forEach((row, epoch) =>
        row.forEach((value, k) => {
          const expected = numpy[epoch]?.[k] ?? NaN;
          expect(ulps(value, expected), `epoch ${epoch} column ${k}`).toBeLessThanOrEqual(32);
        }),
      );
    },
  );

  it('is bit for bit equal to numpy until exp first rounds differently (epoch 4 of the default)', () => {
    const numpy = numpyEpochs('sigmoid');
    const core = coreEpochs(variants.find((v) => v.name === 'sigmoid') as Variant);
    for (let epoch = 0; epoch < 4; epoch++) expect(core[epoch]).toEqual(numpy[epoch]);
    expect(core[4]).not.toEqual(numpy[4]);
  });
});
