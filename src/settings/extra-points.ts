/**
 * The one rule between settings: an extra point's label must name a class of the run's data.
 * It needs the data set's class count, which only the core's generators know, so it lives
 * beside the schema rather than in it.
 */
import { articleDevices, classCount, makeDataset, type DatasetName } from '../core/datasets';
import { Rng } from '../core/rng';

interface PointSettings {
  readonly model: 'article' | 'mlp';
  readonly dataset: DatasetName;
  readonly extraPoints: readonly (readonly [number, number, number])[];
}

/** How many classes an extra point's label may name: the article's two, or the data set's. */
export function extraPointClasses(config: Pick<PointSettings, 'model' | 'dataset'>): number {
  // A four-row copy of the data set is enough to read its classes, and costs nothing.
  const data =
    config.model === 'article' ? articleDevices() : makeDataset(config.dataset, 4, 0, new Rng(0));
  return classCount(data);
}

/** Why the extra points cannot join this run's data (a label it has no class for), or null. */
export function extraPointLabelProblem(config: PointSettings): string | null {
  if (config.extraPoints.length === 0) return null;
  const classes = extraPointClasses(config);
  const bad = config.extraPoints.find(([, , label]) => !(label >= 0 && label < classes));
  if (bad === undefined) return null;
  return `an extra point's label must be from 0 to ${classes - 1} for this data, got ${bad[2]}`;
}
