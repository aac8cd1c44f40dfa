import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PENGUIN_ROWS, PENGUIN_SPECIES } from '../../src/core/penguins-data';
import { penguinTable } from '../../src/core/penguins';
import { prepareTable } from '../../src/core/table-data';

describe('the Palmer penguins', () => {
  it('ship the 342 complete birds of the source, unchanged', () => {
    // The committed rows are what scripts/penguins.ts makes of vega-datasets' file.
    const require = createRequire(import.meta.url);
    const root = join(dirname(require.resolve('vega-datasets')), '..');
    const source = JSON.parse(readFileSync(join(root, 'data', 'penguins.json'), 'utf8')) as Record<
      string,
      unknown
    >[];
    expect(source).toHaveLength(344);
    const columns = ['Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)'];
    const complete = source
      .filter((bird) => columns.every((c) => typeof bird[c] === 'number'))
      .map((bird) => [
        ...columns.map((c) => bird[c]),
        PENGUIN_SPECIES.indexOf(bird.Species as (typeof PENGUIN_SPECIES)[number]),
      ]);
    expect(PENGUIN_ROWS).toEqual(complete);
    expect(PENGUIN_ROWS).toHaveLength(342);
    const counts = [0, 1, 2].map((k) => PENGUIN_ROWS.filter((row) => row[4] === k).length);
    expect(counts).toEqual([151, 68, 123]);
  });

  it('give two chosen measurements in their units and three classes', () => {
    const table = penguinTable('flipper_length', 'body_mass');
    expect(table.featureNames).toEqual(['flipper length (mm)', 'body mass (g)']);
    expect([table.inputs[0], table.inputs[1], table.labels[0]]).toEqual([181, 3750, 0]);
    const prepared = prepareTable(table, 'penguins');
    expect(prepared.dataset.targetSize).toBe(3);
    expect(prepared.dataset.classNames).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    expect(prepared.inputScale.mean[1]).toBeCloseTo(4201.75, 2);
    expect(() => penguinTable('beak_depth', 'beak_depth')).toThrow(/two different/);
  });
});
