import { TopLevelSpec } from 'vega-lite';
import { Login } from '../../common/api/types';
import { OUTCOME_COLORS, SUSPICIOUS_COLOR } from './palette';
import { timeAxis } from './time_axis';

const OUTCOMES = Object.keys(OUTCOME_COLORS);

/** One entity's logins: each a point at its time and score, by outcome; suspicious ones ringed. */
export function loginTimelineSpec(logins: Login[]): TopLevelSpec {
  const values = logins.map((login) => ({
    time: login.timestamp,
    score: login.score ?? 0,
    scored: login.score !== null,
    outcome: OUTCOME_COLORS[login.outcome ?? ''] ? login.outcome : 'unknown',
    suspicious: login.suspicious,
    user: login.user,
    source: login.source_address ?? login.source_ip,
    destination: login.destination,
  }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 'container',
    height: 220,
    autosize: { type: 'fit', contains: 'padding' },
    data: { values },
    layer: [
      {
        mark: { type: 'point', filled: true, size: 35, opacity: 0.75 },
        encoding: {
          x: { field: 'time', type: 'temporal', title: null, axis: timeAxis(logins.map((login) => login.timestamp)) },
          y: { field: 'score', type: 'quantitative', scale: { type: 'symlog' }, title: 'score' },
          color: {
            field: 'outcome',
            type: 'nominal',
            scale: { domain: OUTCOMES, range: OUTCOMES.map((outcome) => OUTCOME_COLORS[outcome]) },
          },
          tooltip: [
            { field: 'time', type: 'temporal', format: '%Y-%m-%d %H:%M:%S' },
            { field: 'user', type: 'nominal' },
            { field: 'source', type: 'nominal' },
            { field: 'destination', type: 'nominal' },
            { field: 'score', type: 'quantitative', format: '.2f' },
            { field: 'scored', type: 'nominal' },
          ],
        },
      },
      {
        transform: [{ filter: 'datum.suspicious' }],
        mark: { type: 'point', size: 160, filled: false, strokeWidth: 2, color: SUSPICIOUS_COLOR },
        encoding: {
          x: { field: 'time', type: 'temporal' },
          y: { field: 'score', type: 'quantitative' },
        },
      },
    ],
  };
}
