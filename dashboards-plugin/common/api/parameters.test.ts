import { describe, expect, it } from 'vitest';
import {
  ParameterError,
  decimal,
  indexLikeName,
  integer,
  isIp,
  isTime,
  loginIndices,
  oneOf,
  text,
  time,
} from './parameters';

function errorOf(action: () => unknown): ParameterError {
  try {
    action();
  } catch (error) {
    if (error instanceof ParameterError) {
      return error;
    }
    throw error;
  }
  throw new Error('no ParameterError');
}

describe('parameters', () => {
  it('reads whole numbers within bounds and names the parameter otherwise', () => {
    const bounds = { min: 1, max: 5000, fallback: 500 };
    expect(integer({}, 'max_edges', bounds)).toBe(500);
    expect(integer({ max_edges: '20' }, 'max_edges', bounds)).toBe(20);
    expect(errorOf(() => integer({ max_edges: '0' }, 'max_edges', bounds)).message).toBe(
      '[max_edges] must be between 1 and 5000, got [0]'
    );
    expect(errorOf(() => integer({ max_edges: '2.5' }, 'max_edges', bounds)).parameter).toBe('max_edges');
    expect(errorOf(() => integer({ max_edges: ['1', '2'] }, 'max_edges', bounds)).message).toBe(
      '[max_edges] must be given once'
    );
  });

  it('reads decimals and refuses what is not a number', () => {
    expect(decimal({ min_score: '1.5' }, 'min_score', { min: 0, max: 10 })).toBe(1.5);
    expect(decimal({}, 'min_score', { min: 0, max: 10 })).toBeUndefined();
    expect(errorOf(() => decimal({ min_score: 'high' }, 'min_score', { min: 0, max: 10 })).message).toBe(
      '[min_score] must be a number, got [high]'
    );
    expect(errorOf(() => decimal({ min_score: '-1' }, 'min_score', { min: 0, max: 10 })).parameter).toBe('min_score');
  });

  it('takes dates, epoch milliseconds and date math, and nothing else', () => {
    for (const value of ['now', 'now-7d', 'now-1d/d', 'now+1h-5m', '2026-11-02', '2026-11-02T10:00:00Z', '1795970253513', '2026-11-02||+1M']) {
      expect(isTime(value), value).toBe(true);
    }
    for (const value of ['yesterday', 'now-7x', '2026-13-45', 'now-7d; DROP', '']) {
      expect(isTime(value), value).toBe(false);
    }
    expect(time({}, 'from', 'now-24h')).toBe('now-24h');
    expect(errorOf(() => time({ from: 'yesterday' }, 'from', 'now-24h')).message).toMatch(/^\[from\] is not a date/);
  });

  it('allows only login indices', () => {
    expect(loginIndices({})).toBe('logins-*');
    expect(loginIndices({ index: 'logins-demo, logins-vpn*' })).toBe('logins-demo,logins-vpn*');
    for (const index of ['.ueba-models', 'secrets', 'logins-*,*', 'remote:logins-x', 'logins-a/../_search', '-logins-a']) {
      expect(errorOf(() => loginIndices({ index })).parameter, index).toBe('index');
    }
  });

  it('checks names as index names and choices against their list', () => {
    expect(indexLikeName({ job_id: 'demo' }, 'job_id')).toBe('demo');
    for (const job_id of ['Demo', '_x', 'a/b', 'a b', '..']) {
      expect(errorOf(() => indexLikeName({ job_id }, 'job_id')).parameter, job_id).toBe('job_id');
    }
    expect(oneOf({ order: 'count' }, 'order', ['score', 'count'] as const, 'score')).toBe('count');
    expect(errorOf(() => oneOf({ order: 'time' }, 'order', ['score', 'count'] as const, 'score')).message).toBe(
      '[order] must be one of score, count, got [time]'
    );
  });

  it('refuses control characters and overlong text', () => {
    expect(text({ user: ' alice ' }, 'user')).toBe('alice');
    expect(errorOf(() => text({ user: 'a\nb' }, 'user')).parameter).toBe('user');
    expect(errorOf(() => text({ user: 'x'.repeat(2000) }, 'user')).parameter).toBe('user');
  });

  it('tells IP addresses from host names', () => {
    expect(isIp('10.1.20.234')).toBe(true);
    expect(isIp('2001:db8::1')).toBe(true);
    expect(isIp('ws-0233')).toBe(false);
    expect(isIp('300.1.1.1')).toBe(false);
  });
});
