/** The host's HTTP handling: /api/ueba/* through the shared routes, everything else from the UI build. */
import { IncomingMessage, ServerResponse } from 'node:http';
import { OpenSearchTransport, RouteResponse, errorResponse, handleUebaRoute } from '../common/api/handle_route';
import { API_PREFIX, matchRoute } from '../common/api/routes';
import { readStaticFile } from './static_files';

/**
 * The policy OSD applies to its pages, without 'unsafe-eval': what works here works under OSD.
 * Layout workers are made from blobs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src blob: 'self'",
  "style-src 'unsafe-inline' 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** OSD refuses state-changing API calls without this header; so does the host. */
export const XSRF_HEADER = 'osd-xsrf';

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  return query;
}

function sendJson(response: ServerResponse, routeResponse: RouteResponse): void {
  const body = JSON.stringify(routeResponse.body);
  response.writeHead(routeResponse.status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}

async function handleApi(request: IncomingMessage, url: URL, transport: OpenSearchTransport): Promise<RouteResponse> {
  const method = request.method ?? 'GET';
  const match = matchRoute(method, url.pathname);
  if (match === undefined) {
    return errorResponse(404, `no route for ${method} ${url.pathname}`);
  }
  if (method !== 'GET' && request.headers[XSRF_HEADER] === undefined) {
    return errorResponse(400, `Request must contain a ${XSRF_HEADER} header.`);
  }
  return handleUebaRoute(match.route, { params: match.params, query: queryOf(url) }, transport);
}

export function createRequestHandler(options: { uiRoot: string; transport: OpenSearchTransport }) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    request.resume();
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === API_PREFIX || url.pathname.startsWith(`${API_PREFIX}/`)) {
        sendJson(response, await handleApi(request, url, options.transport));
        return;
      }
      const file =
        request.method === 'GET' || request.method === 'HEAD'
          ? await readStaticFile(options.uiRoot, url.pathname)
          : undefined;
      if (file === undefined) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('not found');
        return;
      }
      response.writeHead(200, {
        'content-type': file.contentType,
        'content-length': file.content.length,
        'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      });
      response.end(request.method === 'HEAD' ? undefined : file.content);
    } catch (error) {
      sendJson(response, errorResponse(500, error instanceof Error ? error.message : String(error)));
    }
  };
}
