import { describe, it, expect, beforeEach } from 'vitest';
import fc from 'fast-check';
import { MAX_NOTICES, useConfig } from '../../src/store/config';
import {
  appKeys,
  DEFAULT_APP_SETTINGS,
  DEFAULT_RUN_CONFIG,
  fieldLabel,
  fieldOptions,
  fieldRange,
  parseAppSettings,
  parseRunConfig,
  runKeys,
  validateField,
} from '../../src/store/config-schema';

beforeEach(() => useConfig.getState().reset());

describe('config schema', () => {
  it('defaults are the article’s and the lab’s', () => {
    expect(DEFAULT_RUN_CONFIG).toMatchObject({
      model: 'article',
      learningRate: 0.1,
      batchSize: 1,
      hidden: [6, 6],
      seed: 42,
      extraPoints: [],
    });
    expect(DEFAULT_APP_SETTINGS).toEqual({
      lesson: 'loop',
      theme: 'system',
      lang: 'en',
      mode: 'learner',
      speed: 10,
      raceRates: [0.01, 0.1, 1.5, 3],
      reducedMotion: false,
    });
    expect(parseRunConfig(DEFAULT_RUN_CONFIG)).toEqual(DEFAULT_RUN_CONFIG);
    expect(parseAppSettings(DEFAULT_APP_SETTINGS)).toEqual(DEFAULT_APP_SETTINGS);
    expect(parseRunConfig({ ...DEFAULT_RUN_CONFIG, seed: undefined })).toBeNull();
  });

  it('describes ranges and options for controls', () => {
    expect(fieldRange('learningRate')).toEqual({ min: 1e-6, max: 100, integer: false, log: true });
    expect(fieldRange('epochs')).toEqual({ min: 1, max: 10_000_000, integer: true, step: 1 });
    expect(fieldRange('hidden')).toMatchObject({ min: 1, max: 64, maxItems: 6 });
    expect(fieldOptions('speed')).toEqual([1, 2, 5, 10, 30, 100, 1000, Infinity]);
    expect(fieldOptions('embed')).toContain('backprop');
    expect(fieldOptions('hiddenActivation')).toEqual(['linear', 'relu', 'tanh', 'sigmoid']);
    expect(fieldLabel('learningRate')).toBe('learning rate');
  });

  it('validates one field with a human message', () => {
    expect(validateField('learningRate', 0.5)).toEqual({ ok: true, value: 0.5 });
    expect(validateField('learningRate', 200)).toEqual({
      ok: false,
      message: 'learning rate must be between 0.000001 and 100',
    });
    expect(validateField('learningRate', undefined).ok).toBe(false);
    expect(validateField('learningRate', NaN).ok).toBe(false);
    expect(validateField('seed', 1.5).ok).toBe(false);
    expect(validateField('embed', undefined)).toEqual({ ok: true, value: undefined });
    expect(validateField('extraPoints', [[1, 2, 3]])).toMatchObject({ ok: false });
    const hostile = {
      get length(): number {
        throw new Error('gotcha');
      },
    };
    expect(validateField('hidden', hostile).ok).toBe(false);
  });
});

