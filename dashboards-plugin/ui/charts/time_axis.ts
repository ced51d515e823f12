/** A time axis labelled by day over days and by hour within one, instead of vega's guess. */
export function timeAxis(times: (string | null)[]): { format: string; labelOverlap: 'greedy'; title: null } {
  const millis = times.filter((time): time is string => time !== null).map((time) => Date.parse(time));
  const span = millis.length > 1 ? Math.max(...millis) - Math.min(...millis) : 0;
  return { format: span > 2 * 86_400_000 ? '%b %d' : '%b %d %H:%M', labelOverlap: 'greedy', title: null };
}
