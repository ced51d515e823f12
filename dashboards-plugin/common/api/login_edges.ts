/**
 * `GET /api/ueba/logins/edges`: the edges (source, relation, destination) of the logins that match
 * the filters, in the shape of the graph API's answer. The graph API knows hosts and addresses;
 * this draws where one user's logins go, which it cannot, from one composite aggregation.
 */
import { asArray, asNumber, asRecord, asString } from './json';
import { LoginFilters, loginQuery, readLoginFilters } from './login_filters';
import { LOGIN_SEARCH_OPTIONS, OpenSearchRequest } from './opensearch_request';
import { RawParameters, integer } from './parameters';
import { Graph, GraphEdge, GraphNode, ScoreStats } from './types';

export interface LoginEdgesSearch {
  filters: LoginFilters;
  max_groups: number;
}

export function readLoginEdgesSearch(parameters: RawParameters): LoginEdgesSearch {
  return {
    filters: readLoginFilters(parameters),
    max_groups: integer(parameters, 'max_groups', { min: 1, max: 5000, fallback: 1000 }),
  };
}

const GROUP_FIELDS = {
  source_address: 'source.address',
  source_ip: 'source.ip',
  destination_address: 'destination.address',
  host_name: 'host.name',
  destination_ip: 'destination.ip',
  auth_package: 'login.auth_package',
  logon_type: 'login.logon_type',
} as const;

type GroupKey = Partial<Record<keyof typeof GROUP_FIELDS, unknown>>;

export function loginEdgesRequest(search: LoginEdgesSearch): OpenSearchRequest {
  return {
    method: 'POST',
    path: `/${search.filters.index}/_search`,
    querystring: LOGIN_SEARCH_OPTIONS,
    body: {
      size: 0,
      query: loginQuery(search.filters),
      aggs: {
        groups: {
          composite: {
            size: search.max_groups,
            sources: Object.entries(GROUP_FIELDS).map(([name, field]) => ({
              [name]: { terms: { field, missing_bucket: true } },
            })),
          },
          aggs: {
            score: { stats: { field: 'ueba.score' } },
            suspicious: { filter: { term: { 'ueba.suspicious': true } } },
            failed: { filter: { term: { 'event.outcome': 'failure' } } },
            first_seen: { min: { field: '@timestamp' } },
            last_seen: { max: { field: '@timestamp' } },
          },
        },
      },
    },
  };
}

/** Names an entity as the models do: a host lowercased without its trailing dot, else the address. */
function entityName(host: unknown, ip: unknown): string {
  const name = asString(host)?.trim().replace(/\.$/, '').toLowerCase();
  return name || asString(ip) || 'unknown';
}

function relationName(key: GroupKey): string {
  const side = (value: unknown) => asString(value)?.trim().toLowerCase() || 'unknown';
  return `${side(key.auth_package)}/${side(key.logon_type)}`;
}

function statsOf(aggregation: unknown): ScoreStats | null {
  const stats = asRecord(aggregation);
  const count = asNumber(stats.count) ?? 0;
  if (count === 0) {
    return null;
  }
  return {
    count,
    min: asNumber(stats.min) ?? 0,
    mean: asNumber(stats.avg) ?? 0,
    max: asNumber(stats.max) ?? 0,
  };
}

function mergeStats(a: ScoreStats | null, b: ScoreStats | null): ScoreStats | null {
  if (a === null || b === null) {
    return a ?? b;
  }
  const count = a.count + b.count;
  return {
    count,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    mean: (a.mean * a.count + b.mean * b.count) / count,
  };
}

function earliest(a: string | null, b: string | null): string | null {
  return a === null || (b !== null && b < a) ? b : a;
}

function latest(a: string | null, b: string | null): string | null {
  return a === null || (b !== null && b > a) ? b : a;
}

function isIpName(name: string): boolean {
  return /^[\d.]+$/.test(name) || name.includes(':');
}

export function loginEdgesFromResponse(body: unknown, search: LoginEdgesSearch): Graph {
  const groups = asRecord(asRecord(asRecord(body).aggregations).groups);
  const edges = new Map<string, GraphEdge>();
  for (const bucket of asArray(groups.buckets)) {
    const group = asRecord(bucket);
    const key = asRecord(group.key) as GroupKey;
    const edge: GraphEdge = {
      source: entityName(key.source_address, key.source_ip),
      relation: relationName(key),
      target: entityName(key.destination_address ?? key.host_name, key.destination_ip),
      count: asNumber(group.doc_count) ?? 0,
      suspicious: asNumber(asRecord(group.suspicious).doc_count) ?? 0,
      failed: asNumber(asRecord(group.failed).doc_count) ?? 0,
      first_seen: asString(asRecord(group.first_seen).value_as_string),
      last_seen: asString(asRecord(group.last_seen).value_as_string),
      score: statsOf(group.score),
      scores: {},
    };
    const id = `${edge.source}\u0000${edge.relation}\u0000${edge.target}`;
    const known = edges.get(id);
    edges.set(
      id,
      known === undefined
        ? edge
        : {
            ...known,
            count: known.count + edge.count,
            suspicious: known.suspicious + edge.suspicious,
            failed: known.failed + edge.failed,
            first_seen: earliest(known.first_seen, edge.first_seen),
            last_seen: latest(known.last_seen, edge.last_seen),
            score: mergeStats(known.score, edge.score),
          }
    );
  }
  const sorted = [...edges.values()].sort(
    (a, b) => (b.score?.max ?? -1) - (a.score?.max ?? -1) || b.count - a.count
  );
  return {
    nodes: nodesOf(sorted),
    edges: sorted,
    edges_found: sorted.length,
    truncated: false,
    // a full page of groups may have left some out
    complete: asArray(groups.buckets).length < search.max_groups,
  };
}

/** The nodes of the edges, with the same counts the graph API gives its nodes. */
export function nodesOf(edges: GraphEdge[]): GraphNode[] {
  const nodes = new Map<string, GraphNode>();
  const node = (id: string): GraphNode => {
    let found = nodes.get(id);
    if (found === undefined) {
      found = {
        id,
        kind: id === 'unknown' ? 'unknown' : isIpName(id) ? 'ip' : 'host',
        logins_in: 0,
        logins_out: 0,
        suspicious: 0,
        score: null,
      };
      nodes.set(id, found);
    }
    return found;
  };
  for (const edge of edges) {
    const source = node(edge.source);
    const target = node(edge.target);
    source.logins_out += edge.count;
    target.logins_in += edge.count;
    source.suspicious += edge.suspicious;
    if (target !== source) {
      target.suspicious += edge.suspicious;
    }
    source.score = mergeStats(source.score, edge.score);
    if (target !== source) {
      target.score = mergeStats(target.score, edge.score);
    }
  }
  return [...nodes.values()];
}
