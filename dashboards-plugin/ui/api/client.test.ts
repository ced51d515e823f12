import { describe, expect, it, vi } from 'vitest';
import { ParameterError } from '../../common/api/parameters';
import { createUebaClient } from './client';
import { HttpFetch, HttpRequest } from './http';

function recordingClient(answer: unknown = {}) {
  const requests: HttpRequest[] = [];
  const fetch: HttpFetch = vi.fn(async (request: HttpRequest) => {
    requests.push(request);
    return answer;
  });
  return { client: createUebaClient(fetch), requests };
}

describe('UEBA client', () => {
  it('sends the logins search with its parameters, leaving out empty ones', async () => {
    const { client, requests } = recordingClient({ total: 0, total_is_exact: true, logins: [] });
    await client.logins({ index: 'logins-demo', from: 'now-30d', user: 'alice', source: '', kind: undefined, size: '25' });
    expect(requests).toEqual([
      {
        method: 'GET',
        path: '/api/ueba/logins',
        query: { index: 'logins-demo', from: 'now-30d', user: 'alice', size: '25' },
      },
    ]);
  });

  it('refuses a bad parameter before any request, naming it', async () => {
    const { client, requests } = recordingClient();
    await expect(client.graph({ max_edges: '0' })).rejects.toThrow('[max_edges]');
    await expect(client.logins({ index: '.ueba-models' })).rejects.toBeInstanceOf(ParameterError);
    await expect(client.overview({ from: 'last tuesday' })).rejects.toThrow('[from]');
    await expect(client.entity('group', 'admins')).rejects.toThrow('[kind]');
    await expect(client.runJob('Not A Job')).rejects.toThrow('[job_id]');
    expect(requests).toEqual([]);
  });

  it('posts job actions and encodes names into paths', async () => {
    const { client, requests } = recordingClient({ kind: 'user', name: 'CORP\\alice' });
    await client.runJob('demo');
    await client.stopJob('demo');
    await client.entity('user', 'CORP\\alice', { model_set: 'vpn' });
    expect(requests).toEqual([
      { method: 'POST', path: '/api/ueba/jobs/demo/_run' },
      { method: 'POST', path: '/api/ueba/jobs/demo/_stop' },
      { method: 'GET', path: '/api/ueba/entities/user/CORP%5Calice', query: { model_set: 'vpn' } },
    ]);
  });

  it('reads jobs with their last run, and a job never run', async () => {
    const { client } = recordingClient({
      jobs: [
        {
          _id: 'demo',
          job: { indices: 'logins-demo', enabled: true },
          enabled_time: 1,
          last_run: { run_id: 'run-1', state: 'running', phase: 'training', progress: 0.42, eta_seconds: 7 },
        },
        { _id: 'idle', job: { enabled: false }, enabled_time: null, last_run: null },
      ],
    });
    const { jobs } = await client.jobs();
    expect(jobs[0]).toMatchObject({ id: 'demo', enabled: true, last_run: { state: 'running', progress: 0.42, eta_seconds: 7 } });
    expect(jobs[1]).toMatchObject({ id: 'idle', enabled: false, last_run: null });
  });

  it('reads the kinds a run left out, from a version’s training and a job’s last run, and none where they are not said', async () => {
    const failed_models = [{ kind: 'rgcn', reason: 'diverged at epoch 3' }];
    const { models } = await recordingClient({
      models: [
        { model_id: 'run-2', kinds: ['autoencoder'], training: { models: [{ type: 'autoencoder' }], failed_models } },
        { model_id: 'run-1', kinds: ['autoencoder'], training: { models: [{ type: 'autoencoder' }] } },
      ],
    }).client.models();
    expect(models.map((model) => model.failed)).toEqual([failed_models, []]);
    const { jobs } = await recordingClient({
      jobs: [{ _id: 'demo', job: {}, last_run: { run_id: 'run-2', state: 'succeeded', failed_models } }],
    }).client.jobs();
    expect(jobs[0].last_run?.failed_models).toEqual(failed_models);
  });
});
