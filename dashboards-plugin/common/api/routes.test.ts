import { describe, expect, it } from 'vitest';
import { RouteResponse, handleUebaRoute } from './handle_route';
import { OpenSearchRequest } from './opensearch_request';
import { UEBA_ROUTES, matchRoute } from './routes';

function plan(method: string, path: string, query: Record<string, string> = {}) {
  const match = matchRoute(method, path);
  if (match === undefined) {
    throw new Error(`no route for ${method} ${path}`);
  }
  return match.route.plan({ params: match.params, query });
}

describe('routes', () => {
  it('match paths with their parameters decoded, and nothing else', () => {
    expect(matchRoute('POST', '/api/ueba/jobs/demo/_run')?.params).toEqual({ job_id: 'demo' });
    expect(matchRoute('GET', '/api/ueba/entities/user/CORP%5Calice')?.params).toEqual({
      kind: 'user',
      name: 'CORP\\alice',
    });
    expect(matchRoute('GET', '/api/ueba/jobs/demo/_run')).toBeUndefined();
    expect(matchRoute('POST', '/api/ueba/jobs/demo/_delete')).toBeUndefined();
    expect(matchRoute('GET', '/api/ueba/../_cluster/settings')).toBeUndefined();
    expect(matchRoute('GET', '/api/ueba/entities/user/%E0%A4%A')).toBeUndefined();
  });

  it('map to the UEBA REST API', () => {
    expect(plan('GET', '/api/ueba/info').request).toEqual({ method: 'GET', path: '/_plugins/_ueba' });
    expect(plan('POST', '/api/ueba/jobs/demo/_stop').request).toEqual({
      method: 'POST',
      path: '/_plugins/_ueba/jobs/demo/_stop',
    });
    expect(plan('GET', '/api/ueba/entities/host/WS-01', { model_set: 'vpn', size: '5' }).request).toEqual({
      method: 'GET',
      path: '/_plugins/_ueba/entities/host/WS-01',
      querystring: { model_set: 'vpn', size: '5' },
    });
    expect(plan('GET', '/api/ueba/entities/user/a%2Fb').request.path).toBe('/_plugins/_ueba/entities/user/a%2Fb');
  });

  it('pass only the graph parameters it knows, with defaults', () => {
    const request = plan('GET', '/api/ueba/graph', {
      index: 'logins-demo',
      min_score: '1',
      entity: 'ws-0144',
      relation_field: 'ssh.client',
      query: '{"match_all":{}}',
    }).request;
    expect(request).toEqual({
      method: 'GET',
      path: '/_plugins/_ueba/graph',
      querystring: {
        index: 'logins-demo',
        from: 'now-7d',
        to: 'now',
        entity: 'ws-0144',
        relation_field: 'ssh.client',
        min_score: '1',
        max_edges: '500',
        order: 'score',
      },
    });
  });

  it('every route answers a 400 naming a bad parameter, without calling OpenSearch', async () => {
    const calls: OpenSearchRequest[] = [];
    const transport = async (request: OpenSearchRequest): Promise<RouteResponse> => {
      calls.push(request);
      return { status: 200, body: {} };
    };
    const bad: [string, string, Record<string, string>, string][] = [
      ['GET', '/api/ueba/graph', { max_edges: '0' }, '[max_edges]'],
      ['GET', '/api/ueba/graph', { relation_field: 'ssh client' }, '[relation_field]'],
      ['GET', '/api/ueba/logins', { index: '.ueba-models' }, '[index]'],
      ['GET', '/api/ueba/logins', { size: '100000' }, '[size]'],
      ['GET', '/api/ueba/overview', { from: 'yesterday' }, '[from]'],
      ['GET', '/api/ueba/logins/edges', { entity_kind: 'ip', entity: 'ws-01' }, '[entity]'],
      ['GET', '/api/ueba/entities/group/admins', {}, '[kind]'],
      ['POST', '/api/ueba/jobs/Bad%20Id/_run', {}, '[job_id]'],
    ];
    for (const [method, path, query, parameter] of bad) {
      const match = matchRoute(method, path)!;
      const response = await handleUebaRoute(match.route, { params: match.params, query }, transport);
      expect(response.status, path).toBe(400);
      expect((response.body as { message: string }).message, path).toContain(parameter);
    }
    expect(calls).toEqual([]);
  });

  it('pass OpenSearch errors on with their status and reason', async () => {
    const match = matchRoute('GET', '/api/ueba/entities/user/alice')!;
    const response = await handleUebaRoute(match.route, { params: match.params, query: {} }, async () => ({
      status: 400,
      body: { error: 'no handler found for uri [/_plugins/_ueba/entities/user/alice] and method [GET]' },
    }));
    expect(response).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'no handler found for uri [/_plugins/_ueba/entities/user/alice] and method [GET]',
      },
    });
    const refused = await handleUebaRoute(match.route, { params: match.params, query: {} }, async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:9200');
    });
    expect(refused.status).toBe(502);
  });

  it('are all GET or POST, under /api/ueba', () => {
    for (const route of UEBA_ROUTES) {
      expect(route.path.startsWith('/api/ueba/')).toBe(true);
      expect(['GET', 'POST']).toContain(route.method);
    }
  });
});
