import { EuiBasicTable, EuiText } from '@elastic/eui';
import React from 'react';
import { KindCount } from '../../../common/api/types';
import { formatCount } from '../../components/format';

const DESCRIPTIONS: Record<string, string> = {
  autoencoder: "the login's features against the usual ones",
  rarity: 'how rare its pairs of attributes are',
  rgcn: 'how unlikely its links are in the graph of who logs in where',
};

/** Which model kinds spoke on the suspicious logins (`ueba.scores.<kind>`). */
export function KindsTable({ kinds }: { kinds: KindCount[] }) {
  return (
    <EuiBasicTable<KindCount>
      compressed
      data-test-subj="uebaKinds"
      items={kinds}
      columns={[
        {
          field: 'kind',
          name: 'Model kind',
          render: (kind: string) => (
            <EuiText size="s">
              <strong>{kind}</strong>
              <br />
              <small>{DESCRIPTIONS[kind] ?? ''}</small>
            </EuiText>
          ),
        },
        {
          field: 'scored',
          name: 'Suspicious logins it scored',
          align: 'right',
          render: (count: number) => formatCount(count),
        },
        {
          field: 'over_threshold',
          name: 'Past its own threshold',
          align: 'right',
          render: (count: number) => formatCount(count),
        },
      ]}
    />
  );
}
