import { useEffect, useRef, useState } from 'react';

export interface PollingState<T> {
  data: T | undefined;
  error: Error | undefined;
}

/**
 * Loads data, then again after `delayMillis(data)` once each answer has come, so requests never
 * pile up however slow the server is. A change of `key` starts over at once.
 */
export function usePolling<T>(key: string, load: () => Promise<T>, delayMillis: (data: T | undefined) => number): PollingState<T> {
  const [state, setState] = useState<PollingState<T>>({ data: undefined, error: undefined });
  const latest = useRef({ load, delayMillis });
  latest.current = { load, delayMillis };

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      let data: T | undefined;
      try {
        data = await latest.current.load();
        if (!stopped) {
          setState({ data, error: undefined });
        }
      } catch (error) {
        if (!stopped) {
          setState((previous) => ({ ...previous, error: error instanceof Error ? error : new Error(String(error)) }));
        }
      }
      if (!stopped) {
        timer = setTimeout(tick, latest.current.delayMillis(data));
      }
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [key]);

  return state;
}
