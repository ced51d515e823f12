import {
  EuiBadge,
  EuiButtonEmpty,
  EuiFieldNumber,
  EuiFieldText,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFormRow,
  EuiSelect,
  EuiSwitch,
} from '@elastic/eui';
import React, { useEffect, useState } from 'react';
import { MODEL_KINDS, OUTCOMES } from '../../../common/api/types';
import { Query } from '../../router/location';
import { FILTER_KEYS, showsAll } from './login_view_query';

interface Props {
  query: Query;
  onChange(patch: Partial<Query>): void;
}

/** A text filter that applies on Enter or when the field loses focus, not at each keystroke. */
function TextFilter({ label, value, onApply, testSubj }: { label: string; value: string; onApply(value: string): void; testSubj: string }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const apply = () => text.trim() !== value && onApply(text.trim());
  return (
    <EuiFormRow label={label} display="rowCompressed">
      <EuiFieldText
        compressed
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => event.key === 'Enter' && apply()}
        data-test-subj={testSubj}
        aria-label={label}
      />
    </EuiFormRow>
  );
}

export function LoginFilters({ query, onChange }: Props) {
  const set = (key: string) => (value: string) => onChange({ [key]: value, page: undefined });
  const hasFilters = FILTER_KEYS.some((key) => query[key] !== undefined);
  return (
    <EuiFlexGroup gutterSize="s" alignItems="flexEnd" wrap responsive={false} data-test-subj="uebaLoginFilters">
      <EuiFlexItem grow={false} style={{ width: 150 }}>
        <TextFilter label="User" value={query.user ?? ''} onApply={set('user')} testSubj="uebaFilterUser" />
      </EuiFlexItem>
      <EuiFlexItem grow={false} style={{ width: 150 }}>
        <TextFilter label="Source" value={query.source ?? ''} onApply={set('source')} testSubj="uebaFilterSource" />
      </EuiFlexItem>
      <EuiFlexItem grow={false} style={{ width: 150 }}>
        <TextFilter label="Destination" value={query.destination ?? ''} onApply={set('destination')} testSubj="uebaFilterDestination" />
      </EuiFlexItem>
      <EuiFlexItem grow={false} style={{ width: 120 }}>
        <EuiFormRow label="Outcome" display="rowCompressed">
          <EuiSelect
            compressed
            value={query.outcome ?? ''}
            options={[{ value: '', text: 'any' }, ...OUTCOMES.map((outcome) => ({ value: outcome, text: outcome }))]}
            onChange={(event) => set('outcome')(event.target.value)}
            data-test-subj="uebaFilterOutcome"
            aria-label="Outcome"
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem grow={false} style={{ width: 170 }}>
        <EuiFormRow label="Past the threshold of" display="rowCompressed">
          <EuiSelect
            compressed
            value={query.kind ?? ''}
            options={[{ value: '', text: 'any kind' }, ...MODEL_KINDS.map((kind) => ({ value: kind, text: kind }))]}
            onChange={(event) => set('kind')(event.target.value)}
            data-test-subj="uebaFilterKind"
            aria-label="Model kind"
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem grow={false} style={{ width: 110 }}>
        <EuiFormRow label="Score at least" display="rowCompressed">
          <EuiFieldNumber
            compressed
            min={0}
            step={0.1}
            value={query.min_score ?? ''}
            onChange={(event) => set('min_score')(event.target.value)}
            data-test-subj="uebaFilterMinScore"
            aria-label="Minimum score"
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem grow={false} style={{ width: 130 }}>
        <EuiFormRow label="Order" display="rowCompressed">
          <EuiSelect
            compressed
            value={query.sort === 'time' ? 'time' : 'score'}
            options={[
              { value: 'score', text: 'highest score' },
              { value: 'time', text: 'latest' },
            ]}
            onChange={(event) => onChange({ sort: event.target.value === 'time' ? 'time' : undefined, page: undefined })}
            data-test-subj="uebaSort"
            aria-label="Order"
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiFormRow hasEmptyLabelSpace display="rowCompressed">
          <EuiSwitch
            compressed
            label="Suspicious only"
            checked={!showsAll(query)}
            onChange={(event) => onChange({ show: event.target.checked ? undefined : 'all', page: undefined })}
            data-test-subj="uebaSuspiciousOnly"
          />
        </EuiFormRow>
      </EuiFlexItem>
      {query.relation && (
        <EuiFlexItem grow={false}>
          <EuiFormRow hasEmptyLabelSpace display="rowCompressed">
            <EuiBadge
              iconType="cross"
              iconSide="right"
              iconOnClick={() => onChange({ relation: undefined, relation_field: undefined, page: undefined })}
              iconOnClickAriaLabel="Remove the logon filter"
              data-test-subj="uebaRelationFilter"
            >
              logon {query.relation}
              {query.relation_field ? ` (last part: ${query.relation_field})` : ''}
            </EuiBadge>
          </EuiFormRow>
        </EuiFlexItem>
      )}
      {query.entity && (
        <EuiFlexItem grow={false}>
          <EuiFormRow hasEmptyLabelSpace display="rowCompressed">
            <EuiBadge
              iconType="cross"
              iconSide="right"
              iconOnClick={() => onChange({ entity: undefined, entity_kind: undefined, page: undefined })}
              iconOnClickAriaLabel="Remove the entity filter"
              data-test-subj="uebaFilterEntity"
            >
              {query.entity_kind} {query.entity}
            </EuiBadge>
          </EuiFormRow>
        </EuiFlexItem>
      )}
      {hasFilters && (
        <EuiFlexItem grow={false}>
          <EuiFormRow hasEmptyLabelSpace display="rowCompressed">
            <EuiButtonEmpty
              size="s"
              onClick={() => onChange(Object.fromEntries([...FILTER_KEYS, 'page'].map((key) => [key, undefined])))}
            >
              Clear filters
            </EuiButtonEmpty>
          </EuiFormRow>
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
}
