import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './location';

describe('hash location', () => {
  it('reads the path and query of the hash', () => {
    expect(parseHash('#/entity/user/CORP%5Calice?from=now-30d&min_score=1&empty=')).toEqual({
      path: ['entity', 'user', 'CORP\\alice'],
      query: { from: 'now-30d', min_score: '1' },
    });
    expect(parseHash('')).toEqual({ path: [], query: {} });
  });

  it('writes a location that reads back the same, with its query in a stable order', () => {
    const location = { path: ['entity', 'host', 'ws/01'], query: { to: 'now', from: 'now-7d', user: 'a b&c' } };
    const hash = formatHash(location);
    expect(hash).toBe('#/entity/host/ws%2F01?from=now-7d&to=now&user=a+b%26c');
    expect(parseHash(hash)).toEqual(location);
  });
});
