/**
 * The few OpenSearch Dashboards browser APIs this plugin uses, declared as OSD 3.6 defines them in
 * src/core/public. Inside an OSD source tree `opensearch-dashboards/public` resolves to the real
 * ones; here it resolves to this file so that the wrapper type-checks without OSD.
 */

export interface PluginInitializerContext {
  readonly opaqueId: symbol;
}

export interface AppCategory {
  id: string;
  label: string;
  order?: number;
  euiIconType?: string;
}

export interface AppMountParameters {
  element: HTMLElement;
  appBasePath: string;
}

export type AppUnmount = () => void;

export interface App {
  id: string;
  title: string;
  category?: AppCategory;
  order?: number;
  mount(params: AppMountParameters): AppUnmount | Promise<AppUnmount>;
}

export interface HttpFetchOptions {
  method?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
}

/** What `http.fetch` throws for an error status: the parsed body of OSD's error response. */
export interface IHttpFetchError extends Error {
  readonly response?: { status: number };
  readonly body?: { statusCode?: number; message?: string };
}

export interface HttpStart {
  fetch(path: string, options?: HttpFetchOptions): Promise<unknown>;
}

export interface ChromeBreadcrumb {
  text: string;
  href?: string;
}

export interface CoreStart {
  http: HttpStart;
  chrome: { setBreadcrumbs(breadcrumbs: ChromeBreadcrumb[]): void };
}

export interface CoreSetup {
  application: { register(app: App): void };
  getStartServices(): Promise<[CoreStart, unknown, unknown]>;
}

export interface Plugin<TSetup = void, TStart = void> {
  setup(core: CoreSetup): TSetup;
  start(core: CoreStart): TStart;
  stop?(): void;
}
