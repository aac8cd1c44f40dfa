/**
 * The overfitting lab's settings in the link (`f.` keys, src/app/lab-url.ts): any lab the
 * learner can reach reads back from its link exactly, the lab as it starts writes nothing, and
 * junk never throws: it leaves a lab that trains, and says what it dropped.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { LAB_KEYS } from '../../src/app/lab-url';
import { readUrlState, writeUrlState } from '../../src/app/url-state';
import { runFieldArbs } from '../setting-arbitraries';
import type { RunConfig } from '../../src/engine/protocol';
import { extraPointClasses } from '../../src/engine/config-checks';
import { FIT_EPOCHS_RANGE, FIT_HIDDEN_RANGE, fitsFitLab } from '../../src/settings/fit';
import type { LabLink } from '../../src/store/config';
import {
  DEFAULT_APP_SETTINGS,
  DEFAULT_RUN_CONFIG,
  displayValue,
  runKeys,
  runSettingsProblem,
} from '../../src/store/config-schema';
import { presetNames, presets } from '../../src/lessons/overfitting/presets';

const link = (search: string) => readUrlState(search);
const labQuery = (lab: LabLink | null) =>
  writeUrlState(DEFAULT_RUN_CONFIG, DEFAULT_APP_SETTINGS, lab);

/** Any value the lab accepts for each run setting: the schema's, within the lab's limits. */
const labFieldArbs = runFieldArbs({
  hidden: fc.array(fc.integer({ min: FIT_HIDDEN_RANGE.min, max: FIT_HIDDEN_RANGE.max }), {
    maxLength: FIT_HIDDEN_RANGE.maxItems ?? 0,
  }),
  epochs: fc.integer({ min: FIT_EPOCHS_RANGE.min, max: FIT_EPOCHS_RANGE.max }),
});

/** A preset, with each setting either left as the preset has it or changed to a valid value. */
const labArb: fc.Arbitrary<LabLink> = fc
  .tuple(
    fc.constantFrom(...presetNames),
    fc.record(
      Object.fromEntries(
        runKeys.map((key) => [key, fc.option(labFieldArbs[key], { nil: undefined })]),
      ),
    ),
  )
  .map(([base, changes]) => {
    const config: Record<string, unknown> = { ...presets[base] };
    for (const [key, value] of Object.entries(changes))
      if (value !== undefined) config[key] = value;
    // A valid run's added points name classes its data has.
    const classes = extraPointClasses(config as unknown as RunConfig);
    config.extraPoints = (config.extraPoints as [number, number, number][]).map(
      ([x1, x2, label]) => [x1, x2, label % classes] as const,
    );
    return { config: config as unknown as RunConfig, base };
  });

/** Equal to the bit: -0 is not 0. */
function sameBits(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameBits(v, b[i]));
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) =>
      sameBits((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    );
  }
  return Object.is(a, b);
}

/** A run the lab can train: the schema's checks and the lab's limits, as a lab file's. */
function isTrainableLab(lab: LabLink): boolean {
  return (
    runSettingsProblem(lab.config) === null &&
    fitsFitLab('hidden', lab.config.hidden) &&
    fitsFitLab('epochs', lab.config.epochs) &&
    (presetNames as readonly string[]).includes(lab.base)
  );
}

