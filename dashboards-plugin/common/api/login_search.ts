/** `GET /api/ueba/logins`: a page of scored logins, filtered, most suspicious or latest first. */
import { asArray, asNumber, asRecord, asString, asStrings, pick } from './json';
import { LoginFilters, loginQuery, readLoginFilters } from './login_filters';
import { LOGIN_SEARCH_OPTIONS, OpenSearchRequest } from './opensearch_request';
import { ParameterError, RawParameters, integer, oneOf } from './parameters';
import { Login, LoginPage, MODEL_KINDS } from './types';

export const LOGIN_SORTS = ['score', 'time', 'time_asc'] as const;
export type LoginSort = (typeof LOGIN_SORTS)[number];

export const MAX_PAGE_SIZE = 500;
/** OpenSearch's default `index.max_result_window`: deeper pages need search_after. */
export const MAX_RESULT_WINDOW = 10_000;

export interface LoginSearch {
  filters: LoginFilters;
  sort: LoginSort;
  size: number;
  page: number;
}

export function readLoginSearch(parameters: RawParameters): LoginSearch {
  const search = {
    filters: readLoginFilters(parameters),
    sort: oneOf(parameters, 'sort', LOGIN_SORTS, 'score'),
    size: integer(parameters, 'size', { min: 1, max: MAX_PAGE_SIZE, fallback: 50 }),
    page: integer(parameters, 'page', { min: 0, max: MAX_RESULT_WINDOW, fallback: 0 }),
  };
  if ((search.page + 1) * search.size > MAX_RESULT_WINDOW) {
    throw new ParameterError('page', `reaches past the first ${MAX_RESULT_WINDOW} logins; narrow the filters`);
  }
  return search;
}

const SORTS: Record<LoginSort, unknown[]> = {
  score: [{ 'ueba.score': { order: 'desc', missing: '_last' } }, { '@timestamp': { order: 'desc' } }],
  time: [{ '@timestamp': { order: 'desc' } }],
  time_asc: [{ '@timestamp': { order: 'asc' } }],
};

const SOURCE_FIELDS = [
  '@timestamp',
  'user.name',
  'user.domain',
  'source.ip',
  'source.address',
  'source.geo.country_iso_code',
  'destination.address',
  'host.name',
  'destination.ip',
  'event.outcome',
  'login.auth_package',
  'login.logon_type',
  'ueba.score',
  'ueba.suspicious',
  'ueba.scores',
  'ueba.explanation',
  'ueba.features.novelty',
  'ueba.model_version',
  'ueba.status',
  'ueba.error',
];

export function loginSearchRequest(search: LoginSearch): OpenSearchRequest {
  return {
    method: 'POST',
    path: `/${search.filters.index}/_search`,
    querystring: LOGIN_SEARCH_OPTIONS,
    body: {
      query: loginQuery(search.filters),
      sort: SORTS[search.sort],
      size: search.size,
      from: search.page * search.size,
      track_total_hits: MAX_RESULT_WINDOW,
      _source: SOURCE_FIELDS,
    },
  };
}

export function loginFromHit(hit: unknown): Login {
  const record = asRecord(hit);
  const source = record._source;
  const read = (path: string) => asString(pick(source, path));
  const scores: Partial<Record<string, number>> = {};
  const rawScores = asRecord(pick(source, 'ueba.scores'));
  for (const kind of [...MODEL_KINDS, ...Object.keys(rawScores)]) {
    const value = asNumber(rawScores[kind] ?? pick(source, `ueba.scores.${kind}`));
    if (value !== null) {
      scores[kind] = value;
    }
  }
  return {
    id: asString(record._id) ?? '',
    index: asString(record._index) ?? '',
    timestamp: read('@timestamp'),
    user: read('user.name'),
    user_domain: read('user.domain'),
    source_ip: read('source.ip'),
    source_address: read('source.address'),
    source_country: read('source.geo.country_iso_code'),
    destination: read('destination.address') ?? read('host.name') ?? read('destination.ip'),
    outcome: read('event.outcome'),
    auth_package: read('login.auth_package'),
    logon_type: read('login.logon_type'),
    score: asNumber(pick(source, 'ueba.score')),
    suspicious: pick(source, 'ueba.suspicious') === true,
    scores,
    explanation: asStrings(pick(source, 'ueba.explanation')),
    novelty: asStrings(pick(source, 'ueba.features.novelty')),
    model_version: read('ueba.model_version'),
    status: read('ueba.status'),
    error: read('ueba.error'),
  };
}

export function loginPageFromResponse(body: unknown): LoginPage {
  const hits = asRecord(asRecord(body).hits);
  const total = asRecord(hits.total);
  return {
    total: asNumber(total.value) ?? asNumber(hits.total) ?? 0,
    total_is_exact: total.relation !== 'gte',
    logins: asArray(hits.hits).map(loginFromHit),
  };
}
