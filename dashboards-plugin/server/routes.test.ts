// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type {
  IRouter,
  OpenSearchDashboardsResponseFactory,
  RequestHandler,
  RequestHandlerContext,
  RouteConfig,
  TransportRequestParams,
} from 'opensearch-dashboards/server';
import { RawParameters } from '../common/api/parameters';
import { UEBA_ROUTES } from '../common/api/routes';
import { registerRoutes } from './routes';

type Registered = { method: string; config: RouteConfig<RawParameters, RawParameters>; handler: RequestHandler<RawParameters, RawParameters> };

function fakeRouter() {
  const routes: Registered[] = [];
  const register = (method: string) => (config: unknown, handler: unknown) =>
    routes.push({ method, config: config as Registered['config'], handler: handler as Registered['handler'] });
  const router = { get: register('GET'), post: register('POST') } as unknown as IRouter;
  return { router, routes };
}

const responses: OpenSearchDashboardsResponseFactory = {
  ok: ({ body }) => ({ status: 200, body }) as never,
  customError: ({ statusCode, body }) => ({ status: statusCode, body }) as never,
};

function contextWith(request: (params: TransportRequestParams) => Promise<{ body: unknown; statusCode: number | null }>) {
  return { core: { opensearch: { client: { asCurrentUser: { transport: { request: vi.fn(request) } } } } } } satisfies RequestHandlerContext;
}

describe('OSD server routes', () => {
  it('registers every shared route with OSD’s router', () => {
    const { router, routes } = fakeRouter();
    registerRoutes(router);
    expect(routes.map((route) => `${route.method} ${route.config.path}`)).toEqual(
      UEBA_ROUTES.map((route) => `${route.method} ${route.path}`)
    );
  });

  it('sends the request with the caller’s own client and answers its body', async () => {
    const { router, routes } = fakeRouter();
    registerRoutes(router);
    const run = routes.find((route) => route.config.path === '/api/ueba/jobs/{job_id}/_run')!;
    const context = contextWith(async () => ({ body: { _id: 'demo', run_id: 'run-1' }, statusCode: 202 }));
    const answer = await run.handler(context, { params: { job_id: 'demo' }, query: {} }, responses);
    expect(answer).toEqual({ status: 200, body: { _id: 'demo', run_id: 'run-1' } });
    expect(context.core.opensearch.client.asCurrentUser.transport.request).toHaveBeenCalledWith({
      method: 'POST',
      path: '/_plugins/_ueba/jobs/demo/_run',
    });
  });

  it('answers a bad parameter and OpenSearch’s errors with their status and message', async () => {
    const { router, routes } = fakeRouter();
    registerRoutes(router);
    const graph = routes.find((route) => route.config.path === '/api/ueba/graph')!;
    const unused = contextWith(async () => ({ body: {}, statusCode: 200 }));
    expect(await graph.handler(unused, { params: {}, query: { max_edges: '0' } }, responses)).toEqual({
      status: 400,
      body: { message: '[max_edges] must be between 1 and 5000, got [0]' },
    });
    const forbidden = contextWith(() =>
      Promise.reject(
        Object.assign(new Error('security_exception'), {
          meta: { statusCode: 403, body: { error: { reason: 'no permissions for [cluster:monitor/ueba/graph/get]' } } },
        })
      )
    );
    expect(await graph.handler(forbidden, { params: {}, query: {} }, responses)).toEqual({
      status: 403,
      body: { message: 'no permissions for [cluster:monitor/ueba/graph/get]' },
    });
  });
});
