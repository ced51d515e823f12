import { TopLevelSpec } from 'vega-lite';

/** Logins by hour of the day (UTC), from an entity's profile. */
export function hoursSpec(hours: number[]): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 'container',
    height: 120,
    autosize: { type: 'fit', contains: 'padding' },
    data: { values: hours.map((logins, hour) => ({ hour, logins })) },
    mark: { type: 'bar', color: '#6092C0' },
    encoding: {
      x: { field: 'hour', type: 'ordinal', title: 'hour of the day (UTC)' },
      y: { field: 'logins', type: 'quantitative', title: null },
      tooltip: [
        { field: 'hour', type: 'ordinal' },
        { field: 'logins', type: 'quantitative' },
      ],
    },
  };
}
