import { EuiFlexGroup, EuiFlexItem, EuiText } from '@elastic/eui';
import React from 'react';
import { SUSPICIOUS_COLOR, USUAL_COLOR } from '../../charts/palette';
import { NODE_COLORS } from '../../graph/graph_model';

function Swatch({ color, round }: { color: string; round?: boolean }) {
  return (
    <span
      style={{
        display: 'inline-block',
        width: round ? 10 : 18,
        height: round ? 10 : 3,
        borderRadius: round ? 5 : 0,
        background: color,
        marginRight: 4,
        verticalAlign: 'middle',
      }}
    />
  );
}

export function GraphLegend() {
  return (
    <EuiFlexGroup gutterSize="m" wrap responsive={false}>
      {['host', 'ip', 'unknown'].map((kind) => (
        <EuiFlexItem grow={false} key={kind}>
          <EuiText size="xs">
            <Swatch color={NODE_COLORS[kind]} round />
            {kind}
          </EuiText>
        </EuiFlexItem>
      ))}
      <EuiFlexItem grow={false}>
        <EuiText size="xs">
          <Swatch color={SUSPICIOUS_COLOR} />
          with suspicious logins
        </EuiText>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiText size="xs">
          <Swatch color={USUAL_COLOR} />
          usual; thicker carries more logins
        </EuiText>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}
