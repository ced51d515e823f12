/** Stored model versions, as `GET /_plugins/_ueba/models` answers them (README, The model store). */
import { asArray, asNumber, asRecord, asString, asStrings } from '../../common/api/json';

export interface KindTraining {
  type: string;
  mode: string | null;
  training_rows: number | null;
  threshold: number | null;
  threshold_method: string | null;
  took_millis: number | null;
  metrics: Record<string, number>;
}

/** A kind the run left out of its version because its training failed, and why. */
export interface FailedKind {
  kind: string;
  reason: string;
}

export interface ModelVersion {
  model_id: string;
  model_set: string | null;
  kinds: string[];
  created: number | null;
  indices: string | null;
  window_from: number | null;
  window_to: number | null;
  logins_read: number | null;
  logins_learned: number | null;
  users: number | null;
  took_millis: number | null;
  training: KindTraining[];
  failed: FailedKind[];
  current: boolean;
}

export interface ModelList {
  current: Record<string, string>;
  models: ModelVersion[];
}

function kindTrainingFrom(value: unknown): KindTraining {
  const record = asRecord(value);
  const threshold = asRecord(record.threshold);
  const metrics: Record<string, number> = {};
  for (const [name, metric] of Object.entries(asRecord(record.metrics))) {
    const number = asNumber(metric);
    if (number !== null) {
      metrics[name] = number;
    }
  }
  return {
    type: asString(record.type) ?? 'unknown',
    mode: asString(record.mode),
    training_rows: asNumber(record.training_rows),
    threshold: asNumber(threshold.value),
    threshold_method: asString(threshold.method),
    took_millis: asNumber(record.took_millis),
    metrics,
  };
}

/** A run's `failed_models`, in a version's training or a job's last run; none where an older plugin wrote none. */
export function failedKindsFrom(value: unknown): FailedKind[] {
  return asArray(value).map((failed) => {
    const record = asRecord(failed);
    return { kind: asString(record.kind) ?? 'unknown', reason: asString(record.reason) ?? '' };
  });
}

export function modelVersionFrom(value: unknown): ModelVersion {
  const record = asRecord(value);
  const training = asRecord(record.training);
  const window = asRecord(record.window);
  const indices = record.indices;
  return {
    model_id: asString(record.model_id) ?? '',
    model_set: asString(record.model_set),
    kinds: asStrings(record.kinds),
    created: asNumber(record.created),
    indices: Array.isArray(indices) ? asStrings(indices).join(',') : asString(indices),
    window_from: asNumber(window.from),
    window_to: asNumber(window.to),
    logins_read: asNumber(training.logins_read),
    logins_learned: asNumber(training.logins_learned),
    users: asNumber(training.users),
    took_millis: asNumber(training.took_millis),
    training: asArray(training.models).map(kindTrainingFrom),
    failed: failedKindsFrom(training.failed_models),
    current: record.current === true,
  };
}

export function modelListFrom(value: unknown): ModelList {
  const record = asRecord(value);
  const current: Record<string, string> = {};
  for (const [set, id] of Object.entries(asRecord(record.current))) {
    const text = asString(id);
    if (text !== null) {
      current[set] = text;
    }
  }
  return { current, models: asArray(record.models).map(modelVersionFrom) };
}
