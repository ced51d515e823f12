/** Runs a /api/ueba/* route against OpenSearch and shapes its answer or its error. */
import { asArray, asRecord, asString } from './json';
import { OpenSearchRequest } from './opensearch_request';
import { ParameterError } from './parameters';
import { RouteInput, UebaRoute } from './routes';

export interface RouteResponse {
  status: number;
  body: unknown;
}

/** Sends a request to OpenSearch; answers its status and parsed body, errors included. */
export type OpenSearchTransport = (request: OpenSearchRequest) => Promise<RouteResponse>;

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export function errorResponse(status: number, message: string): RouteResponse {
  return { status, body: { statusCode: status, error: STATUS_TEXT[status] ?? 'Error', message } };
}

/** OpenSearch's error says why in `error.reason`, or in `error` itself for some handlers. */
export function openSearchReason(body: unknown): string {
  const record = asRecord(body);
  const error = asRecord(record.error);
  const firstCause = asRecord(asArray(error.root_cause)[0]);
  return (
    asString(error.reason) ??
    asString(firstCause.reason) ??
    asString(record.error) ??
    asString(record.message) ??
    'OpenSearch refused the request'
  );
}

export async function handleUebaRoute(
  route: UebaRoute,
  input: RouteInput,
  transport: OpenSearchTransport
): Promise<RouteResponse> {
  let planned;
  try {
    planned = route.plan(input);
  } catch (error) {
    if (error instanceof ParameterError) {
      return errorResponse(400, error.message);
    }
    throw error;
  }
  let upstream: RouteResponse;
  try {
    upstream = await transport(planned.request);
  } catch (error) {
    return errorResponse(502, `OpenSearch did not answer: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (upstream.status >= 400) {
    return errorResponse(upstream.status, openSearchReason(upstream.body));
  }
  return { status: 200, body: planned.answer(upstream.body) };
}