describe('the lab in the link', () => {
  it('writes nothing for the lab as it starts, and reads no lab from a link without one', () => {
    expect(labQuery(null)).toBe('');
    expect(labQuery({ config: presets.overfit, base: 'overfit' })).toBe('');
    expect(link('?h=3&lr=0.5').lab).toBeNull();
  });

  it('writes what differs from the preset it started from, in a fixed order', () => {
    const config = {
      ...presets.overfit,
      inputs: ['x1^2', 'x2^2'] as const,
      learningRate: 0.03,
      hidden: [8, 8],
    };
    expect(labQuery({ config, base: 'overfit' })).toBe('?f.h=8,8&f.fx=x1%5E2,x2%5E2&f.lr=0.03');
    expect(labQuery({ config: presets['just-right'], base: 'just-right' })).toBe('?f.p=just-right');
    const withDropout = { ...presets.underfit, dropout: 0.3 };
    expect(labQuery({ config: withDropout, base: 'underfit' })).toBe('?f.p=underfit&f.dr=0.3');
    // After the main settings, whose keys it does not touch.
    const run = { ...DEFAULT_RUN_CONFIG, hidden: [3] };
    expect(writeUrlState(run, DEFAULT_APP_SETTINGS, { config, base: 'overfit' })).toMatch(
      /^\?h=3&f\.h=8,8&/,
    );
  });

  it('reads a hand-written link on top of its preset, apart from the main run', () => {
    const { run, lab, notices } = link('?h=3&f.h=5&f.p=underfit&f.es=20');
    expect(notices).toEqual([]);
    expect(run.hidden).toEqual([3]);
    expect(lab).toEqual({
      config: { ...presets.underfit, hidden: [5], patience: 20 },
      base: 'underfit',
    });
  });

  it('round-trips any lab bit for bit, with no notices', () => {
    fc.assert(
      fc.property(labArb, (lab) => {
        const search = labQuery(lab);
        const back = link(search);
        expect(back.notices).toEqual([]);
        if (back.lab === null) {
          // Nothing written: the lab is where it starts.
          expect(search).toBe('');
          expect(sameBits(lab, { config: presets.overfit, base: 'overfit' })).toBe(true);
          return;
        }
        expect(sameBits(back.lab, lab)).toBe(true);
        expect(labQuery(back.lab)).toBe(search);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['f.h', 'f.h=40', 'hidden layer sizes must fit the lab: at most 6 layers of 1 to 32 neurons'],
    [
      'f.h',
      'f.h=8,8,8,8,8,8,8',
      'hidden layer sizes must be a list of at most 6 items, each a whole number between 1 and 64',
    ],
    ['f.e', 'f.e=5000', 'epochs must fit the lab: 1 to 2000'],
    ['f.lr', 'f.lr=abc', 'learning rate must be between 0.000001 and 100'],
    ['f.p', 'f.p=huge', "the lab's preset must be one of underfit, overfit, just-right"],
    ['f.zz', 'f.zz=1', 'is not a setting of the overfitting lab'],
    ['f.ls', 'f.ls=loss', 'is not a setting of the overfitting lab'],
    ['f.pts', 'f.pts=0,0,2', "an extra point's label must be from 0 to 1 for this data, got 2"],
    ['f.nz', `f.nz=${'1'.repeat(3000)}`, 'noise is too long'],
  ])(
    'drops a bad %s with a notice naming it, and starts the lab as it would',
    (key, query, message) => {
      const { lab, notices, run } = link(`?${query}`);
      expect(run).toEqual(DEFAULT_RUN_CONFIG);
      expect(lab).toEqual({ config: presets.overfit, base: 'overfit' });
      expect(notices).toHaveLength(1);
      expect(notices[0]?.key).toBe(key);
      expect(notices[0]?.message).toBe(message);
    },
  );

  it('keeps the usable keys of a partly broken link', () => {
    const { lab, notices } = link('?f.h=99&f.dr=0.3&f.bogus=1&f.d=devices3&f.pts=1,1,2&f.h=4,4');
    expect(lab?.config).toMatchObject({ hidden: [4, 4], dropout: 0.3, dataset: 'devices3' });
    expect(lab?.config.extraPoints).toEqual([[1, 1, 2]]);
    expect(notices.map((n) => [n.key, n.message])).toEqual([
      ['f.h', 'appears 2 times; the last is used'],
      ['f.bogus', 'is not a setting of the overfitting lab'],
    ]);
  });
});

describe('points added to imported data (f.add)', () => {
  const hash = '0123456789abcdef';
  const withData = { ...DEFAULT_APP_SETTINGS, data: hash };
  const point = fc.tuple(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );

  it('round-trips any points, to the bit, after the lab settings', () => {
    fc.assert(
      fc.property(labArb, fc.array(point, { minLength: 1, maxLength: 20 }), (lab, added) => {
        const search = writeUrlState(DEFAULT_RUN_CONFIG, withData, { ...lab, added });
        expect(search).toMatch(/&f\.add=[^&]+$/);
        const back = link(search);
        expect(back.notices).toEqual([]);
        expect(sameBits(back.lab?.added, added)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads them in the data’s own units, and writes nothing when there are none', () => {
    const { lab, notices } = link(`?data=${hash}&f.add=44.5,17.1,2;-3,0.25,0`);
    expect(notices).toEqual([]);
    expect(lab?.added).toEqual([
      [44.5, 17.1, 2],
      [-3, 0.25, 0],
    ]);
    const none = writeUrlState(DEFAULT_RUN_CONFIG, withData, { ...lab!, added: [] });
    expect(none).toBe(`?data=${hash}`);
  });

  it.each([
    [`f.add=1,2,0`, 'adds points to imported data, but the link names no data (data)'],
    [`data=nothex&f.add=1,2,0`, 'adds points to imported data, but the link names no data (data)'],
    [
      `data=${hash}&f.add=1,2`,
      'the points added to imported data must be at most 20 points x1,x2,value separated by ;',
    ],
    [
      `data=${hash}&f.add=1,2,x`,
      'the points added to imported data must be at most 20 points x1,x2,value separated by ;',
    ],
    [
      `data=${hash}&f.add=`,
      'the points added to imported data must be at most 20 points x1,x2,value separated by ;',
    ],
    [
      `data=${hash}&f.add=${'1,1,0;'.repeat(20)}1,1,0`,
      'the points added to imported data must be at most 20 points x1,x2,value separated by ;',
    ],
  ])('drops %s with a notice, keeping the rest of the lab', (query, message) => {
    const { lab, notices } = link(`?${query}`);
    expect(lab).toEqual({ config: presets.overfit, base: 'overfit' });
    expect(notices.filter((n) => n.key === 'f.add').map((n) => n.message)).toEqual([message]);
  });
});

/** The keys of a query as the app splits and decodes them (those it can decode). */
function givenKeys(search: string): string[] {
  const query = (search.split('#', 1)[0] ?? '').replace(/^\?/, '');
  return query
    .split('&')
    .filter((part) => part !== '')
    .flatMap((part) => {
      const eq = part.indexOf('=');
      try {
        return [decodeURIComponent(eq < 0 ? part : part.slice(0, eq))];
      } catch {
        return [];
      }
    });
}

describe('junk lab keys', () => {
  const junkText = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.stringMatching(/^(%[0-9A-Fa-zZ]{0,2}|[=&?#+;,.])*$/),
    fc.double().map(String),
    fc.constantFrom('', 'NaN', '-0', '1e999', '__proto__', 'constructor', '1,2,3', '99,99'),
  );
  const key = fc.oneof(
    fc.constantFrom(...LAB_KEYS),
    junkText.map((text) => `f.${text}`),
    fc.constantFrom('f.', 'f.__proto__', 'f.constructor', 'f.p.h'),
  );
  const value = fc.oneof(junkText, fc.constantFrom(...presetNames, '24,24', '0.03', 'x1^2'));
  const query = fc
    .array(fc.tuple(key, value), { maxLength: 8 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);

  it('never throws, and leaves a lab that trains, with a notice for each key it could not use', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { lab, notices } = link(search);
        if (lab === null) return;
        expect(isTrainableLab(lab)).toBe(true);
        expect(Object.keys(lab.config).sort()).toEqual([...runKeys].sort());
        // Every key the lab does not know is named in a notice.
        const noticed = new Set(notices.map((n) => n.key));
        for (const k of givenKeys(search)) {
          if (k.startsWith('f.') && !LAB_KEYS.includes(k) && notices.length < 20) {
            expect(noticed.has(displayValue(k))).toBe(true);
          }
        }
        // What was kept writes a link that reads back the same, without complaint.
        const again = link(labQuery(lab));
        expect(again.notices).toEqual([]);
        if (again.lab !== null) expect(sameBits(again.lab, lab)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the lab store and its link', () => {
  it('starts from the link when made after it was read, and writes its changes back', async () => {
    vi.resetModules();
    const { useConfig } = await import('../../src/store/config');
    const config = { ...presets['just-right'], hidden: [3], dropout: 0.3 };
    useConfig.getState().setLab({ config, base: 'just-right' });
    const { useFit } = await import('../../src/lessons/overfitting/fit-store');
    expect(useFit.getState()).toMatchObject({ config, base: 'just-right', preset: null });

    expect(useFit.getState().setField('learningRate', 0.05)).toBe(true);
    expect(useConfig.getState().lab).toEqual({
      config: { ...config, learningRate: 0.05 },
      base: 'just-right',
    });
  });

  it('takes a link read after it was made (a link to the lesson loads the lab first)', async () => {
    vi.resetModules();
    const { useConfig } = await import('../../src/store/config');
    const { useFit } = await import('../../src/lessons/overfitting/fit-store');
    expect(useFit.getState()).toMatchObject({ base: 'overfit', preset: 'overfit' });
    useConfig.getState().setLab({ config: presets.underfit, base: 'underfit' });
    expect(useFit.getState()).toMatchObject({
      config: presets.underfit,
      base: 'underfit',
      preset: 'underfit',
    });
    useFit.getState().applyPreset('overfit');
    expect(useConfig.getState().lab).toEqual({ config: presets.overfit, base: 'overfit' });
  });
});
