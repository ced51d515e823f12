/**
 * How the UI reaches its server: an injected function, so the same UI runs inside OpenSearch
 * Dashboards (its `http.fetch`) and in the standalone host (the browser's fetch).
 */

export interface HttpRequest {
  method: 'GET' | 'POST';
  /** Starts with /api/ueba/. */
  path: string;
  query?: Record<string, string>;
}

export type HttpFetch = (request: HttpRequest) => Promise<unknown>;

/** An error status from the server, with the message it gave. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
