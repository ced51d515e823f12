/**
 * Sends the routes' requests to OpenSearch with Node's fetch. Credentials in the URL become a
 * basic-auth header, since fetch refuses URLs that carry them.
 */
import { OpenSearchTransport } from '../common/api/handle_route';
import { OpenSearchRequest } from '../common/api/opensearch_request';

const TIMEOUT_MS = 120_000;

export function openSearchTransport(base: URL): OpenSearchTransport {
  const origin = new URL(base.href);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (origin.username || origin.password) {
    const credentials = `${decodeURIComponent(origin.username)}:${decodeURIComponent(origin.password)}`;
    headers.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
    origin.username = '';
    origin.password = '';
  }
  const prefix = origin.pathname.replace(/\/$/, '');

  return async (request: OpenSearchRequest) => {
    const url = new URL(origin.href);
    url.pathname = prefix + request.path;
    url.search = new URLSearchParams(request.querystring ?? {}).toString();
    const response = await fetch(url, {
      method: request.method,
      headers: request.body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text === '' ? {} : JSON.parse(text);
    } catch {
      // a proxy's HTML error page, say: its text is the message
    }
    return { status: response.status, body };
  };
}
