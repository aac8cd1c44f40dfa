import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readUrlState, URL_KEYS, writeUrlState } from '../../src/app/url-state';
import {
  appKeys,
  DEFAULT_APP_SETTINGS,
  DEFAULT_RUN_CONFIG,
  fieldRange,
  parseAppSettings,
  parseRunConfig,
  runKeys,
  type AppSettings,
  type SettingKey,
} from '../../src/store/config-schema';
import { extraPointClasses } from '../../src/engine/config-checks';
import { numberArb, optionArb, runFieldArbs } from '../setting-arbitraries';
import type { RunConfig } from '../../src/engine/protocol';

/** Equality that tells -0 from 0 and compares NaN with itself: "the same bits". */
function sameBits(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameBits(v, b[i]));
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return (
      ka.length === kb.length &&
      ka.every((k) =>
        sameBits((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    );
  }
  return Object.is(a, b);
}

const fieldArbs: Record<SettingKey, fc.Arbitrary<unknown>> = {
  ...runFieldArbs(),
  lesson: optionArb('lesson'),
  theme: optionArb('theme'),
  lang: optionArb('lang'),
  mode: optionArb('mode'),
  embed: fc.option(optionArb('embed'), { nil: undefined }),
  data: fc.option(fc.stringMatching(/^[0-9a-f]{16}$/), { nil: undefined }),
  speed: optionArb('speed'),
  raceRates: fc.array(numberArb('raceRates'), {
    minLength: fieldRange('raceRates').minItems ?? 1,
    maxLength: fieldRange('raceRates').maxItems ?? 1,
  }),
  reducedMotion: fc.boolean(),
};

/** Each field either keeps its default or takes a random valid value. */
function recordOf(keys: readonly SettingKey[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    Object.fromEntries(keys.map((k) => [k, fc.option(fieldArbs[k], { nil: undefined })])),
  );
}
const configArb = fc.tuple(recordOf(runKeys), recordOf(appKeys)).map(([r, a]) => {
  const run = { ...DEFAULT_RUN_CONFIG };
  const app: Record<string, unknown> = { ...DEFAULT_APP_SETTINGS };
  for (const [k, v] of Object.entries(r)) if (v !== undefined) Object.assign(run, { [k]: v });
  for (const [k, v] of Object.entries(a)) if (v !== undefined) app[k] = v;
  // Valid settings fit together: each extra point's label names a class of the run's data.
  const classes = extraPointClasses(run);
  run.extraPoints = run.extraPoints.map(([x1, x2, label]) => [x1, x2, label % classes] as const);
  return { run: run as RunConfig, app: app as AppSettings };
});

describe('writeUrlState / readUrlState', () => {
  it('writes nothing for the defaults, and reads an empty query as the defaults', () => {
    expect(writeUrlState(DEFAULT_RUN_CONFIG, DEFAULT_APP_SETTINGS)).toBe('');
    for (const search of ['', '?', '?&&', '#loop']) {
      const state = readUrlState(search);
      expect(state.run).toEqual(DEFAULT_RUN_CONFIG);
      expect(state.app).toEqual(DEFAULT_APP_SETTINGS);
      expect(state.notices).toEqual([]);
    }
  });

  it('has one short key per setting, all distinct', () => {
    const keys = Object.values(URL_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(URL_KEYS).sort()).toEqual([...runKeys, ...appKeys].sort());
  });

  it('writes readable values in a stable order', () => {
    const run = { ...DEFAULT_RUN_CONFIG, learningRate: 0.5, hidden: [8, 4], seed: 7 };
    const app = { ...DEFAULT_APP_SETTINGS, lesson: 'backprop' as const, speed: Infinity };
    expect(writeUrlState(run, app)).toBe('?ls=backprop&h=8,4&lr=0.5&s=7&sp=max');
    const points = { ...DEFAULT_RUN_CONFIG, extraPoints: [[1, -2.5, 1] as const], hidden: [] };
    expect(writeUrlState(points, DEFAULT_APP_SETTINGS)).toBe('?h=&pts=1,-2.5,1');
    const squares = { ...DEFAULT_RUN_CONFIG, inputs: ['x1^2', 'x2^2', 'sin(x1)'] as const };
    expect(writeUrlState(squares, DEFAULT_APP_SETTINGS)).toBe('?fx=x1%5E2,x2%5E2,sin(x1)');
    expect(readUrlState('?fx=x1^2,%20x1*x2').run.inputs).toEqual(['x1^2', 'x1*x2']);
    const tiny = { ...DEFAULT_RUN_CONFIG, learningRate: 1e-6, noise: 2 };
    expect(writeUrlState(tiny, DEFAULT_APP_SETTINGS)).toBe('?nz=2&lr=0.000001');
  });

  it('round-trips any valid settings bit for bit, with no notices', () => {
    fc.assert(
      fc.property(configArb, ({ run, app }) => {
        const search = writeUrlState(run, app);
        const back = readUrlState(search);
        expect(back.notices).toEqual([]);
        expect(sameBits(back.run, run)).toBe(true);
        expect(sameBits(back.app, app)).toBe(true);
        // Reading then writing again is stable too.
        expect(writeUrlState(back.run, back.app)).toBe(search);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps -0 and full-precision numbers exact', () => {
    const run = {
      ...DEFAULT_RUN_CONFIG,
      noise: 0.1 + 0.2,
      extraPoints: [[-0, 1e-300, 1] as const],
    };
    const back = readUrlState(writeUrlState(run, DEFAULT_APP_SETTINGS));
    expect(Object.is(back.run.extraPoints[0]?.[0], -0)).toBe(true);
    expect(back.run.noise).toBe(0.1 + 0.2);
    expect(back.run.extraPoints[0]?.[1]).toBe(1e-300);
  });

  it('reads hand-written links, a duplicated key taking its last value', () => {
    const { run, app, notices } = readUrlState(
      '?lr=1e-3&e=50&h=3&ls=loss&sp=max&lr=0.25&utm_source=x',
    );
    expect(run.learningRate).toBe(0.25);
    expect(run.epochs).toBe(50);
    expect(run.hidden).toEqual([3]);
    expect(app.lesson).toBe('loss');
    expect(app.speed).toBe(Infinity);
    expect(notices).toEqual([
      { key: 'lr', value: '0.25', message: 'appears 2 times; the last is used' },
    ]);
    expect(readUrlState('?lr=1e%2B0').run.learningRate).toBe(1);
    expect(readUrlState('?lr=1e+0').run.learningRate).toBe(1);
  });

  it.each([
    ['lr=abc', 'lr', 'learning rate must be between 0.000001 and 100'],
    ['lr=1e999', 'lr', 'learning rate must be between 0.000001 and 100'],
    ['lr=Infinity', 'lr', 'learning rate must be between'],
    ['e=-5', 'e', 'epochs must be a whole number between 1 and 1000000'],
    ['e=2.5', 'e', 'epochs must be a whole number'],
    ['h=1,2,999', 'h', 'hidden layer sizes must be a list of at most 6 items'],
    ['h=1,,2', 'h', 'hidden layer sizes'],
    ['d=%3Cscript%3E', 'd', 'dataset must be one of devices, devices3, circle'],
    ['d=<script>', 'd', 'dataset must be one of'],
    ['fx=x1,x1', 'fx', 'input features must be a list of 1 to 7 different items (none twice)'],
    ['fx=', 'fx', 'input features must be a list of 1 to 7'],
    [
      'fx=x3',
      'fx',
      'input features must be a list of 1 to 7 different items (none twice), each one of x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2)',
    ],
    ['pts=NaN,1,0', 'pts', 'extra points must be a list of at most 20 items'],
    ['pts=1,2', 'pts', 'extra points'],
    ['pts=1,2,3', 'pts', 'extra points'],
    ['dl=yes', 'dl', 'drop last must be true or false'],
    ['sp=7', 'sp', 'speed must be one of 1, 2, 5, 10, 30, 100, 1000, Infinity'],
    ['rr=', 'rr', 'race learning rates must be a list of 1 to 6 items'],
    ['s=2147483648', 's', 'seed must be a whole number between 0 and 2147483647'],
    ['embed=nope', 'embed', 'embedded lesson must be one of loop'],
    ['lr=%E0%A4%A', 'lr', 'is not valid URL encoding'],
    ['%E0%A4%A=1', '%E0%A4%A', 'is not valid URL encoding'],
    ['bogus=1', 'bogus', 'is not a setting of this lab'],
    [`lr=${'9'.repeat(10_000)}`, 'lr', 'learning rate is too long'],
  ])('drops %s with a notice naming the key', (query, key, message) => {
    const { run, app, notices } = readUrlState(`?${query}`);
    expect(run).toEqual(DEFAULT_RUN_CONFIG);
    expect(app).toEqual(DEFAULT_APP_SETTINGS);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.key).toBe(key);
    expect(notices[0]?.message).toContain(message);
    expect(Array.from(notices[0]?.value ?? '').length).toBeLessThanOrEqual(40);
  });

  it('keeps the valid keys of a partly broken link', () => {
    const { run, notices } = readUrlState('?lr=abc&e=30&x=1&y=2&x=3');
    expect(run.epochs).toBe(30);
    expect(run.learningRate).toBe(DEFAULT_RUN_CONFIG.learningRate);
    expect(notices.map((n) => n.key)).toEqual(['lr', 'x', 'y']);
  });

  it('caps the notices of a flood of junk keys', () => {
    const search = `?${Array.from({ length: 500 }, (_, i) => `k${i}=1`).join('&')}`;
    const { notices } = readUrlState(search);
    expect(notices.length).toBeLessThanOrEqual(21);
    expect(notices.at(-1)?.message).toBe('480 more problems');
  });
});

describe('readUrlState on hostile input', () => {
  const realKeys = Object.values(URL_KEYS);
  const junk = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.stringMatching(/^(%[0-9A-Fa-zZ]{0,2}|[=&?#+;,])*$/),
    fc.double().map(String),
    fc.integer().map(String),
    fc.constantFrom(
      'NaN',
      'Infinity',
      '-0',
      '1e999',
      '1e-999',
      'max',
      '',
      '<script>alert(1)</script>',
      '__proto__',
      'constructor',
      '1,2,3',
      '1,2,0;3,4,1',
      '%00',
      '%E0%A4%A',
      '%C0%80',
      '%uD800',
    ),
  );
  const key = fc.oneof(
    fc.constantFrom(...realKeys, '__proto__', 'constructor', 'utm_source', 'toString'),
    junk,
  );
  const query = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc
      .array(fc.tuple(key, junk), { maxLength: 8 })
      .map((kv) => `?${kv.map(([k, v]) => `${k}=${v}`).join('&')}`),
  );

  it('never throws and always yields valid settings', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { run, app, notices } = readUrlState(search);
        expect(parseRunConfig(run)).not.toBeNull();
        expect(parseAppSettings(app)).not.toBeNull();
        expect(Object.keys(run).sort()).toEqual([...runKeys].sort());
        for (const n of notices) {
          expect(typeof n.message).toBe('string');
          expect(Array.from(n.value).length).toBeLessThanOrEqual(40);
          expect(Array.from(n.key).length).toBeLessThanOrEqual(40);
        }
        // Whatever was read writes back to a link that reads the same, without complaint.
        const again = readUrlState(writeUrlState(run, app));
        expect(again.notices).toEqual([]);
        expect(sameBits(again.run, run)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('survives a 10 kB value and a prototype-polluting key', () => {
    const big = 'x'.repeat(10_000);
    expect(() => readUrlState(`?d=${big}&${big}=1&__proto__=1&constructor=2`)).not.toThrow();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const { run } = readUrlState('?__proto__[polluted]=1');
    expect(Object.getPrototypeOf(run)).toBe(Object.prototype);
  });
});

describe('settings that must fit together', () => {
  it('drops extra points whose label the model has no class for, with a notice', () => {
    const { run, notices } = readUrlState('?pts=0,0,2');
    expect(run.extraPoints).toEqual([]);
    expect(notices).toEqual([
      {
        key: 'pts',
        value: '0,0,2',
        message: "an extra point's label must be from 0 to 1 for this data, got 2",
      },
    ]);
  });

  it('keeps a third-class point on a three-class data set', () => {
    const { run, notices } = readUrlState('?m=mlp&d=devices3&pts=0,0,2');
    expect(run.extraPoints).toEqual([[0, 0, 2]]);
    expect(notices).toEqual([]);
  });
});
