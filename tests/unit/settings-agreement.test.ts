/**
 * One schema, three doors: for every run setting, the command line's flag parser, the URL
 * parser and the worker's config check accept and reject exactly the same values, and agree on
 * the value they accept. Values are generated per field from its own range: inside it, on its
 * edges, one double past each edge, far outside, fractional for whole-number fields, and NaN and
 * ±Infinity. The article program's settings get the same check between the command line and the
 * worker's 'article-program' request.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readUrlState, URL_KEYS } from '../../src/app/url-state';
import { parseArticleArgs } from '../../src/cli/article-command';
import { parseNetworkArgs, VALUE_FLAGS } from '../../src/cli/network-command';
import { articleOutputOptionsOf } from '../../src/engine/article-program';
import { checkRunConfig } from '../../src/engine/config-checks';
import { inputFeatureNames } from '../../src/core/features';
import type { RunConfig } from '../../src/engine/protocol';
import {
  articleFieldRange,
  ARTICLE_SETTINGS_DEFAULTS,
  MAX_BROWSER_ARTICLE_EPOCHS,
} from '../../src/settings/article';
import type { FieldRange } from '../../src/settings/kit';
import {
  COORDINATE_LIMIT,
  DEFAULT_RUN_CONFIG,
  fieldOptions,
  fieldRange,
  MAX_EXTRA_POINTS,
  runKeys,
  type NumericKey,
  type OptionKey,
  type RunKey,
} from '../../src/settings/schema';

/** The command line trains networks: every door starts from the same mlp run. */
const BASE: RunConfig = { ...DEFAULT_RUN_CONFIG, model: 'mlp' };

/** The next double after `x` towards +∞ (dir 1) or −∞ (dir −1). */
function nextAfter(x: number, dir: 1 | -1): number {
  if (x === 0) return dir * Number.MIN_VALUE;
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  bits[0]! += x > 0 === dir > 0 ? 1n : -1n;
  return new Float64Array(bits.buffer)[0]!;
}

/** In range, on the edges, just past them, far out, fractional, and not finite at all. */
function numbersFor(range: FieldRange): fc.Arbitrary<number> {
  const { min, max, integer } = range;
  const inside = integer
    ? fc.integer({ min, max })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const edges = fc.constantFrom(
    min,
    max,
    nextAfter(min, -1),
    nextAfter(max, 1),
    min - 1,
    max + 1,
    -max,
    max * 1e6,
    NaN,
    Infinity,
    -Infinity,
  );
  const fractional = fc
    .double({ min: min - 1, max: max + 1, noNaN: true, noDefaultInfinity: true })
    .filter((v) => !Number.isInteger(v));
  return fc.oneof(inside, edges, fractional, fc.double());
}

/** How a person writes the number in a flag or a link: the shortest text that reads back as it. */
const written = (value: number): string => String(value);

interface Verdicts {
  readonly cli: unknown;
  readonly url: unknown;
  readonly worker: unknown;
}
/** What each door made of the value: the stored value, or `REFUSED`. */
const REFUSED = Symbol('refused');

function cliVerdict(key: RunKey, args: string[]): unknown {
  try {
    return parseNetworkArgs(['--preset', 'network', ...args]).config[key];
  } catch {
    return REFUSED;
  }
}

function urlVerdict(key: RunKey, text: string): unknown {
  const query = `?${URL_KEYS.model}=mlp&${URL_KEYS[key]}=${encodeURIComponent(text)}`;
  const { run, notices } = readUrlState(query);
  return notices.length === 0 ? run[key] : REFUSED;
}

function workerVerdict(key: RunKey, value: unknown): unknown {
  const config = { ...BASE, [key]: value } as RunConfig;
  try {
    checkRunConfig(config);
    return config[key];
  } catch (error) {
    // A refusal is a clear RangeError naming the setting, never a crash of another kind.
    expect(error).toBeInstanceOf(RangeError);
    return REFUSED;
  }
}

function expectAgreement({ cli, url, worker }: Verdicts): void {
  expect(url).toEqual(worker);
  expect(cli).toEqual(worker);
}

/** Flag name → the setting it sets, from the command line's own table. */
const flagOf = new Map<RunKey, string>(
  Object.entries(VALUE_FLAGS).map(([flag, { key }]) => [key, flag]),
);

