import { fireEvent, screen, waitFor } from '@testing-library/react';
import React from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Parameters } from '../../api/client';
import { login } from '../../test/fixtures';
import { fakeClient, renderWithServices } from '../../test/render_with_services';
import { LoginsView } from './LoginsView';

describe('LoginsView', () => {
  it('searches with the filters of its URL, and puts a new filter in the URL', async () => {
    const logins = vi.fn(async (_parameters: Parameters) => ({ total: 1, total_is_exact: true, logins: [login()] }));
    renderWithServices(<LoginsView />, {
      client: fakeClient({ logins }),
      hash: '#/logins?from=now-30d&kind=rgcn&user=athompson',
    });
    expect(await screen.findByText('1 logins match')).toBeTruthy();
    expect(logins).toHaveBeenLastCalledWith({
      index: 'logins-*',
      from: 'now-30d',
      to: 'now',
      sort: 'score',
      size: '25',
      page: '0',
      suspicious: 'true',
      user: 'athompson',
      kind: 'rgcn',
      source: undefined,
      destination: undefined,
      outcome: undefined,
      relation: undefined,
      min_score: undefined,
      entity_kind: undefined,
      entity: undefined,
    });

    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'failure' } });
    await waitFor(() => expect(window.location.hash).toBe('#/logins?from=now-30d&kind=rgcn&outcome=failure&user=athompson'));
    await waitFor(() => expect(logins).toHaveBeenLastCalledWith(expect.objectContaining({ outcome: 'failure' })));

    fireEvent.click(screen.getByText('Suspicious only'));
    await waitFor(() => expect(window.location.hash).toContain('show=all'));
    await waitFor(() => expect(logins).toHaveBeenLastCalledWith(expect.objectContaining({ suspicious: undefined })));
  });

  it('says why a search failed', async () => {
    renderWithServices(<LoginsView />, {
      client: fakeClient({ logins: () => Promise.reject(new Error('[index] must name login indices')) }),
      hash: '#/logins?index=secrets',
    });
    expect(await screen.findByText('[index] must name login indices')).toBeTruthy();
  });
});
