import { fireEvent, screen, within } from '@testing-library/react';
import React from 'react';
import { describe, expect, it } from 'vitest';
import { login } from '../../test/fixtures';
import { renderWithServices } from '../../test/render_with_services';
import { LoginTable } from './LoginTable';

describe('LoginTable', () => {
  it('shows each login with its score, each kind’s part and the reasons in words', () => {
    renderWithServices(
      <LoginTable
        logins={[login(), login({ id: 'b', user: 'bob', score: null, suspicious: false, scores: {}, explanation: [], status: 'no_model' })]}
        loading={false}
        testSubj="table"
      />,
      { hash: '#/logins?from=now-30d' }
    );
    const [first, second] = screen.getAllByRole('row').slice(1);
    expect(within(first).getByText('2.95')).toBeTruthy();
    expect(within(first).getByText('autoencoder 8.35')).toBeTruthy();
    expect(within(first).getByText('rarity 0.95')).toBeTruthy();
    expect(within(first).getByText('autoencoder: first login from this source for this user')).toBeTruthy();
    expect(within(first).queryByText('rarity: first login from this source for this user')).toBeNull();
    fireEvent.click(within(first).getByText('2 more'));
    expect(within(first).getByText('rarity: first login from this source for this user')).toBeTruthy();
    expect(within(first).getByText('athompson').closest('a')?.getAttribute('href')).toBe('#/entity/user/athompson?from=now-30d');
    expect(within(first).getByText('73.84.39.111').closest('a')?.getAttribute('href')).toBe('#/entity/ip/73.84.39.111?from=now-30d');
    expect(within(first).getByText('VPN-GW-01').closest('a')?.getAttribute('href')).toBe('#/entity/host/VPN-GW-01?from=now-30d');
    expect(within(second).getByText('not scored: no_model')).toBeTruthy();
    expect(within(second).getByText('–', { selector: '.euiBadge *' })).toBeTruthy();
  });
});
