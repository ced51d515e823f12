/**
 * What every view looks at: the login indices and the time range. They travel in the URL with the
 * view's own filters, and links between views carry them along.
 */
import { DEFAULT_FROM, DEFAULT_TO } from '../../common/api/login_filters';
import { AppLocation, Query } from '../router/location';

export const DEFAULT_INDEX = 'logins-*';

export interface Scope {
  index: string;
  from: string;
  to: string;
}

export function scopeOf(query: Query): Scope {
  return {
    index: query.index ?? DEFAULT_INDEX,
    from: query.from ?? DEFAULT_FROM,
    to: query.to ?? DEFAULT_TO,
  };
}

/** The scope as query parameters, leaving out the defaults so that URLs stay short. */
export function scopeQuery(query: Query): Query {
  const scoped: Query = {};
  for (const key of ['index', 'from', 'to'] as const) {
    if (query[key] !== undefined) {
      scoped[key] = query[key];
    }
  }
  return scoped;
}

export function entityLocation(kind: string, name: string, query: Query): AppLocation {
  return { path: ['entity', kind, name], query: scopeQuery(query) };
}
