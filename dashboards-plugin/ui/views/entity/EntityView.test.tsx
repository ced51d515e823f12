import { screen } from '@testing-library/react';
import React from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Graph } from '../../../common/api/types';
import { ApiError } from '../../api/http';
import { login } from '../../test/fixtures';
import { fakeClient, renderWithServices } from '../../test/render_with_services';
import { EntityView } from './EntityView';

// WebGL and canvas drawing are the browser's part: the end-to-end tests see them
vi.mock('../../charts/VegaChart', () => ({
  VegaChart: ({ title }: { title: string }) => <figure aria-label={title} />,
}));
vi.mock('../../graph/GraphCanvas', () => ({
  GraphCanvas: ({ graph }: { graph: Graph }) => <div>graph of {graph.edges.length} edges</div>,
}));

const page = { total: 1, total_is_exact: true, logins: [login({ source_address: 'WS-0051', destination: 'DC-01' })] };
const neighbourhood: Graph = {
  nodes: [],
  edges: [
    {
      source: 'ws-0051',
      relation: 'kerberos/network',
      target: 'dc-01',
      count: 3,
      suspicious: 1,
      failed: 0,
      first_seen: null,
      last_seen: null,
      score: null,
      scores: {},
    },
  ],
  edges_found: 1,
  truncated: false,
  complete: true,
};

describe('EntityView', () => {
  it('shows a host’s logins and neighbourhood when the plugin has no profile for it', async () => {
    const graph = vi.fn(async () => neighbourhood);
    renderWithServices(<EntityView path={['host', 'ws-0051']} />, {
      hash: '#/entity/host/ws-0051?from=now-30d',
      client: fakeClient({
        logins: async () => page,
        graph,
        entity: () => Promise.reject(new ApiError(400, 'no handler found for uri [/_plugins/_ueba/entities/host/ws-0051]')),
      }),
    });
    expect(screen.getByRole('heading', { name: 'ws-0051' })).toBeTruthy();
    expect(await screen.findByText('No profile for this entity')).toBeTruthy();
    expect(await screen.findByText('graph of 1 edges')).toBeTruthy();
    expect(await screen.findByText('Logins over time (1)')).toBeTruthy();
    expect(screen.getAllByText('WS-0051').length).toBeGreaterThan(0);
    expect(graph).toHaveBeenCalledWith({ index: 'logins-*', from: 'now-30d', to: 'now', entity: 'ws-0051', max_edges: '300' });
  });

  it('draws a user’s neighbourhood from its own logins, and shows its profile', async () => {
    const loginEdges = vi.fn(async () => neighbourhood);
    renderWithServices(<EntityView path={['user', 'athompson']} />, {
      client: fakeClient({
        logins: async () => page,
        loginEdges,
        entity: async () => ({
          kind: 'user',
          name: 'athompson',
          model_set: 'default',
          profile_version: 'run-1',
          known: true,
          lists: [{ name: 'countries', total: 1, values: [{ label: 'US', count: 30, detail: null }] }],
          hours: null,
          facts: [],
        }),
      }),
    });
    expect(await screen.findByText('Countries')).toBeTruthy();
    expect(screen.getByText('US')).toBeTruthy();
    expect(await screen.findByText('graph of 1 edges')).toBeTruthy();
    expect(loginEdges).toHaveBeenCalledWith(expect.objectContaining({ entity_kind: 'user', entity: 'athompson' }));
  });
});
