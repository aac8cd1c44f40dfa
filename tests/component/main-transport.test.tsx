/**
 * The main transport bar's Loss readout moves from the first sample: before any epoch has
 * finished it shows the loss measured so far in the epoch (the article's total_loss as it
 * stands), with a note saying how much of the epoch that is; then whole epochs. The live view
 * sits in the same bar.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MainTransport } from '../../src/app/MainTransport';
import { mainLoss, mainLossSoFar } from '../../src/app/main-run';
import { useCommands } from '../../src/store/commands';
import { useConfig } from '../../src/store/config';
import { useRuns } from '../../src/store/runs';
import { installClockEngine } from './harness';

afterEach(() => {
  useRuns.getState().reset();
  useConfig.getState().reset();
  useCommands.setState({ sender: null, queued: [] });
});

const loss = () => screen.getByRole('status', { name: 'Loss' });

describe('the Loss readout', () => {
  it('shows the running total of the first epoch, sample by sample, then whole epochs', () => {
    const engine = installClockEngine({ speed: 10 });
    render(<MainTransport />);
    expect(loss()).toHaveTextContent('—');
    expect(screen.queryByTestId('loss-note')).toBeNull();
    const step = () => engine.send({ type: 'step', runId: 'main', granularity: 'sample' });
    // (1 − 0.515)² for the first device: 0.235225.
    step();
    expect(loss()).toHaveTextContent(/^0\.2352$/);
    expect(screen.getByTestId('loss-note')).toHaveTextContent('1/4 so far');
    step();
    expect(screen.getByTestId('loss-note')).toHaveTextContent('2/4 so far');
    step();
    step();
    // The first epoch's total loss, as the article's program prints it.
    expect(loss()).toHaveTextContent(/^0\.4635$/);
    expect(screen.queryByTestId('loss-note')).toBeNull();
    // Into the second epoch the readout keeps the last whole epoch.
    step();
    expect(loss()).toHaveTextContent(/^0\.4635$/);
    expect(screen.queryByTestId('loss-note')).toBeNull();
    expect(screen.getByRole('group', { name: 'Live view of the run' })).toBeInTheDocument();
  });

  it('reads the mean for other models, and nothing before the first loss', () => {
    const engine = installClockEngine({ speed: 10 });
    const state = () => useRuns.getState();
    expect(mainLoss(state(), 'article')).toBeNull();
    expect(mainLossSoFar(state())).toBeNull();
    engine.send({ type: 'step', runId: 'main', granularity: 'stage' });
    expect(mainLoss(state(), 'article')).toBeNull();
    engine.send({ type: 'step', runId: 'main', granularity: 'stage' });
    engine.send({ type: 'step', runId: 'main', granularity: 'sample' });
    engine.send({ type: 'step', runId: 'main', granularity: 'stage' });
    engine.send({ type: 'step', runId: 'main', granularity: 'stage' });
    const soFar = state().runs['main']!.epochSoFar;
    expect(soFar.samples).toBe(2);
    expect(mainLossSoFar(state())).toBe(2);
    expect(mainLoss(state(), 'article')).toBe(soFar.lossSum);
    expect(mainLoss(state(), 'mlp')).toBe(soFar.lossSum / 2);
  });
});
