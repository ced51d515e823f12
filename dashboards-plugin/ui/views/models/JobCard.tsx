import {
  EuiBadge,
  EuiButton,
  EuiCallOut,
  EuiDescriptionList,
  EuiFlexGroup,
  EuiFlexItem,
  EuiPanel,
  EuiProgress,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import React, { useState } from 'react';
import { asArray, asRecord, asString } from '../../../common/api/json';
import { Job, RunStatus, isRunning } from '../../api/jobs';
import { formatCount, formatPercent, formatSeconds, formatTime } from '../../components/format';
import { FailedKinds } from './FailedKinds';
import { RunStateBadge } from './RunStateBadge';

function scheduleText(settings: Record<string, unknown>): string {
  const schedule = asRecord(settings.schedule);
  const interval = asRecord(schedule.interval);
  const cron = asRecord(schedule.cron);
  if (interval.period !== undefined) {
    return `every ${asString(interval.period)} ${asString(interval.unit)?.toLowerCase() ?? ''}`;
  }
  return cron.expression !== undefined ? `cron ${asString(cron.expression)} ${asString(cron.timezone) ?? ''}` : '–';
}

/** A kind, and the document fields it learns from where it names any: `rgcn (relation by ssh.client)`. */
function modelText(model: Record<string, unknown>): string {
  const kind = asString(model.type) ?? '?';
  const relationField = asString(model.relation_field);
  const fields = (setting: unknown) => asArray(setting).map(asString).filter((field) => field !== undefined);
  const userFields = fields(model.user_fields);
  const sourceFields = fields(model.source_fields);
  const reads = [
    ...(relationField ? [`relation by ${relationField}`] : []),
    ...(userFields.length > 0 ? [`per user: ${userFields.join(', ')}`] : []),
    ...(sourceFields.length > 0 ? [`per source: ${sourceFields.join(', ')}`] : []),
  ];
  return reads.length > 0 ? `${kind} (${reads.join('; ')})` : kind;
}

function modelsText(settings: Record<string, unknown>): string {
  const models = asArray(settings.models).map((model) => modelText(asRecord(model)));
  return models.length > 0 ? models.join(', ') : 'autoencoder';
}

function RunProgress({ run }: { run: RunStatus }) {
  const running = run.state === 'running';
  const percent = Math.round((run.progress ?? 0) * 1000) / 10;
  const steps = [
    run.phase,
    formatPercent(run.progress),
    running && run.eta_seconds !== null
      ? run.eta_seconds < 1
        ? 'almost done'
        : `about ${formatSeconds(run.eta_seconds)} left`
      : null,
  ].filter(Boolean);
  return (
    <div data-test-subj="uebaRun">
      <EuiText size="s">
        <p data-test-subj="uebaRunLabel">{steps.join(' · ')}</p>
      </EuiText>
      <EuiProgress
        value={percent}
        max={100}
        size="m"
        color={run.state === 'failed' || run.state === 'interrupted' ? 'danger' : running ? 'primary' : 'secondary'}
        data-test-subj="uebaRunProgress"
        aria-label="progress of the run"
      />
      <EuiSpacer size="s" />
      <EuiDescriptionList
        compressed
        type="column"
        listItems={[
          { title: 'Run', description: run.run_id ?? '–' },
          { title: 'Started', description: formatTime(run.started) },
          { title: 'Logins read', description: `${formatCount(run.logins_read)} of ${formatCount(run.logins_total)}` },
          {
            title: 'Training',
            description: run.kind ? `${run.kind}, epoch ${formatCount(run.epoch)} of ${formatCount(run.epochs)}` : '–',
          },
          { title: 'Model', description: run.model_id ?? '–' },
        ]}
      />
      <FailedKinds failed={run.failed_models} />
      {(run.reason || run.error) && (
        <EuiText size="s" color={run.error ? 'danger' : 'default'}>
          <p>{run.error ?? run.reason}</p>
        </EuiText>
      )}
    </div>
  );
}

interface Props {
  job: Job;
  onAction(action: 'run' | 'start' | 'stop'): Promise<unknown>;
}

export function JobCard({ job, onAction }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const act = (action: 'run' | 'start' | 'stop') => async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onAction(action);
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    } finally {
      setBusy(false);
    }
  };
  const running = isRunning(job);
  return (
    <EuiPanel hasBorder hasShadow={false} data-test-subj={`uebaJob-${job.id}`}>
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiTitle size="xs">
            <h3>{job.id}</h3>
          </EuiTitle>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiBadge color={job.enabled ? 'secondary' : 'default'}>{job.enabled ? 'scheduled' : 'schedule off'}</EuiBadge>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <RunStateBadge state={job.last_run?.state ?? null} />
        </EuiFlexItem>
        <EuiFlexItem />
        <EuiFlexItem grow={false}>
          <EuiButton size="s" fill iconType="play" isDisabled={running || busy} onClick={act('run')} data-test-subj={`uebaRunJob-${job.id}`}>
            Run now
          </EuiButton>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          {job.enabled ? (
            <EuiButton size="s" iconType="pause" isDisabled={busy} onClick={act('stop')} data-test-subj={`uebaStopJob-${job.id}`}>
              Stop schedule
            </EuiButton>
          ) : (
            <EuiButton size="s" iconType="clock" isDisabled={busy} onClick={act('start')} data-test-subj={`uebaStartJob-${job.id}`}>
              Start schedule
            </EuiButton>
          )}
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="s" />
      <EuiDescriptionList
        compressed
        type="column"
        listItems={[
          { title: 'Indices', description: asString(job.settings.indices) ?? '–' },
          { title: 'Window', description: asString(job.settings.window) ?? '–' },
          { title: 'Model set', description: asString(job.settings.model_set) ?? 'default' },
          { title: 'Models', description: modelsText(job.settings) },
          { title: 'Schedule', description: scheduleText(job.settings) },
        ]}
      />
      <EuiSpacer size="s" />
      {job.last_run ? <RunProgress run={job.last_run} /> : <EuiText size="s">Never run.</EuiText>}
      {error && (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut color="danger" size="s" title={error} iconType="alert" />
        </>
      )}
    </EuiPanel>
  );
}
