import { describe, expect, it } from 'vitest';
import { loginEdgesFromResponse, loginEdgesRequest, readLoginEdgesSearch } from './login_edges';
import { readLoginFilters, loginQuery } from './login_filters';
import { loginPageFromResponse, loginSearchRequest, readLoginSearch } from './login_search';
import { overviewFromResponse, overviewRequest, readOverviewSearch } from './overview';
import { ParameterError } from './parameters';

const filterOf = (query: Record<string, string>) =>
  (loginQuery(readLoginFilters(query)) as { bool: { filter: unknown[] } }).bool.filter;

describe('login filters', () => {
  it('always bound the time range, and add one clause per filter', () => {
    expect(filterOf({})).toEqual([
      { range: { '@timestamp': { gte: 'now-7d', lt: 'now', format: 'strict_date_optional_time||epoch_millis' } } },
    ]);
    const filter = filterOf({ min_score: '1', suspicious: 'true', outcome: 'failure', kind: 'rgcn' });
    expect(filter).toContainEqual({ range: { 'ueba.score': { gte: 1 } } });
    expect(filter).toContainEqual({ term: { 'ueba.suspicious': true } });
    expect(filter).toContainEqual({ term: { 'event.outcome': { value: 'failure', case_insensitive: true } } });
    expect(filter).toContainEqual({ range: { 'ueba.scores.rgcn': { gte: 1 } } });
  });

  it('match a user by the name the models use, whatever domain the log wrote', () => {
    const [, user] = filterOf({ user: 'alice' });
    expect(JSON.stringify(user)).toContain('"*\\\\\\\\alice"');
    expect(JSON.stringify(user)).toContain('"alice@*"');
  });

  it('search IP fields only with IP addresses, which they would refuse otherwise', () => {
    expect(JSON.stringify(filterOf({ source: 'ws-01' }))).not.toContain('source.ip');
    expect(JSON.stringify(filterOf({ source: '10.0.0.1' }))).toContain('source.ip');
    expect(JSON.stringify(filterOf({ destination: 'dc-01' }))).not.toContain('destination.ip');
    expect(() => readLoginFilters({ entity_kind: 'ip', entity: 'dc-01' })).toThrow(ParameterError);
    expect(() => readLoginFilters({ entity: 'dc-01' })).toThrow('[entity_kind]');
  });

  it('read a relation as the graph names it, unknown sides included', () => {
    const filter = filterOf({ relation: 'ntlm/unknown' });
    expect(filter).toContainEqual({ term: { 'login.auth_package': { value: 'ntlm', case_insensitive: true } } });
    expect(filter).toContainEqual({ bool: { must_not: { exists: { field: 'login.logon_type' } } } });
    expect(() => readLoginFilters({ relation: 'ntlm' })).toThrow('[relation]');
    expect(() => readLoginFilters({ relation: 'ntlm/network/x' })).toThrow('[relation]');
  });

  it('read a relation ended by a field, as the graph draws it with relation_field', () => {
    const filter = filterOf({ relation: 'ssh/network/ssh-2.0-openssh_9.6/x', relation_field: 'ssh.client' });
    expect(filter).toContainEqual({ term: { 'login.auth_package': { value: 'ssh', case_insensitive: true } } });
    expect(filter).toContainEqual({ term: { 'login.logon_type': { value: 'network', case_insensitive: true } } });
    expect(filter).toContainEqual({
      term: { 'ssh.client': { value: 'ssh-2.0-openssh_9.6/x', case_insensitive: true } },
    });
    expect(filterOf({ relation: 'ssh/network/unknown', relation_field: 'ssh.client' })).toContainEqual({
      bool: { must_not: { exists: { field: 'ssh.client' } } },
    });
    expect(() => readLoginFilters({ relation: 'ssh/network', relation_field: 'ssh.client' })).toThrow('[relation]');
    expect(() => readLoginFilters({ relation_field: 'ssh.client' })).toThrow('[relation_field]');
    expect(() => readLoginFilters({ relation: 'ssh/network/x', relation_field: 'ssh..client' })).toThrow(
      '[relation_field]'
    );
  });
});

describe('login search', () => {
  it('pages within the result window', () => {
    const request = loginSearchRequest(readLoginSearch({ index: 'logins-demo', size: '20', page: '2', sort: 'time' }));
    expect(request.path).toBe('/logins-demo/_search');
    expect(request.body).toMatchObject({ size: 20, from: 40, sort: [{ '@timestamp': { order: 'desc' } }] });
    expect(() => readLoginSearch({ size: '500', page: '20' })).toThrow('[page]');
  });

  it('reads hits with nested or dotted fields into logins', () => {
    const page = loginPageFromResponse({
      hits: {
        total: { value: 2, relation: 'eq' },
        hits: [
          {
            _id: 'a',
            _index: 'logins-demo',
            _source: {
              '@timestamp': '2026-11-23T13:33:32.011Z',
              user: { name: 'athompson' },
              source: { ip: '73.84.39.111', geo: { country_iso_code: 'US' } },
              destination: { address: 'VPN-GW-01' },
              event: { outcome: 'success' },
              ueba: {
                score: 2.95,
                suspicious: true,
                scores: { autoencoder: 8.35, rgcn: 2.54 },
                explanation: ['autoencoder: first login from this source for this user'],
              },
            },
          },
          { _id: 'b', _index: 'logins-demo', _source: { 'user.name': 'bob', 'host.name': 'WS-1', 'ueba.status': 'no_model' } },
        ],
      },
    });
    expect(page.total).toBe(2);
    expect(page.logins[0]).toMatchObject({
      user: 'athompson',
      source_country: 'US',
      destination: 'VPN-GW-01',
      score: 2.95,
      suspicious: true,
      scores: { autoencoder: 8.35, rgcn: 2.54 },
    });
    expect(page.logins[1]).toMatchObject({ user: 'bob', destination: 'WS-1', score: null, status: 'no_model' });
  });
});