describe('useConfig', () => {
  it('stores a valid value and keeps the old one (with a notice) for an invalid one', () => {
    const { setRunField, setAppField } = useConfig.getState();
    expect(setRunField('learningRate', 0.5)).toBe(true);
    expect(setRunField('learningRate', -1)).toBe(false);
    let state = useConfig.getState();
    expect(state.run.learningRate).toBe(0.5);
    expect(state.notices).toEqual([
      {
        key: 'learningRate',
        value: '-1',
        message: 'learning rate must be between 0.000001 and 100',
      },
    ]);
    // Fixing the value clears its complaint.
    setRunField('learningRate', 0.25);
    expect(useConfig.getState().notices).toEqual([]);
    setAppField('embed', 'loss');
    expect(useConfig.getState().app.embed).toBe('loss');
    setAppField('embed', undefined);
    expect('embed' in useConfig.getState().app).toBe(false);
    setAppField('speed', 3);
    state = useConfig.getState();
    expect(state.app.speed).toBe(10);
    expect(state.notices).toHaveLength(1);
    state.dismissNotice(0);
    expect(useConfig.getState().notices).toEqual([]);
  });

  it('does not notify when a value is set to what it already is', () => {
    let notified = 0;
    const unsubscribe = useConfig.subscribe(() => notified++);
    useConfig.getState().setRunField('hidden', [6, 6]);
    useConfig.getState().setRunField('seed', 42);
    unsubscribe();
    expect(notified).toBe(0);
  });

  it('replaces everything at once, still validating each field', () => {
    const run = { ...DEFAULT_RUN_CONFIG, epochs: 7, learningRate: Number.NaN };
    const notice = { key: 'lr', value: 'abc', message: 'from the URL' };
    useConfig.getState().replace(run, { ...DEFAULT_APP_SETTINGS, lesson: 'code' }, [notice]);
    const state = useConfig.getState();
    expect(state.run.epochs).toBe(7);
    expect(state.run.learningRate).toBe(DEFAULT_RUN_CONFIG.learningRate);
    expect(state.app.lesson).toBe('code');
    expect(state.notices.map((n) => n.key)).toEqual(['lr', 'learningRate']);
    state.dismissAll();
    expect(useConfig.getState().notices).toEqual([]);
  });

  it('never throws nor loses a setting, whatever is written', () => {
    const anyKey = fc.constantFrom(...runKeys);
    const anyValue = fc.oneof(
      fc.anything(),
      fc.double(),
      fc.integer(),
      fc.array(fc.integer({ min: -5, max: 80 }), { maxLength: 8 }),
      fc.array(fc.tuple(fc.double(), fc.double(), fc.integer({ min: -1, max: 3 })), {
        maxLength: 3,
      }),
      fc.constantFrom(...fieldOptions('loss'), ...fieldOptions('model'), true, false, null),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(anyKey, anyValue), { maxLength: 30 }), (writes) => {
        useConfig.getState().reset();
        for (const [key, value] of writes) {
          const before = useConfig.getState().run;
          const ok = useConfig.getState().setRunField(key, value);
          const after = useConfig.getState().run;
          expect(parseRunConfig(after)).not.toBeNull();
          if (!ok) expect(after).toBe(before);
          else expect(validateField(key, after[key]).ok).toBe(true);
        }
        const { notices, app } = useConfig.getState();
        expect(notices.length).toBeLessThanOrEqual(MAX_NOTICES);
        expect(app).toEqual(DEFAULT_APP_SETTINGS);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps app settings valid too', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...appKeys), fc.anything()), { maxLength: 20 }),
        (writes) => {
          useConfig.getState().reset();
          for (const [key, value] of writes) useConfig.getState().setAppField(key, value);
          expect(parseAppSettings(useConfig.getState().app)).not.toBeNull();
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('settings that must fit together', () => {
  beforeEach(() => useConfig.getState().reset());

  it('refuses an extra point labelled for a class the model lacks, keeping the old points', () => {
    const store = useConfig.getState();
    expect(store.setRunField('extraPoints', [[0.1, 0.2, 1]])).toBe(true);
    expect(
      useConfig.getState().setRunField('extraPoints', [
        [0.1, 0.2, 1],
        [0, 0, 2],
      ]),
    ).toBe(false);
    const { run, notices } = useConfig.getState();
    expect(run.extraPoints).toEqual([[0.1, 0.2, 1]]);
    expect(notices.at(-1)?.message).toBe(
      "an extra point's label must be from 0 to 1 for this data, got 2",
    );
  });

  it('drops third-class points, with a notice, when the model changes to two classes', () => {
    const store = useConfig.getState();
    store.setRunField('model', 'mlp');
    store.setRunField('dataset', 'devices3');
    expect(useConfig.getState().setRunField('extraPoints', [[0, 0, 2]])).toBe(true);
    expect(useConfig.getState().setRunField('model', 'article')).toBe(true);
    const { run, notices } = useConfig.getState();
    expect(run.model).toBe('article');
    expect(run.extraPoints).toEqual([]);
    expect(notices.at(-1)?.key).toBe('extraPoints');
  });
});
