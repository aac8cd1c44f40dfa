/** Learning-rate schedules: the rate to use in a given epoch (counted from 0). */
export type ScheduleName = 'constant' | 'step' | 'exponential' | 'cosine';
export const scheduleNames: readonly ScheduleName[] = ['constant', 'step', 'exponential', 'cosine'];

export interface ScheduleSettings {
  readonly name: ScheduleName;
  /** Step decay: multiply by `gamma` every `stepEvery` epochs. Exponential: by `gamma` each epoch. */
  readonly gamma: number;
  readonly stepEvery: number;
  /** Cosine: the rate at the last epoch, as a fraction of the base rate. */
  readonly floor: number;
}

export const DEFAULT_SCHEDULE: ScheduleSettings = {
  name: 'constant',
  gamma: 0.5,
  stepEvery: 25,
  floor: 0,
};

export function learningRateAt(
  schedule: ScheduleSettings,
  baseRate: number,
  epoch: number,
  totalEpochs: number,
): number {
  switch (schedule.name) {
    case 'constant':
      return baseRate;
    case 'step':
      return baseRate * schedule.gamma ** Math.floor(epoch / Math.max(1, schedule.stepEvery));
    case 'exponential':
      return baseRate * schedule.gamma ** epoch;
    case 'cosine': {
      const progress = totalEpochs <= 1 ? 1 : Math.min(1, epoch / (totalEpochs - 1));
      const low = baseRate * schedule.floor;
      return low + ((baseRate - low) * (1 + Math.cos(Math.PI * progress))) / 2;
    }
  }
}
