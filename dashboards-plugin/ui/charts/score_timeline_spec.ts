import { TopLevelSpec } from 'vega-lite';
import { Login, TimelineBucket } from '../../common/api/types';
import { OUTCOME_COLORS, SUSPICIOUS_COLOR } from './palette';
import { timeAxis } from './time_axis';

const OUTCOMES = Object.keys(OUTCOME_COLORS);

/**
 * Time against score: the highest score of each stretch of time, by outcome, and each suspicious
 * login on top of it, with the threshold (1) as a dashed rule. The score axis is symlog: scores
 * run from near 0 to tens of times the threshold.
 */
export function scoreTimelineSpec(buckets: TimelineBucket[], suspicious: Login[]): TopLevelSpec {
  const axis = timeAxis(buckets.map((bucket) => bucket.time));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 'container',
    height: 260,
    autosize: { type: 'fit', contains: 'padding' },
    layer: [
      {
        data: { values: buckets.filter((bucket) => bucket.max_score !== null) },
        mark: { type: 'point', filled: true, size: 40, opacity: 0.8 },
        encoding: {
          x: { field: 'time', type: 'temporal', title: null, axis },
          y: { field: 'max_score', type: 'quantitative', scale: { type: 'symlog' }, title: 'score' },
          color: {
            field: 'outcome',
            type: 'nominal',
            title: 'outcome',
            scale: { domain: OUTCOMES, range: OUTCOMES.map((outcome) => OUTCOME_COLORS[outcome]) },
          },
          tooltip: [
            { field: 'time', type: 'temporal', title: 'from', format: '%Y-%m-%d %H:%M' },
            { field: 'outcome', type: 'nominal' },
            { field: 'logins', type: 'quantitative' },
            { field: 'suspicious', type: 'quantitative' },
            { field: 'max_score', type: 'quantitative', title: 'highest score', format: '.2f' },
          ],
        },
      },
      {
        data: {
          values: suspicious.map((login) => ({
            time: login.timestamp,
            score: login.score,
            user: login.user,
            destination: login.destination,
            why: login.explanation[0] ?? '',
          })),
        },
        mark: { type: 'point', shape: 'diamond', size: 70, filled: false, strokeWidth: 1.5, color: SUSPICIOUS_COLOR },
        encoding: {
          x: { field: 'time', type: 'temporal' },
          y: { field: 'score', type: 'quantitative' },
          tooltip: [
            { field: 'time', type: 'temporal', format: '%Y-%m-%d %H:%M:%S' },
            { field: 'user', type: 'nominal' },
            { field: 'destination', type: 'nominal' },
            { field: 'score', type: 'quantitative', format: '.2f' },
            { field: 'why', type: 'nominal' },
          ],
        },
      },
      {
        data: { values: [{ threshold: 1 }] },
        mark: { type: 'rule', strokeDash: [4, 4], color: SUSPICIOUS_COLOR, opacity: 0.6 },
        encoding: { y: { field: 'threshold', type: 'quantitative' } },
      },
    ],
  };
}
