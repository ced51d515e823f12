import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import React from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Job } from '../../api/jobs';
import { JobCard } from './JobCard';

function job(run: Partial<NonNullable<Job['last_run']>> | null, enabled = true): Job {
  return {
    id: 'demo',
    settings: { indices: 'logins-demo', window: '60d', models: [{ type: 'autoencoder' }, { type: 'rgcn' }], schedule: { interval: { period: 1, unit: 'Days' } } },
    enabled,
    enabled_time: enabled ? 1 : null,
    last_update_time: 1,
    last_run:
      run === null
        ? null
        : {
            run_id: 'run-1',
            state: 'running',
            phase: 'training',
            progress: 0.42,
            eta_seconds: 75,
            logins_total: 86313,
            logins_read: 86313,
            kind: 'rgcn',
            epoch: 14,
            epochs: 500,
            model_id: null,
            failed_models: [],
            reason: null,
            error: null,
            started: 1795970253516,
            updated: 1795970263516,
            ...run,
          },
  };
}

describe('JobCard', () => {
  it('shows a running job’s progress, phase and time left, and cannot run it again', () => {
    const onAction = vi.fn(async () => undefined);
    render(<JobCard job={job({})} onAction={onAction} />);
    const progress = screen.getByRole('progressbar') as HTMLProgressElement;
    expect(progress.value).toBe(42);
    expect(screen.getByText('training · 42% · about 1 min 15 s left')).toBeTruthy();
    expect(screen.getByText('rgcn, epoch 14 of 500')).toBeTruthy();
    expect(screen.getByText('autoencoder, rgcn')).toBeTruthy();
    expect(screen.getByText('every 1 days')).toBeTruthy();
    expect((screen.getByText('Run now').closest('button') as HTMLButtonElement).disabled).toBe(true);
  });

  it('names the document fields a job’s models learn from', () => {
    const withFields = job(null);
    withFields.settings.models = [
      { type: 'rgcn', relation: 'none', relation_field: 'ssh.client' },
      { type: 'rarity', user_fields: ['ssh.client', 'user_agent.original'], source_fields: ['ssh.client'] },
    ];
    render(<JobCard job={withFields} onAction={vi.fn()} />);
    expect(
      screen.getByText(
        'rgcn (relation by ssh.client), rarity (per user: ssh.client, user_agent.original; per source: ssh.client)'
      )
    ).toBeTruthy();
  });

  it('runs, stops and starts on the analyst’s click', async () => {
    const onAction = vi.fn(async () => undefined);
    const { rerender } = render(<JobCard job={job({ state: 'succeeded', progress: 1 })} onAction={onAction} />);
    const enabled = (label: string) => !(screen.getByText(label).closest('button') as HTMLButtonElement).disabled;
    fireEvent.click(screen.getByText('Run now'));
    await waitFor(() => expect(enabled('Stop schedule')).toBe(true));
    fireEvent.click(screen.getByText('Stop schedule'));
    await waitFor(() => expect(enabled('Stop schedule')).toBe(true));
    rerender(<JobCard job={job(null, false)} onAction={onAction} />);
    expect(screen.getByText('Never run.')).toBeTruthy();
    fireEvent.click(screen.getByText('Start schedule'));
    expect(onAction.mock.calls).toEqual([['run'], ['stop'], ['start']]);
  });

  it('names the kinds a succeeded run left out, and why', () => {
    const failed_models = [{ kind: 'rgcn', reason: 'the rgcn model’s training diverged at epoch 3' }];
    render(<JobCard job={job({ state: 'succeeded', progress: 1, model_id: 'run-1', failed_models })} onAction={vi.fn()} />);
    expect(screen.getByText('succeeded')).toBeTruthy();
    expect(screen.getByText('rgcn failed to train and was left out: the rgcn model’s training diverged at epoch 3')).toBeTruthy();
  });

  it('says why an action failed', async () => {
    render(<JobCard job={job({ state: 'failed', error: 'engine failed to load' })} onAction={() => Promise.reject(new Error('a run of it is under way'))} />);
    expect(screen.getByText('engine failed to load')).toBeTruthy();
    fireEvent.click(screen.getByText('Run now'));
    expect(await screen.findByText('a run of it is under way')).toBeTruthy();
  });
});