describe('overview', () => {
  it('reads counts, the timeline by outcome, kinds and top entities', () => {
    const search = readOverviewSearch({ index: 'logins-demo', top: '2' });
    expect(overviewRequest(search).body).toMatchObject({ size: 0 });
    const overview = overviewFromResponse(
      {
        hits: { total: { value: 100 } },
        aggregations: {
          scored: { doc_count: 90 },
          suspicious: { doc_count: 3 },
          unscored: { doc_count: 10 },
          errors: { doc_count: 0 },
          timeline: {
            interval: '12h',
            buckets: [
              {
                key_as_string: '2026-11-02T00:00:00.000Z',
                outcome: {
                  buckets: [
                    { key: 'success', doc_count: 60, max_score: { value: 2.5 }, suspicious: { doc_count: 2 } },
                    { key: 'failure', doc_count: 40, max_score: { value: null }, suspicious: { doc_count: 1 } },
                  ],
                },
              },
            ],
          },
          suspicious_logins: {
            autoencoder: { doc_count: 3, over_threshold: { doc_count: 2 } },
            users: { buckets: [{ key: 'alice', doc_count: 3, max_score: { value: 2.5 } }] },
            source_hosts: { buckets: [{ key: 'WS-1', doc_count: 1, max_score: { value: 1.2 } }] },
            source_ips: { top: { buckets: [{ key: '95.28.142.29', doc_count: 2, max_score: { value: 2.5 } }] } },
            destinations: { buckets: [] },
          },
        },
      },
      search
    );
    expect(overview).toMatchObject({ total: 100, scored: 90, suspicious: 3, unscored: 10, interval: '12h' });
    expect(overview.timeline).toEqual([
      { time: '2026-11-02T00:00:00.000Z', outcome: 'success', logins: 60, suspicious: 2, max_score: 2.5 },
      { time: '2026-11-02T00:00:00.000Z', outcome: 'failure', logins: 40, suspicious: 1, max_score: null },
    ]);
    expect(overview.kinds).toEqual([
      { kind: 'autoencoder', scored: 3, over_threshold: 2 },
      { kind: 'rarity', scored: 0, over_threshold: 0 },
      { kind: 'rgcn', scored: 0, over_threshold: 0 },
    ]);
    expect(overview.top_sources.map((top) => top.name)).toEqual(['95.28.142.29', 'WS-1']);
  });
});

describe('login edges', () => {
  it('name and merge groups into edges as the graph names them', () => {
    const search = readLoginEdgesSearch({ entity_kind: 'user', entity: 'alice', max_groups: '10' });
    expect(JSON.stringify(loginEdgesRequest(search).body)).toContain('"composite"');
    const group = (key: Record<string, string | null>, count: number, max: number) => ({
      key,
      doc_count: count,
      score: { count, min: max / 2, avg: (max * 3) / 4, max },
      suspicious: { doc_count: max >= 1 ? 1 : 0 },
      failed: { doc_count: 0 },
      first_seen: { value_as_string: '2026-11-02T00:00:00.000Z' },
      last_seen: { value_as_string: '2026-11-03T00:00:00.000Z' },
    });
    const graph = loginEdgesFromResponse(
      {
        aggregations: {
          groups: {
            buckets: [
              group({ source_address: 'WS-1', source_ip: '10.0.0.1', destination_address: 'DC-01', auth_package: 'Kerberos', logon_type: 'Network' }, 4, 0.5),
              group({ source_address: 'ws-1.', source_ip: '10.0.0.2', destination_address: 'dc-01', auth_package: 'kerberos', logon_type: 'network' }, 2, 2),
              group({ source_address: null, source_ip: '95.28.142.29', destination_address: null, host_name: 'SSO-01', auth_package: null, logon_type: 'web' }, 1, 3),
            ],
          },
        },
      },
      search
    );
    expect(graph.edges.map((edge) => [edge.source, edge.relation, edge.target, edge.count, edge.suspicious])).toEqual([
      ['95.28.142.29', 'unknown/web', 'sso-01', 1, 1],
      ['ws-1', 'kerberos/network', 'dc-01', 6, 1],
    ]);
    expect(graph.edges[1].score).toEqual({ count: 6, min: 0.25, max: 2, mean: (0.375 * 4 + 1.5 * 2) / 6 });
    expect(graph.nodes.map((node) => [node.id, node.kind, node.logins_out, node.logins_in])).toEqual([
      ['95.28.142.29', 'ip', 1, 0],
      ['sso-01', 'host', 0, 1],
      ['ws-1', 'host', 6, 0],
      ['dc-01', 'host', 0, 6],
    ]);
    expect(graph.complete).toBe(true);
  });
});
