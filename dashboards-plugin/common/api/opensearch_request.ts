/** A request to OpenSearch, in the form OSD's scoped client's `transport.request` takes. */
export interface OpenSearchRequest {
  method: 'GET' | 'POST';
  path: string;
  querystring?: Record<string, string>;
  body?: Record<string, unknown>;
}

/** Search options shared by every search of the login indices: a missing index is no error. */
export const LOGIN_SEARCH_OPTIONS: Record<string, string> = {
  ignore_unavailable: 'true',
  allow_no_indices: 'true',
};
