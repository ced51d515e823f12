/**
 * The /api/ueba/* routes: for each, the OpenSearch request it makes from validated parameters and
 * what it answers from OpenSearch's answer. OSD's server plugin registers these with its router and
 * the standalone host matches them itself; both then call `handleUebaRoute`.
 */
import { LoginEdgesSearch, loginEdgesFromResponse, loginEdgesRequest, readLoginEdgesSearch } from './login_edges';
import { loginPageFromResponse, loginSearchRequest, readLoginSearch } from './login_search';
import { OpenSearchRequest } from './opensearch_request';
import { overviewFromResponse, overviewRequest, readOverviewSearch } from './overview';
import { RawParameters } from './parameters';
import {
  JOB_ACTIONS,
  entityRequest,
  graphRequest,
  infoRequest,
  jobActionRequest,
  jobRequest,
  jobsRequest,
  modelsRequest,
} from './ueba_requests';

export const API_PREFIX = '/api/ueba';

export interface RouteInput {
  params: RawParameters;
  query: RawParameters;
}

export interface PlannedRequest {
  request: OpenSearchRequest;
  answer(body: unknown): unknown;
}

export interface UebaRoute {
  method: 'GET' | 'POST';
  /** OSD's path syntax: `{name}` is a path parameter. */
  path: string;
  plan(input: RouteInput): PlannedRequest;
}

const asIs = (body: unknown) => body;

function passThrough(request: OpenSearchRequest): PlannedRequest {
  return { request, answer: asIs };
}

export const UEBA_ROUTES: readonly UebaRoute[] = [
  { method: 'GET', path: `${API_PREFIX}/info`, plan: () => passThrough(infoRequest()) },
  { method: 'GET', path: `${API_PREFIX}/models`, plan: () => passThrough(modelsRequest()) },
  { method: 'GET', path: `${API_PREFIX}/jobs`, plan: () => passThrough(jobsRequest()) },
  {
    method: 'GET',
    path: `${API_PREFIX}/jobs/{job_id}`,
    plan: ({ params }) => passThrough(jobRequest(params)),
  },
  ...JOB_ACTIONS.map(
    (action): UebaRoute => ({
      method: 'POST',
      path: `${API_PREFIX}/jobs/{job_id}/${action}`,
      plan: ({ params }) => passThrough(jobActionRequest(action, params)),
    })
  ),
  { method: 'GET', path: `${API_PREFIX}/graph`, plan: ({ query }) => passThrough(graphRequest(query)) },
  {
    method: 'GET',
    path: `${API_PREFIX}/entities/{kind}/{name}`,
    plan: ({ params, query }) => passThrough(entityRequest(params, query)),
  },
  {
    method: 'GET',
    path: `${API_PREFIX}/logins`,
    plan: ({ query }) => ({
      request: loginSearchRequest(readLoginSearch(query)),
      answer: loginPageFromResponse,
    }),
  },
  {
    method: 'GET',
    path: `${API_PREFIX}/logins/edges`,
    plan: ({ query }) => {
      const search: LoginEdgesSearch = readLoginEdgesSearch(query);
      return { request: loginEdgesRequest(search), answer: (body) => loginEdgesFromResponse(body, search) };
    },
  },
  {
    method: 'GET',
    path: `${API_PREFIX}/overview`,
    plan: ({ query }) => {
      const search = readOverviewSearch(query);
      return { request: overviewRequest(search), answer: (body) => overviewFromResponse(body, search) };
    },
  },
];

/** Finds the route of a request path, with its path parameters decoded. */
export function matchRoute(
  method: string,
  pathname: string
): { route: UebaRoute; params: Record<string, string> } | undefined {
  const segments = pathname.split('/');
  for (const route of UEBA_ROUTES) {
    if (route.method !== method) {
      continue;
    }
    const pattern = route.path.split('/');
    if (pattern.length !== segments.length) {
      continue;
    }
    const params: Record<string, string> = {};
    const matches = pattern.every((part, i) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) {
        return part === segments[i];
      }
      try {
        params[name] = decodeURIComponent(segments[i]);
      } catch {
        return false;
      }
      return params[name] !== '';
    });
    if (matches) {
      return { route, params };
    }
  }
  return undefined;
}
