import { EuiBadge, EuiBasicTable, EuiDescriptionList, EuiFlexGrid, EuiFlexItem, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import React from 'react';
import { EntityProfile, ProfileList, ProfileValue } from '../../api/entity_profile';
import { VegaChart } from '../../charts/VegaChart';
import { hoursSpec } from '../../charts/hours_spec';
import { formatCount } from '../../components/format';

function title(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function ListTable({ list }: { list: ProfileList }) {
  const shown = list.values.length;
  return (
    <div data-test-subj={`uebaProfileList-${list.name}`}>
      <EuiTitle size="xxs">
        <h3>
          {title(list.name)}
          {list.total !== null && list.total > shown ? ` (${shown} of ${formatCount(list.total)})` : ''}
        </h3>
      </EuiTitle>
      <EuiBasicTable<ProfileValue>
        compressed
        items={list.values}
        noItemsMessage="none"
        columns={[
          {
            field: 'label',
            name: 'Value',
            render: (label: string, value: ProfileValue) => (
              <span title={value.detail ?? undefined}>{label}</span>
            ),
          },
          {
            field: 'count',
            name: 'Logins',
            align: 'right',
            width: '80px',
            render: (count: number | null) => formatCount(count),
          },
        ]}
      />
    </div>
  );
}

/** What the entity profile says is usual for this entity, as far as the plugin answers it. */
export function ProfilePanel({ profile }: { profile: EntityProfile }) {
  return (
    <div data-test-subj="uebaProfile">
      <EuiDescriptionList
        compressed
        type="column"
        listItems={[
          {
            title: 'Known to the profile',
            description:
              profile.known === null ? '–' : <EuiBadge color={profile.known ? 'secondary' : 'warning'}>{profile.known ? 'yes' : 'new'}</EuiBadge>,
          },
          { title: 'Profile version', description: profile.profile_version ?? '–' },
          { title: 'Model set', description: profile.model_set ?? '–' },
          ...profile.facts.map((fact) => ({ title: title(fact.name), description: fact.value })),
        ]}
      />
      <EuiSpacer size="m" />
      {profile.hours && (
        <>
          <VegaChart spec={hoursSpec(profile.hours)} title="Usual hours" testSubj="uebaProfileHours" />
          <EuiSpacer size="m" />
        </>
      )}
      {profile.lists.length === 0 && !profile.hours ? (
        <EuiText size="s" color="subdued">
          <p>The profile lists nothing usual for this entity.</p>
        </EuiText>
      ) : (
        <EuiFlexGrid columns={2} gutterSize="m">
          {profile.lists.map((list) => (
            <EuiFlexItem key={list.name}>
              <ListTable list={list} />
            </EuiFlexItem>
          ))}
        </EuiFlexGrid>
      )}
    </div>
  );
}
