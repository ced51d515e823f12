/**
 * The app's location lives in the URL's hash (`#/logins?min_score=1&user=alice`), so a view with
 * its filters can be shared, bookmarked and reloaded, and the app needs no server-side routing,
 * under OSD's /app/ueba as in the standalone host.
 */

export type Query = Record<string, string>;

export interface AppLocation {
  /** Path segments, decoded: `#/entity/user/alice` is ['entity', 'user', 'alice']. */
  path: string[];
  query: Query;
}

export function parseHash(hash: string): AppLocation {
  const text = hash.replace(/^#/, '');
  const mark = text.indexOf('?');
  const pathPart = mark < 0 ? text : text.slice(0, mark);
  const queryPart = mark < 0 ? '' : text.slice(mark + 1);
  const path = pathPart
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
  const query: Query = {};
  new URLSearchParams(queryPart).forEach((value, key) => {
    if (value !== '') {
      query[key] = value;
    }
  });
  return { path, query };
}

export function formatHash(location: AppLocation): string {
  const path = location.path.map(encodeURIComponent).join('/');
  const entries = Object.entries(location.query).filter(([, value]) => value !== undefined && value !== '');
  entries.sort(([a], [b]) => a.localeCompare(b));
  const query = new URLSearchParams(entries).toString();
  return `#/${path}${query ? `?${query}` : ''}`;
}
