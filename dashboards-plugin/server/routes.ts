import type {
  IRouter,
  OpenSearchClient,
  RouteValidationFunction,
} from 'opensearch-dashboards/server';
import { OpenSearchTransport, handleUebaRoute } from '../common/api/handle_route';
import { RawParameters } from '../common/api/parameters';
import { UEBA_ROUTES } from '../common/api/routes';

/** Parameters are validated by the shared routes, which answer a 400 naming the bad one. */
const takeAsIs: RouteValidationFunction<RawParameters> = (data, result) =>
  result.ok((data ?? {}) as RawParameters);

interface OpenSearchResponseError {
  meta?: { statusCode?: number; body?: unknown };
}

/** The caller's own client: OpenSearch applies the user's permissions to every request. */
function transportOf(client: OpenSearchClient): OpenSearchTransport {
  return async (request) => {
    try {
      const response = await client.transport.request(request);
      return { status: response.statusCode ?? 200, body: response.body };
    } catch (error) {
      const meta = (error as OpenSearchResponseError).meta;
      if (meta?.statusCode === undefined) {
        throw error;
      }
      return { status: meta.statusCode, body: meta.body };
    }
  };
}

export function registerRoutes(router: IRouter): void {
  for (const route of UEBA_ROUTES) {
    const register = route.method === 'GET' ? router.get.bind(router) : router.post.bind(router);
    register<RawParameters, RawParameters>(
      { path: route.path, validate: { params: takeAsIs, query: takeAsIs } },
      async (context, request, response) => {
        const result = await handleUebaRoute(
          route,
          { params: request.params, query: request.query },
          transportOf(context.core.opensearch.client.asCurrentUser)
        );
        if (result.status === 200) {
          return response.ok({ body: result.body });
        }
        const message = (result.body as { message?: string }).message ?? 'request failed';
        return response.customError({ statusCode: result.status, body: { message } });
      }
    );
  }
}
