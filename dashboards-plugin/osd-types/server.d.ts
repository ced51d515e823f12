/**
 * The few OpenSearch Dashboards server APIs this plugin uses, declared as OSD 3.6 defines them in
 * src/core/server. Inside an OSD source tree `opensearch-dashboards/server` resolves to the real
 * ones; here it resolves to this file so that the wrapper type-checks without OSD.
 */

export interface PluginInitializerContext {
  readonly opaqueId: symbol;
}

export interface CoreSetup {
  http: { createRouter(): IRouter };
}

export type CoreStart = object;

export interface Plugin<TSetup = void, TStart = void> {
  setup(core: CoreSetup): TSetup;
  start(core: CoreStart): TStart;
  stop?(): void;
}

export interface RouteValidationResultFactory {
  ok<T>(value: T): { value: T };
  badRequest(error: Error | string, path?: string[]): { error: Error };
}

export type RouteValidationFunction<T> = (
  data: unknown,
  validationResult: RouteValidationResultFactory
) => { value: T; error?: never } | { value?: never; error: Error };

export interface RouteConfig<P, Q> {
  path: string;
  validate: { params?: RouteValidationFunction<P>; query?: RouteValidationFunction<Q> } | false;
}

export interface OpenSearchDashboardsRequest<P = unknown, Q = unknown> {
  readonly params: P;
  readonly query: Q;
}

export interface TransportRequestParams {
  method: string;
  path: string;
  body?: unknown;
  querystring?: Record<string, unknown> | string;
}

export interface OpenSearchClient {
  transport: {
    request(params: TransportRequestParams): Promise<{ body: unknown; statusCode: number | null }>;
  };
}

export interface RequestHandlerContext {
  core: { opensearch: { client: { asCurrentUser: OpenSearchClient } } };
}

export interface IOpenSearchDashboardsResponse {
  readonly status: number;
}

export interface OpenSearchDashboardsResponseFactory {
  ok(options: { body: unknown }): IOpenSearchDashboardsResponse;
  customError(options: {
    statusCode: number;
    body: string | Error | { message: string | Error; attributes?: Record<string, unknown> };
  }): IOpenSearchDashboardsResponse;
}

export type RequestHandler<P, Q> = (
  context: RequestHandlerContext,
  request: OpenSearchDashboardsRequest<P, Q>,
  response: OpenSearchDashboardsResponseFactory
) => Promise<IOpenSearchDashboardsResponse>;

export interface IRouter {
  get<P, Q>(route: RouteConfig<P, Q>, handler: RequestHandler<P, Q>): void;
  post<P, Q>(route: RouteConfig<P, Q>, handler: RequestHandler<P, Q>): void;
}
