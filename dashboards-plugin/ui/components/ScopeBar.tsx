import { EuiFieldText, EuiFlexGroup, EuiFlexItem, EuiFormRow, EuiSuperDatePicker } from '@elastic/eui';
import React, { useEffect, useState } from 'react';
import { DEFAULT_INDEX, scopeOf } from '../app/scope';
import { useServices } from '../app/services';

/** The login indices and the time range every view reads, kept in the URL. */
export function ScopeBar() {
  const { navigation, refresh } = useServices();
  const scope = scopeOf(navigation.location.query);
  const [index, setIndex] = useState(scope.index);
  useEffect(() => setIndex(scope.index), [scope.index]);

  const applyIndex = () => {
    const value = index.trim();
    navigation.setQuery({ index: value === DEFAULT_INDEX ? undefined : value });
  };

  return (
    <EuiFlexGroup gutterSize="m" alignItems="flexEnd" responsive={false} wrap>
      <EuiFlexItem grow={false} style={{ minWidth: 220 }}>
        <EuiFormRow label="Login indices" display="rowCompressed">
          <EuiFieldText
            compressed
            value={index}
            onChange={(event) => setIndex(event.target.value)}
            onBlur={applyIndex}
            onKeyDown={(event) => event.key === 'Enter' && applyIndex()}
            data-test-subj="uebaIndex"
            aria-label="Login indices"
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem>
        <EuiSuperDatePicker
          compressed
          start={scope.from}
          end={scope.to}
          onTimeChange={({ start, end }) => navigation.setQuery({ from: start, to: end })}
          onRefresh={refresh}
          commonlyUsedRanges={[
            { start: 'now-24h', end: 'now', label: 'Last 24 hours' },
            { start: 'now-7d', end: 'now', label: 'Last 7 days' },
            { start: 'now-30d', end: 'now', label: 'Last 30 days' },
            { start: 'now-90d', end: 'now', label: 'Last 90 days' },
          ]}
        />
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}
