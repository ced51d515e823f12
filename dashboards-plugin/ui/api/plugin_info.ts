/** The plugin's health, as `GET /_plugins/_ueba` answers it (README, REST API). */
import { asArray, asRecord, asString, asStrings } from '../../common/api/json';

export interface ModelSetHealth {
  model_set: string;
  scoring_with: Record<string, string>;
  store_current: string | null;
  unusable_model: string | null;
  unusable_kinds: string[];
  last_sync_error: string | null;
}

export interface NodeHealth {
  node: string;
  model_sets: ModelSetHealth[];
}

export interface PluginInfo {
  version: string | null;
  engine_state: string | null;
  engine_error: string | null;
  devices: string[];
  job_scheduler_registered: boolean | null;
  nodes: NodeHealth[];
}

function modelSetFrom(name: string, value: unknown): ModelSetHealth {
  const record = asRecord(value);
  const scoringWith: Record<string, string> = {};
  for (const [kind, version] of Object.entries(asRecord(record.scoring_with))) {
    const text = asString(version);
    if (text !== null) {
      scoringWith[kind] = text;
    }
  }
  return {
    model_set: name,
    scoring_with: scoringWith,
    store_current: asString(record.store_current),
    unusable_model: asString(record.unusable_model),
    unusable_kinds: asStrings(record.unusable_kinds),
    last_sync_error: asString(record.last_sync_error),
  };
}

export function pluginInfoFrom(value: unknown): PluginInfo {
  const record = asRecord(value);
  const engine = asRecord(record.engine);
  const scheduler = asRecord(record.job_scheduler);
  return {
    version: asString(record.version),
    engine_state: asString(engine.state),
    engine_error: asString(engine.error) ?? asString(engine.load_error),
    devices: asStrings(engine.devices),
    job_scheduler_registered: typeof scheduler.registered === 'boolean' ? scheduler.registered : null,
    nodes: asArray(record.nodes).map((node) => {
      const nodeRecord = asRecord(node);
      return {
        node: asString(nodeRecord.node) ?? '',
        model_sets: Object.entries(asRecord(nodeRecord.model_sets)).map(([name, set]) => modelSetFrom(name, set)),
      };
    }),
  };
}
