/** How numbers and times read in the UI. */

export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined) {
    return '–';
  }
  return score >= 100 ? score.toFixed(0) : score >= 10 ? score.toFixed(1) : score.toFixed(2);
}

export function formatCount(count: number | null | undefined): string {
  return count === null || count === undefined ? '–' : count.toLocaleString('en-US');
}

/** Times in UTC, as the plugin reads them (hours of the day, windows). */
export function formatTime(time: string | number | null | undefined): string {
  if (time === null || time === undefined) {
    return '–';
  }
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) {
    return String(time);
  }
  return date.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC');
}

export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) {
    return '–';
  }
  if (seconds < 60) {
    return `${Math.round(seconds)} s`;
  }
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function formatPercent(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined ? '–' : `${Math.round(fraction * 100)}%`;
}
