import { useCallback, useEffect, useMemo, useState } from 'react';
import { AppLocation, Query, formatHash, parseHash } from './location';

export interface Navigation {
  location: AppLocation;
  /** Goes to another location; `replace` keeps the browser's history from growing. */
  navigate(location: AppLocation, options?: { replace?: boolean }): void;
  /** Changes some query parameters of this location; an empty value removes one. */
  setQuery(patch: Partial<Query>, options?: { replace?: boolean }): void;
}

export function useHashLocation(): Navigation {
  const [location, setLocation] = useState(() => parseHash(window.location.hash));

  useEffect(() => {
    const onChange = () => setLocation(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const navigate = useCallback((next: AppLocation, options: { replace?: boolean } = {}) => {
    const hash = formatHash(next);
    if (hash === window.location.hash) {
      return;
    }
    if (options.replace) {
      window.history.replaceState(window.history.state, '', hash);
    } else {
      window.history.pushState(window.history.state, '', hash);
    }
    setLocation(parseHash(hash));
  }, []);

  const setQuery = useCallback(
    (patch: Partial<Query>, options?: { replace?: boolean }) => {
      const current = parseHash(window.location.hash);
      const query: Query = { ...current.query };
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined || value === '') {
          delete query[key];
        } else {
          query[key] = value;
        }
      }
      navigate({ path: current.path, query }, options);
    },
    [navigate]
  );

  return useMemo(() => ({ location, navigate, setQuery }), [location, navigate, setQuery]);
}
