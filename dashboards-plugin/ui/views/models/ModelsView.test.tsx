import { fireEvent, screen, waitFor } from '@testing-library/react';
import React from 'react';
import { describe, expect, it, vi } from 'vitest';
import { JobList } from '../../api/jobs';
import { fakeClient, renderWithServices } from '../../test/render_with_services';
import { ModelsView } from './ModelsView';

const finished: JobList = {
  jobs: [
    {
      id: 'demo',
      settings: { indices: 'logins-demo' },
      enabled: true,
      enabled_time: 1,
      last_update_time: 1,
      last_run: {
        run_id: 'run-1',
        state: 'succeeded',
        phase: 'saving',
        progress: 1,
        eta_seconds: null,
        logins_total: 10,
        logins_read: 0,
        kind: null,
        epoch: null,
        epochs: null,
        model_id: 'run-1',
        failed_models: [],
        reason: null,
        error: null,
        started: 1,
        updated: 2,
      },
    },
  ],
};

describe('ModelsView', () => {
  it('reads the jobs every second after Run now, while the job still shows the run before', async () => {
    const jobs = vi.fn(async () => finished);
    const runJob = vi.fn(async () => ({ run_id: 'run-2' }));
    renderWithServices(<ModelsView />, {
      client: fakeClient({ jobs, runJob, models: async () => ({ current: {}, models: [] }) }),
      hash: '#/models',
    });
    fireEvent.click(await screen.findByText('Run now'));
    await waitFor(() => expect(runJob).toHaveBeenCalledWith('demo'));
    const readsAfterRun = jobs.mock.calls.length;
    await waitFor(() => expect(jobs.mock.calls.length).toBeGreaterThanOrEqual(readsAfterRun + 2), { timeout: 3500 });
  });
});
