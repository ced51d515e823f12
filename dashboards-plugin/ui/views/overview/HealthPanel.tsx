import { EuiBadge, EuiBasicTable, EuiDescriptionList, EuiLink, EuiSpacer, EuiText } from '@elastic/eui';
import React from 'react';
import { Job } from '../../api/jobs';
import { PluginInfo } from '../../api/plugin_info';
import { formatPercent, formatTime } from '../../components/format';
import { RunStateBadge } from '../models/RunStateBadge';

const ENGINE_COLORS: Record<string, string> = { ready: 'secondary', loading: 'warning', failed: 'danger' };

interface ModelSetRow {
  key: string;
  node: string;
  model_set: string;
  scoring_with: string;
  problem: string | null;
}

/** Whether the models score, and how the training jobs went (`GET /_plugins/_ueba`, jobs). */
export function HealthPanel({ info, jobs, jobsHref }: { info: PluginInfo; jobs: Job[]; jobsHref: string }) {
  const sets: ModelSetRow[] = info.nodes.flatMap((node) =>
    node.model_sets.map((set) => ({
      key: `${node.node}/${set.model_set}`,
      node: node.node,
      model_set: set.model_set,
      scoring_with: Object.entries(set.scoring_with)
        .map(([kind, version]) => `${kind}: ${version}`)
        .join(', '),
      problem:
        set.last_sync_error ??
        (set.unusable_model ? `cannot use ${set.unusable_model}` : null) ??
        (set.unusable_kinds.length > 0 ? `cannot read ${set.unusable_kinds.join(', ')}` : null),
    }))
  );
  return (
    <div data-test-subj="uebaHealth">
      <EuiDescriptionList
        compressed
        type="column"
        listItems={[
          {
            title: 'Engine',
            description: (
              <EuiBadge color={ENGINE_COLORS[info.engine_state ?? ''] ?? 'default'}>{info.engine_state ?? 'unknown'}</EuiBadge>
            ),
          },
          { title: 'Devices', description: info.devices.join(', ') || '–' },
          { title: 'Plugin', description: info.version ?? '–' },
          {
            title: 'Job Scheduler',
            description: info.job_scheduler_registered ? 'registered' : 'not registered',
          },
        ]}
      />
      {info.engine_error && (
        <EuiText size="s" color="danger">
          <p>{info.engine_error}</p>
        </EuiText>
      )}
      <EuiSpacer size="m" />
      <EuiBasicTable<ModelSetRow>
        compressed
        items={sets}
        noItemsMessage="No node scores with a model yet: train one under Models and jobs"
        columns={[
          { field: 'node', name: 'Node' },
          { field: 'model_set', name: 'Model set' },
          { field: 'scoring_with', name: 'Scoring with' },
          {
            field: 'problem',
            name: 'Problem',
            render: (problem: string | null) => (problem ? <EuiText size="s" color="danger">{problem}</EuiText> : '–'),
          },
        ]}
      />
      <EuiSpacer size="m" />
      <EuiBasicTable<Job>
        compressed
        items={jobs}
        noItemsMessage="No training jobs"
        columns={[
          { field: 'id', name: 'Job', render: (id: string) => <EuiLink href={jobsHref}>{id}</EuiLink> },
          {
            name: 'Last run',
            render: (job: Job) => <RunStateBadge state={job.last_run?.state ?? null} />,
          },
          {
            name: 'Progress',
            render: (job: Job) => formatPercent(job.last_run?.progress),
          },
          {
            name: 'Updated',
            render: (job: Job) => formatTime(job.last_run?.updated),
          },
        ]}
      />
    </div>
  );
}
