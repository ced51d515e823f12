/** Training jobs and their runs, as `GET /_plugins/_ueba/jobs` answers them (README, Jobs). */
import { asArray, asNumber, asRecord, asString, JsonRecord } from '../../common/api/json';
import { FailedKind, failedKindsFrom } from './models';

export interface RunStatus {
  run_id: string | null;
  state: string | null;
  phase: string | null;
  progress: number | null;
  eta_seconds: number | null;
  logins_total: number | null;
  logins_read: number | null;
  kind: string | null;
  epoch: number | null;
  epochs: number | null;
  model_id: string | null;
  failed_models: FailedKind[];
  reason: string | null;
  error: string | null;
  started: number | null;
  updated: number | null;
}

export interface Job {
  id: string;
  settings: JsonRecord;
  enabled: boolean;
  enabled_time: number | null;
  last_update_time: number | null;
  last_run: RunStatus | null;
}

export interface JobList {
  jobs: Job[];
}

function runFrom(value: unknown): RunStatus | null {
  if (value === null || value === undefined) {
    return null;
  }
  const run = asRecord(value);
  const text = (key: string) => asString(run[key]);
  const number = (key: string) => asNumber(run[key]);
  return {
    run_id: text('run_id'),
    state: text('state'),
    phase: text('phase'),
    progress: number('progress'),
    eta_seconds: number('eta_seconds'),
    logins_total: number('logins_total'),
    logins_read: number('logins_read'),
    kind: text('kind'),
    epoch: number('epoch'),
    epochs: number('epochs'),
    model_id: text('model_id'),
    failed_models: failedKindsFrom(run.failed_models),
    reason: text('reason'),
    error: text('error'),
    started: number('started'),
    updated: number('updated'),
  };
}

export function jobFrom(value: unknown): Job {
  const record = asRecord(value);
  const settings = asRecord(record.job);
  return {
    id: asString(record._id) ?? '',
    settings,
    enabled: settings.enabled !== false && asNumber(record.enabled_time) !== null,
    enabled_time: asNumber(record.enabled_time),
    last_update_time: asNumber(record.last_update_time),
    last_run: runFrom(record.last_run),
  };
}

export function jobListFrom(value: unknown): JobList {
  return { jobs: asArray(asRecord(value).jobs).map(jobFrom) };
}

export function isRunning(job: Job): boolean {
  return job.last_run?.state === 'running';
}
