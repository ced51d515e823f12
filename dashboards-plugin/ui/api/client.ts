/**
 * The UI's client of /api/ueba/*. It checks parameters with the same rules as the server, so a bad
 * value (a typo in a shared URL) fails before any request, with the parameter's name.
 */
import { readLoginEdgesSearch } from '../../common/api/login_edges';
import { readLoginSearch } from '../../common/api/login_search';
import { readOverviewSearch } from '../../common/api/overview';
import { RawParameters, indexLikeName } from '../../common/api/parameters';
import { API_PREFIX } from '../../common/api/routes';
import { Graph, LoginPage, Overview } from '../../common/api/types';
import { entityRequest, graphRequest } from '../../common/api/ueba_requests';
import { HttpFetch } from './http';
import { EntityProfile, entityProfileFrom } from './entity_profile';
import { Job, JobList, jobFrom, jobListFrom } from './jobs';
import { ModelList, modelListFrom } from './models';
import { PluginInfo, pluginInfoFrom } from './plugin_info';

/** Request parameters as the UI keeps them: strings, empty ones left out before sending. */
export type Parameters = Record<string, string | undefined>;

function definedOnly(parameters: Parameters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(parameters).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
  );
}

export interface UebaClient {
  info(): Promise<PluginInfo>;
  models(): Promise<ModelList>;
  jobs(): Promise<JobList>;
  job(id: string): Promise<Job>;
  runJob(id: string): Promise<unknown>;
  startJob(id: string): Promise<unknown>;
  stopJob(id: string): Promise<unknown>;
  graph(parameters: Parameters): Promise<Graph>;
  entity(kind: string, name: string, parameters?: Parameters): Promise<EntityProfile>;
  logins(parameters: Parameters): Promise<LoginPage>;
  loginEdges(parameters: Parameters): Promise<Graph>;
  overview(parameters: Parameters): Promise<Overview>;
}

export function createUebaClient(fetch: HttpFetch): UebaClient {
  const get = (path: string, query: Parameters = {}) =>
    fetch({ method: 'GET', path: `${API_PREFIX}${path}`, query: definedOnly(query) });
  const post = (path: string) => fetch({ method: 'POST', path: `${API_PREFIX}${path}` });
  const jobPath = (id: string) => `/jobs/${encodeURIComponent(indexLikeName({ job_id: id }, 'job_id'))}`;
  /** Validates with the server's own reader, which throws a ParameterError naming the parameter. */
  const checked = (parameters: Parameters, read: (raw: RawParameters) => unknown) => {
    const query = definedOnly(parameters);
    read(query);
    return query;
  };

  return {
    info: async () => pluginInfoFrom(await get('/info')),
    models: async () => modelListFrom(await get('/models')),
    jobs: async () => jobListFrom(await get('/jobs')),
    job: async (id) => jobFrom(await get(jobPath(id))),
    runJob: async (id) => post(`${jobPath(id)}/_run`),
    startJob: async (id) => post(`${jobPath(id)}/_start`),
    stopJob: async (id) => post(`${jobPath(id)}/_stop`),
    graph: async (parameters) => (await get('/graph', checked(parameters, graphRequest))) as Graph,
    entity: async (kind, name, parameters = {}) => {
      checked(parameters, (query) => entityRequest({ kind, name }, query));
      const path = `/entities/${encodeURIComponent(kind)}/${encodeURIComponent(name)}`;
      return entityProfileFrom(await get(path, parameters));
    },
    logins: async (parameters) => (await get('/logins', checked(parameters, readLoginSearch))) as LoginPage,
    loginEdges: async (parameters) =>
      (await get('/logins/edges', checked(parameters, readLoginEdgesSearch))) as Graph,
    overview: async (parameters) => (await get('/overview', checked(parameters, readOverviewSearch))) as Overview,
  };
}
