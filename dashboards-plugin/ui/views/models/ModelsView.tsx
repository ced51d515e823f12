import { EuiFlexGrid, EuiFlexItem, EuiLoadingChart, EuiSpacer, EuiText } from '@elastic/eui';
import React, { useEffect, useRef, useState } from 'react';
import { isRunning } from '../../api/jobs';
import { markViewReady } from '../../app/performance_marks';
import { useServices } from '../../app/services';
import { usePolling } from '../../app/use_polling';
import { useRequest } from '../../app/use_request';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Panel } from '../../components/Panel';
import { JobCard } from './JobCard';
import { ModelsTable } from './ModelsTable';

/** While a run is under way the jobs are read every second, so its progress bar moves. */
export const RUNNING_POLL_MS = 1000;
export const IDLE_POLL_MS = 10_000;
/**
 * A run shows in its job only once its node has written its first status, a moment after `_run`
 * answers: until then the job still shows the run before, so the jobs are read fast meanwhile.
 */
export const STARTING_RUN_MS = 30_000;

export function ModelsView() {
  const { client, refreshCount } = useServices();
  const [restarts, setRestarts] = useState(0);
  const startingUntil = useRef(0);
  const jobs = usePolling(`jobs|${refreshCount}|${restarts}`, () => client.jobs(), (data) =>
    data?.jobs.some(isRunning) || Date.now() < startingUntil.current ? RUNNING_POLL_MS : IDLE_POLL_MS
  );
  const anyRunning = jobs.data?.jobs.some(isRunning) ?? false;
  const models = useRequest(`models|${refreshCount}|${anyRunning}`, () => client.models());

  useEffect(() => {
    if (jobs.data && models.data) {
      markViewReady('models');
    }
  }, [jobs.data, models.data]);

  const act = (id: string) => async (action: 'run' | 'start' | 'stop') => {
    const actions = { run: client.runJob, start: client.startJob, stop: client.stopJob };
    await actions[action](id);
    if (action === 'run') {
      startingUntil.current = Date.now() + STARTING_RUN_MS;
    }
    setRestarts((count) => count + 1);
  };

  return (
    <div data-test-subj="uebaModelsView">
      <Panel title="Training jobs">
        {jobs.error && <ErrorCallout title="Could not read the jobs" error={jobs.error} />}
        {!jobs.data && !jobs.error && <EuiLoadingChart size="l" />}
        {jobs.data?.jobs.length === 0 && (
          <EuiText size="s">
            <p>No training job yet: create one with PUT /_plugins/_ueba/jobs/&lt;id&gt; (see the README's Jobs).</p>
          </EuiText>
        )}
        <EuiFlexGrid columns={2} gutterSize="m">
          {jobs.data?.jobs.map((job) => (
            <EuiFlexItem key={job.id}>
              <JobCard job={job} onAction={act(job.id)} />
            </EuiFlexItem>
          ))}
        </EuiFlexGrid>
      </Panel>
      <EuiSpacer size="m" />
      <Panel title="Model versions">
        {models.error && <ErrorCallout title="Could not read the models" error={models.error} />}
        {models.data ? <ModelsTable models={models.data.models} /> : !models.error && <EuiLoadingChart size="l" />}
      </Panel>
    </div>
  );
}
