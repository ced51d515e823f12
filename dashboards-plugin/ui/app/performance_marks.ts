/**
 * Marks, with the browser's Performance API, when a view first shows its data. The end-to-end
 * tests read these marks to report each view's time to first render.
 */
export const READY_MARK_PREFIX = 'ueba:ready:';

export function markViewReady(view: string): void {
  const name = READY_MARK_PREFIX + view;
  if (typeof performance !== 'undefined' && performance.getEntriesByName(name).length === 0) {
    performance.mark(name);
  }
}
