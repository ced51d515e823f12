/**
 * The suspicious-logins view's state, all of it in the URL: filters, sort and page. `show` is
 * `suspicious` unless the analyst asks for every login.
 */
import { Parameters } from '../../api/client';
import { scopeOf } from '../../app/scope';
import { Query } from '../../router/location';

export const FILTER_KEYS = [
  'user',
  'source',
  'destination',
  'outcome',
  'kind',
  'relation',
  'relation_field',
  'min_score',
  'entity_kind',
  'entity',
] as const;
export const PAGE_SIZES = [25, 50, 100];
export const DEFAULT_PAGE_SIZE = 25;

export function showsAll(query: Query): boolean {
  return query.show === 'all';
}

export function pageOf(query: Query): { index: number; size: number } {
  const size = Number(query.size);
  const index = Number(query.page);
  return {
    size: PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE,
    index: Number.isInteger(index) && index > 0 ? index : 0,
  };
}

/** The /api/ueba/logins parameters of the view's URL. */
export function loginParameters(query: Query): Parameters {
  const page = pageOf(query);
  const parameters: Parameters = {
    ...scopeOf(query),
    sort: query.sort === 'time' ? 'time' : 'score',
    size: String(page.size),
    page: String(page.index),
    suspicious: showsAll(query) ? undefined : 'true',
  };
  for (const key of FILTER_KEYS) {
    parameters[key] = query[key];
  }
  return parameters;
}
