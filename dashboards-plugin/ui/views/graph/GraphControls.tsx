import { EuiFieldNumber, EuiFieldText, EuiFlexGroup, EuiFlexItem, EuiFormRow, EuiSelect } from '@elastic/eui';
import React, { useEffect, useState } from 'react';
import { Query } from '../../router/location';

interface Props {
  query: Query;
  onChange(patch: Partial<Query>): void;
}

/** A text field applied to the query on Enter or when it loses focus, as an analyst types a name. */
function useAppliedText(query: Query, key: string, onChange: Props['onChange']) {
  const [value, setValue] = useState(query[key] ?? '');
  useEffect(() => setValue(query[key] ?? ''), [query, key]);
  const apply = () => value.trim() !== (query[key] ?? '') && onChange({ [key]: value.trim() });
  return {
    value,
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setValue(event.target.value),
    onBlur: apply,
    onKeyDown: (event: React.KeyboardEvent) => event.key === 'Enter' && apply(),
  };
}

interface TextControlProps {
  label: string;
  placeholder: string;
  field: ReturnType<typeof useAppliedText>;
  testSubj: string;
  ariaLabel: string;
}

function TextControl({ label, placeholder, field, testSubj, ariaLabel }: TextControlProps) {
  return (
    <EuiFlexItem grow={false} style={{ width: 200 }}>
      <EuiFormRow label={label} display="rowCompressed">
        <EuiFieldText compressed placeholder={placeholder} {...field} data-test-subj={testSubj} aria-label={ariaLabel} />
      </EuiFormRow>
    </EuiFlexItem>
  );
}

export function GraphControls({ query, onChange }: Props) {
  const entity = useAppliedText(query, 'entity', onChange);
  // an edge's relation names the field's value only while the field is set: a relation filter of
  // the other form would match nothing, so changing the field clears it
  const relationField = useAppliedText(query, 'relation_field', (patch) => onChange({ ...patch, relation: undefined }));
  return (
    <EuiFlexGroup gutterSize="s" alignItems="flexEnd" wrap responsive={false} data-test-subj="uebaGraphControls">
      <TextControl label="Around entity" placeholder="every entity" field={entity} testSubj="uebaGraphEntity" ariaLabel="Entity" />
      <TextControl
        label="Split relations by field"
        placeholder="e.g. ssh.client"
        field={relationField}
        testSubj="uebaGraphRelationField"
        ariaLabel="Relation field"
      />
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
