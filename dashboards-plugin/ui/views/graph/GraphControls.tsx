import { EuiFieldNumber, EuiFieldText, EuiFlexGroup, EuiFlexItem, EuiFormRow, EuiSelect } from '@elastic/eui';
import React, { useEffect, useState } from 'react';
import { Query } from '../../router/location';

interface Props {
  query: Query;
  onChange(patch: Partial<Query>): void;
}

export function GraphControls({ query, onChange }: Props) {
  const [entity, setEntity] = useState(query.entity ?? '');
  useEffect(() => setEntity(query.entity ?? ''), [query.entity]);
  const applyEntity = () => entity.trim() !== (query.entity ?? '') && onChange({ entity: entity.trim() });
  return (
    <EuiFlexGroup gutterSize="s" alignItems="flexEnd" wrap responsive={false} data-test-subj="uebaGraphControls">
      <EuiFlexItem grow={false} style={{ width: 200 }}>
        <EuiFormRow label="Around entity" display="rowCompressed">
          <EuiFieldText
            compressed
            placeholder="every entity"
            value={entity}
            onChange={(event) => setEntity(event.target.value)}
            onBlur={applyEntity}
            onKeyDown={(event) => event.key === 'Enter' && applyEntity()}
            data-test-subj="uebaGraphEntity"
            aria-label="Entity"
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem grow={false} style={{ width: 170 }}>
        <EuiFormRow label="Logins" display="rowCompressed">
          <EuiSelect
            compressed
            value={query.min_score === '1' ? 'suspicious' : 'all'}
            options={[
              { value: 'all', text: 'every login' },
              { value: 'suspicious', text: 'suspicious only' },
            ]}
            onChange={(event) => onChange({ min_score: event.target.value === 'suspicious' ? '1' : undefined })}
            data-test-subj="uebaGraphLogins"
            aria-label="Logins"
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem grow={false} style={{ width: 170 }}>
        <EuiFormRow label="First" display="rowCompressed">
          <EuiSelect
            compressed
            value={query.order === 'count' ? 'count' : 'score'}
            options={[
              { value: 'score', text: 'most anomalous' },
              { value: 'count', text: 'busiest' },
            ]}
            onChange={(event) => onChange({ order: event.target.value === 'count' ? 'count' : undefined })}
            data-test-subj="uebaGraphOrder"
            aria-label="Order"
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem grow={false} style={{ width: 110 }}>
        <EuiFormRow label="Edges" display="rowCompressed">
          <EuiFieldNumber
            compressed
            min={1}
            max={5000}
            value={query.max_edges ?? '500'}
            onChange={(event) => onChange({ max_edges: event.target.value === '500' ? undefined : event.target.value })}
            data-test-subj="uebaGraphMaxEdges"
            aria-label="Most edges"
          />
        </EuiFormRow>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}
