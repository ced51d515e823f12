/** Requests to the UEBA REST API (`/_plugins/_ueba/*`), with the parameters the UI may set. */
import { OpenSearchRequest } from './opensearch_request';
import {
  ParameterError,
  RawParameters,
  decimal,
  fieldPath,
  indexLikeName,
  integer,
  loginIndices,
  oneOf,
  optionalIndexLikeName,
  requiredText,
  text,
  time,
} from './parameters';
import { DEFAULT_FROM, DEFAULT_TO } from './login_filters';
import { ENTITY_KINDS } from './types';

const API = '/_plugins/_ueba';

function withoutUndefined(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined)
  );
}

export function infoRequest(): OpenSearchRequest {
  return { method: 'GET', path: API };
}

export function modelsRequest(): OpenSearchRequest {
  return { method: 'GET', path: `${API}/models` };
}

export function jobsRequest(): OpenSearchRequest {
  return { method: 'GET', path: `${API}/jobs` };
}

export function jobRequest(params: RawParameters): OpenSearchRequest {
  return { method: 'GET', path: `${API}/jobs/${encodeURIComponent(indexLikeName(params, 'job_id'))}` };
}

export const JOB_ACTIONS = ['_run', '_start', '_stop'] as const;
export type JobAction = (typeof JOB_ACTIONS)[number];

export function jobActionRequest(action: JobAction, params: RawParameters): OpenSearchRequest {
  const id = encodeURIComponent(indexLikeName(params, 'job_id'));
  return { method: 'POST', path: `${API}/jobs/${id}/${action}` };
}

export const GRAPH_ORDERS = ['score', 'count'] as const;

export function graphRequest(query: RawParameters): OpenSearchRequest {
  const minScore = decimal(query, 'min_score', { min: 0, max: 1e9 });
  return {
    method: 'GET',
    path: `${API}/graph`,
    querystring: withoutUndefined({
      index: loginIndices(query),
      from: time(query, 'from', DEFAULT_FROM),
      to: time(query, 'to', DEFAULT_TO),
      entity: text(query, 'entity'),
      relation: text(query, 'relation'),
      relation_field: fieldPath(query, 'relation_field'),
      min_score: minScore === undefined ? undefined : String(minScore),
      max_edges: String(integer(query, 'max_edges', { min: 1, max: 5000, fallback: 500 })),
      order: oneOf(query, 'order', GRAPH_ORDERS, 'score'),
    }),
  };
}

export function entityRequest(params: RawParameters, query: RawParameters): OpenSearchRequest {
  const kind = oneOf(params, 'kind', ENTITY_KINDS);
  if (kind === undefined) {
    throw new ParameterError('kind', `is required: ${ENTITY_KINDS.join(', ')}`);
  }
  const name = requiredText(params, 'name');
  const size = query.size === undefined ? undefined : integer(query, 'size', { min: 1, max: 100, fallback: 10 });
  return {
    method: 'GET',
    path: `${API}/entities/${kind}/${encodeURIComponent(name)}`,
    querystring: withoutUndefined({
      model_set: optionalIndexLikeName(query, 'model_set'),
      size: size === undefined ? undefined : String(size),
    }),
  };
}
