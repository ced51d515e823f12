import { EuiBasicTable } from '@elastic/eui';
import React from 'react';
import { TopEntity } from '../../../common/api/types';
import { EntityLink } from '../../components/EntityLink';
import { ScoreBadge } from '../../components/ScoreBadge';
import { formatCount } from '../../components/format';

interface Props {
  entities: TopEntity[];
  kindOf(name: string): string;
  testSubj: string;
}

export function TopEntitiesTable({ entities, kindOf, testSubj }: Props) {
  return (
    <div data-test-subj={testSubj}>
      <EuiBasicTable<TopEntity>
        compressed
        items={entities}
        noItemsMessage="No suspicious logins in this range"
        columns={[
          {
            field: 'name',
            name: 'Entity',
            render: (name: string) => <EntityLink kind={kindOf(name)} name={name} />,
          },
          {
            field: 'suspicious',
            name: 'Suspicious',
            align: 'right',
            width: '90px',
            render: (count: number) => formatCount(count),
          },
          {
            field: 'max_score',
            name: 'Top score',
            align: 'right',
            width: '90px',
            render: (score: number | null) => <ScoreBadge score={score} />,
          },
        ]}
      />
    </div>
  );
}