const numericKeys = runKeys.filter(
  (key): key is NumericKey & RunKey =>
    flagOf.has(key) && typeof DEFAULT_RUN_CONFIG[key] === 'number',
);
const optionKeys = runKeys.filter(
  (key): key is OptionKey & RunKey =>
    flagOf.has(key) && typeof DEFAULT_RUN_CONFIG[key] === 'string',
);

describe('the command line, the URL and the worker accept the same values', () => {
  it('covers every run setting that a flag can set', () => {
    // Everything but the model kind, the article neuron (the network preset has neither), the
    // two switches and the extra points (their own test below).
    const others: RunKey[] = ['model', 'neuron', 'dropLast', 'shuffle', 'extraPoints'];
    expect([...flagOf.keys()].sort()).toEqual(runKeys.filter((k) => !others.includes(k)).sort());
  });

  it.each(numericKeys)(
    '%s: in range, on the edges, past them, fractional, NaN, ±Infinity',
    (key) => {
      const flag = flagOf.get(key)!;
      fc.assert(
        fc.property(numbersFor(fieldRange(key)), (generated) => {
          const text = written(generated);
          const value = Number(text);
          expectAgreement({
            cli: cliVerdict(key, [`--${flag}=${text}`]),
            url: urlVerdict(key, text),
            worker: workerVerdict(key, value),
          });
        }),
        { numRuns: 150 },
      );
    },
  );

  it('agrees on the edges of every numeric setting, exactly', () => {
    for (const key of numericKeys) {
      const { min, max } = fieldRange(key);
      const flag = flagOf.get(key)!;
      for (const value of [min, max, nextAfter(min, -1), nextAfter(max, 1)]) {
        const text = written(value);
        const inRange = value >= min && value <= max;
        const verdicts = {
          cli: cliVerdict(key, [`--${flag}=${text}`]),
          url: urlVerdict(key, text),
          worker: workerVerdict(key, value),
        };
        expectAgreement(verdicts);
        expect(verdicts.worker, `${key} = ${text}`).toEqual(inRange ? value : REFUSED);
      }
    }
  });

  it.each(optionKeys)('%s: each option, and any other word', (key) => {
    const flag = flagOf.get(key)!;
    const options = fieldOptions(key) as readonly string[];
    const words = fc.oneof(
      fc.constantFrom(...options),
      fc.constantFrom(...options).map((o) => o.toUpperCase()),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(words, (word) => {
        expectAgreement({
          cli: cliVerdict(key, [`--${flag}=${word}`]),
          url: urlVerdict(key, word),
          worker: workerVerdict(key, word),
        });
      }),
      { numRuns: 100 },
    );
  });

  it('hidden: lists of layer sizes, good and bad, of any length', () => {
    const { min, max, maxItems = 0 } = fieldRange('hidden');
    const size = fc.oneof(
      fc.integer({ min, max }),
      fc.constantFrom(0, -1, max + 1, 2.5, NaN, Infinity),
    );
    fc.assert(
      fc.property(fc.array(size, { maxLength: maxItems + 2 }), (sizes) => {
        const text = sizes.map(written).join(',');
        expectAgreement({
          cli: cliVerdict('hidden', [`--hidden=${text}`]),
          url: urlVerdict('hidden', text),
          worker: workerVerdict(
            'hidden',
            sizes.map((s) => Number(written(s))),
          ),
        });
      }),
      { numRuns: 200 },
    );
  });

  it('inputs: lists of feature names, good and bad (unknown, repeated, empty, too many)', () => {
    const name = fc.oneof(
      fc.constantFrom(...inputFeatureNames),
      fc.constantFrom('x3', 'X1', 'x1^3', 'sin(x3)', '', 'x1 ', '__proto__'),
      fc.string({ maxLength: 6 }).filter((t) => !t.includes(',')),
    );
    fc.assert(
      fc.property(fc.array(name, { maxLength: inputFeatureNames.length + 2 }), (names) => {
        const text = names.join(',');
        expectAgreement({
          cli: cliVerdict('inputs', [`--inputs=${text}`]),
          url: urlVerdict('inputs', text),
          // Both text doors trim each name (a space after a comma is no mistake).
          worker: workerVerdict('inputs', text === '' ? [] : text.split(',').map((n) => n.trim())),
        });
      }),
      { numRuns: 300 },
    );
    // The edges, exactly: every name once is fine; any name twice, none, or an unknown one is not.
    expect(cliVerdict('inputs', [`--inputs=${inputFeatureNames.join(',')}`])).toEqual([
      ...inputFeatureNames,
    ]);
    expect(cliVerdict('inputs', ['--inputs=x1^2,x2^2'])).toEqual(['x1^2', 'x2^2']);
    for (const bad of ['x1,x1', '', 'x1,x3', 'x1^2,x2^2,x1^2']) {
      expect(cliVerdict('inputs', [`--inputs=${bad}`]), bad).toBe(REFUSED);
      expect(urlVerdict('inputs', bad), bad).toBe(REFUSED);
    }
    expect(() => checkRunConfig({ ...BASE, inputs: ['x2', 'x2'] })).toThrow(
      /input features must be a list of 1 to 7 different items \(none twice\)/,
    );
  });

  it("extraPoints: coordinates in and out of range, labels the data has and hasn't", () => {
    const coordinate = numbersFor({
      min: -COORDINATE_LIMIT,
      max: COORDINATE_LIMIT,
      integer: false,
    });
    const label = fc.constantFrom(0, 1, 2, 3, -1, 0.5);
    const point = fc.tuple(coordinate, coordinate, label);
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: MAX_EXTRA_POINTS + 2 }), (points) => {
        const texts = points.map((p) => p.map(written).join(','));
        const value = points.map((p) => p.map((v) => Number(written(v))));
        expectAgreement({
          cli: cliVerdict(
            'extraPoints',
            texts.map((t) => `--add=${t}`),
          ),
          url: urlVerdict('extraPoints', texts.join(';')),
          worker: workerVerdict('extraPoints', value),
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe("the article program's settings: command line and worker agree", () => {
  const request = (overrides: object) => ({
    ...ARTICLE_SETTINGS_DEFAULTS,
    ...overrides,
  });
  function cli(flag: string, text: string): unknown {
    try {
      return parseArticleArgs(['--preset', 'article', `--${flag}=${text}`]);
    } catch {
      return REFUSED;
    }
  }
  function worker(overrides: object): unknown {
    try {
      return articleOutputOptionsOf(
        request(overrides) as Parameters<typeof articleOutputOptionsOf>[0],
      );
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
      return REFUSED;
    }
  }
  const same = (a: unknown, b: unknown) => (a === REFUSED) === (b === REFUSED);

  it.each([
    ['lr', 'learningRate'],
    ['print-every', 'printEvery'],
    ['epochs', 'epochs'],
  ] as const)('--%s and %s', (flag, key) => {
    fc.assert(
      fc.property(numbersFor(articleFieldRange(key, 'cli')), (generated) => {
        const text = written(generated);
        const value = Number(text);
        const fromCli = cli(flag, text);
        const fromWorker = worker({ [key]: value });
        // The browser runs the program in one go, so it alone stops at fewer epochs.
        if (key === 'epochs' && value > MAX_BROWSER_ARTICLE_EPOCHS) {
          expect(fromWorker).toBe(REFUSED);
          return;
        }
        expect(same(fromCli, fromWorker), `${flag} ${text}`).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('--activation and activation', () => {
    for (const word of ['clip', 'linear', 'sigmoid', 'relu', 'Clip', '']) {
      expect(same(cli('activation', word), worker({ activation: word })), word).toBe(true);
    }
  });

  it('--add and extraPoints', () => {
    const coordinate = fc.oneof(
      fc.double({ min: -5, max: 5, noNaN: true }),
      fc.constantFrom(NaN, Infinity, -Infinity),
    );
    const point = fc.tuple(coordinate, coordinate, fc.constantFrom(0, 1, 2, -1, 0.5));
    fc.assert(
      fc.property(point, (p) => {
        const text = p.map(written).join(',');
        const value = [p.map((v) => Number(written(v)))];
        expect(same(cli('add', text), worker({ extraPoints: value })), text).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
