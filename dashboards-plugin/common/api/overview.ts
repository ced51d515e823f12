/**
 * `GET /api/ueba/overview`: one aggregation over the window's logins: how many were scored and
 * found suspicious, the highest score over time by outcome, which model kinds spoke, and the
 * users and hosts with the most suspicious logins.
 */
import { asArray, asNumber, asRecord, asString } from './json';
import { LoginFilters, loginQuery, readLoginFilters } from './login_filters';
import { LOGIN_SEARCH_OPTIONS, OpenSearchRequest } from './opensearch_request';
import { RawParameters, integer } from './parameters';
import { KindCount, MODEL_KINDS, Overview, TimelineBucket, TopEntity } from './types';

export interface OverviewSearch {
  filters: LoginFilters;
  buckets: number;
  top: number;
}

export function readOverviewSearch(parameters: RawParameters): OverviewSearch {
  return {
    filters: readLoginFilters(parameters),
    buckets: integer(parameters, 'buckets', { min: 2, max: 500, fallback: 96 }),
    top: integer(parameters, 'top', { min: 1, max: 50, fallback: 10 }),
  };
}

const SUSPICIOUS = { term: { 'ueba.suspicious': true } };

function topTerms(field: string, size: number) {
  return {
    terms: { field, size },
    aggs: { max_score: { max: { field: 'ueba.score' } } },
  };
}

export function overviewRequest(search: OverviewSearch): OpenSearchRequest {
  const kinds = Object.fromEntries(
    MODEL_KINDS.map((kind) => [
      kind,
      {
        filter: { exists: { field: `ueba.scores.${kind}` } },
        aggs: { over_threshold: { filter: { range: { [`ueba.scores.${kind}`]: { gte: 1 } } } } },
      },
    ])
  );
  return {
    method: 'POST',
    path: `/${search.filters.index}/_search`,
    querystring: LOGIN_SEARCH_OPTIONS,
    body: {
      size: 0,
      track_total_hits: true,
      query: loginQuery(search.filters),
      aggs: {
        scored: { filter: { exists: { field: 'ueba.score' } } },
        suspicious: { filter: SUSPICIOUS },
        unscored: { filter: { exists: { field: 'ueba.status' } } },
        errors: { filter: { exists: { field: 'ueba.error' } } },
        timeline: {
          auto_date_histogram: { field: '@timestamp', buckets: search.buckets },
          aggs: {
            outcome: {
              terms: { field: 'event.outcome', size: 5, missing: 'unknown' },
              aggs: {
                max_score: { max: { field: 'ueba.score' } },
                suspicious: { filter: SUSPICIOUS },
              },
            },
          },
        },
        suspicious_logins: {
          filter: SUSPICIOUS,
          aggs: {
            ...kinds,
            users: topTerms('user.name', search.top),
            source_hosts: topTerms('source.address', search.top),
            // the address names the source only when the log names no host
            source_ips: {
              filter: { bool: { must_not: { exists: { field: 'source.address' } } } },
              aggs: { top: topTerms('source.ip', search.top) },
            },
            destinations: topTerms('destination.address', search.top),
          },
        },
      },
    },
  };
}

function count(aggregation: unknown): number {
  return asNumber(asRecord(aggregation).doc_count) ?? 0;
}

function maxValue(aggregation: unknown): number | null {
  return asNumber(asRecord(aggregation).value);
}

function topEntities(aggregation: unknown): TopEntity[] {
  return asArray(asRecord(aggregation).buckets).map((bucket) => {
    const record = asRecord(bucket);
    return {
      name: asString(record.key_as_string) ?? asString(record.key) ?? '',
      suspicious: asNumber(record.doc_count) ?? 0,
      max_score: maxValue(record.max_score),
    };
  });
}

/** Sources named as the graph names them: the host when the log has one, else the address. */
function topSources(hosts: TopEntity[], ips: TopEntity[], size: number): TopEntity[] {
  return [...hosts, ...ips].sort((a, b) => b.suspicious - a.suspicious).slice(0, size);
}

export function overviewFromResponse(body: unknown, search: OverviewSearch): Overview {
  const response = asRecord(body);
  const aggregations = asRecord(response.aggregations);
  const total = asRecord(asRecord(response.hits).total);
  const timeline = asRecord(aggregations.timeline);
  const buckets: TimelineBucket[] = asArray(timeline.buckets).flatMap((bucket) => {
    const record = asRecord(bucket);
    const time = asString(record.key_as_string) ?? new Date(asNumber(record.key) ?? 0).toISOString();
    return asArray(asRecord(record.outcome).buckets).map((outcomeBucket) => {
      const outcome = asRecord(outcomeBucket);
      return {
        time,
        outcome: asString(outcome.key) ?? 'unknown',
        logins: asNumber(outcome.doc_count) ?? 0,
        suspicious: count(outcome.suspicious),
        max_score: maxValue(outcome.max_score),
      };
    });
  });
  const suspicious = asRecord(aggregations.suspicious_logins);
  const kinds: KindCount[] = MODEL_KINDS.map((kind) => ({
    kind,
    scored: count(suspicious[kind]),
    over_threshold: count(asRecord(suspicious[kind]).over_threshold),
  }));
  return {
    total: asNumber(total.value) ?? 0,
    scored: count(aggregations.scored),
    suspicious: count(aggregations.suspicious),
    unscored: count(aggregations.unscored),
    errors: count(aggregations.errors),
    interval: asString(timeline.interval),
    timeline: buckets,
    kinds,
    top_users: topEntities(suspicious.users),
    top_sources: topSources(topEntities(suspicious.source_hosts), topEntities(asRecord(suspicious.source_ips).top), search.top),
    top_destinations: topEntities(suspicious.destinations),
  };
}
