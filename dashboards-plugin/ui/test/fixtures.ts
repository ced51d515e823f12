import { Login } from '../../common/api/types';

export function login(overrides: Partial<Login> = {}): Login {
  return {
    id: 'a',
    index: 'logins-demo',
    timestamp: '2026-11-23T13:33:32.011Z',
    user: 'athompson',
    user_domain: 'CORP',
    source_ip: '73.84.39.111',
    source_address: null,
    source_country: 'US',
    destination: 'VPN-GW-01',
    outcome: 'success',
    auth_package: 'password',
    logon_type: 'web',
    score: 2.948281,
    suspicious: true,
    scores: { autoencoder: 8.350858, rarity: 0.95, rgcn: 2.5358112 },
    explanation: [
      'autoencoder: first login from this source for this user',
      'autoencoder: first login from this source to this destination',
      'autoencoder: unusual day of the week',
      'rgcn: unlikely link: password/web logon by athompson to vpn-gw-01 (probability 0.042)',
      'rarity: first login from this source for this user',
    ],
    novelty: ['first_user_source'],
    model_version: 'run-1',
    status: null,
    error: null,
    ...overrides,
  };
}
