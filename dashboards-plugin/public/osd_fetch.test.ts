import { describe, expect, it, vi } from 'vitest';
import type { HttpStart } from 'opensearch-dashboards/public';
import { ApiError } from '../ui/api/http';
import { osdFetch } from './osd_fetch';

describe('OSD fetch', () => {
  it('calls OSD’s http.fetch with the method and query', async () => {
    const fetch = vi.fn(async () => ({ jobs: [] }));
    const http = { fetch } as HttpStart;
    expect(await osdFetch(http)({ method: 'GET', path: '/api/ueba/jobs', query: { a: '1' } })).toEqual({ jobs: [] });
    expect(fetch).toHaveBeenCalledWith('/api/ueba/jobs', { method: 'GET', query: { a: '1' } });
  });

  it('turns OSD’s error into an ApiError with the server’s status and message', async () => {
    const failure = Object.assign(new Error('Bad Request'), {
      response: { status: 400 },
      body: { statusCode: 400, message: '[index] must name login indices' },
    });
    const http = { fetch: () => Promise.reject(failure) } as unknown as HttpStart;
    const error = await osdFetch(http)({ method: 'GET', path: '/api/ueba/logins' }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, message: '[index] must name login indices' });
  });
});
