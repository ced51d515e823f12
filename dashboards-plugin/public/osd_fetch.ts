/** OSD's `http.fetch` as the UI's HttpFetch: it adds OSD's base path and the osd-xsrf header. */
import type { HttpStart, IHttpFetchError } from 'opensearch-dashboards/public';
import { ApiError, HttpFetch } from '../ui/api/http';

export function osdFetch(http: HttpStart): HttpFetch {
  return async ({ method, path, query }) => {
    try {
      return await http.fetch(path, { method, query });
    } catch (error) {
      const fetchError = error as IHttpFetchError;
      const status = fetchError.response?.status ?? fetchError.body?.statusCode;
      if (status === undefined) {
        throw error;
      }
      throw new ApiError(status, fetchError.body?.message ?? fetchError.message);
    }
  };
}
