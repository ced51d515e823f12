import { render, screen } from '@testing-library/react';
import React from 'react';
import { describe, expect, it } from 'vitest';
import { ModelVersion } from '../../api/models';
import { ModelsTable } from './ModelsTable';

const withoutRgcn: ModelVersion = {
  model_id: 'run-2',
  model_set: 'default',
  kinds: ['autoencoder'],
  created: 1795970253516,
  indices: 'logins-demo',
  window_from: 1,
  window_to: 2,
  logins_read: 100,
  logins_learned: 90,
  users: 7,
  took_millis: 1500,
  training: [
    { type: 'autoencoder', mode: 'full', training_rows: 90, threshold: 0.07, threshold_method: 'quantile(0.99)', took_millis: 900, metrics: {} },
  ],
  failed: [{ kind: 'rgcn', reason: 'the rgcn model’s training diverged at epoch 3' }],
  current: true,
};

describe('ModelsTable', () => {
  it('marks a kind the run left out, and says why in the version’s training', () => {
    render(<ModelsTable models={[withoutRgcn]} />);
    expect(screen.getByText('rgcn failed')).toBeTruthy();
    expect(screen.getByText('rgcn failed to train and was left out: the rgcn model’s training diverged at epoch 3')).toBeTruthy();
  });
});
