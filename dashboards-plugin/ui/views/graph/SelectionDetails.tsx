import { EuiButton, EuiDescriptionList, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import React from 'react';
import { GraphEdge, GraphNode, ScoreStats } from '../../../common/api/types';
import { entityLocation, scopeQuery } from '../../app/scope';
import { useServices } from '../../app/services';
import { formatCount, formatScore, formatTime } from '../../components/format';
import { ScoreBadge } from '../../components/ScoreBadge';
import { formatHash } from '../../router/location';

function statsText(stats: ScoreStats | null | undefined): string {
  return stats ? `max ${formatScore(stats.max)}, mean ${formatScore(stats.mean)} over ${formatCount(stats.count)}` : '–';
}

/** Entities the plugin profiles: hosts and addresses; an `unknown` end has no page. */
function hasEntityPage(kind: string): boolean {
  return kind === 'host' || kind === 'ip' || kind === 'user';
}

function EntityButton({ kind, name, testSubj }: { kind: string; name: string; testSubj: string }) {
  const { navigation } = useServices();
  if (!hasEntityPage(kind)) {
    return null;
  }
  return (
    <EuiButton
      size="s"
      iconType="inspect"
      href={formatHash(entityLocation(kind, name, navigation.location.query))}
      data-test-subj={testSubj}
    >
      {name}
    </EuiButton>
  );
}

/** What was clicked: its name, what it is, and its figures. */
interface SelectionSummaryProps {
  title: string;
  subtitle: string;
  items: { title: string; description: NonNullable<React.ReactNode> }[];
}

function SelectionSummary({ title, subtitle, items }: SelectionSummaryProps) {
  return (
    <>
      <EuiTitle size="xs">
        <h3>{title}</h3>
      </EuiTitle>
      <EuiText size="s" color="subdued" data-test-subj="uebaSelectionSubtitle">
        {subtitle}
      </EuiText>
      <EuiSpacer size="s" />
      <EuiDescriptionList compressed type="column" listItems={items} />
    </>
  );
}

export function EdgeDetails({ edge, nodeKind }: { edge: GraphEdge; nodeKind(id: string): string }) {
  const { navigation } = useServices();
  const loginsHref = formatHash({
    path: ['logins'],
    query: {
      ...scopeQuery(navigation.location.query),
      source: edge.source,
      destination: edge.target,
      relation: edge.relation,
      // the field that ends the edge's relation, when the graph was drawn with one
      relation_field: navigation.location.query.relation_field,
      show: 'all',
    },
  });
  return (
    <div data-test-subj="uebaEdgeDetails">
      <SelectionSummary
        title={`${edge.source} → ${edge.target}`}
        subtitle={edge.relation}
        items={[
          { title: 'Logins', description: formatCount(edge.count) },
          { title: 'Suspicious', description: formatCount(edge.suspicious) },
          { title: 'Failed', description: formatCount(edge.failed) },
          { title: 'First seen', description: formatTime(edge.first_seen) },
          { title: 'Last seen', description: formatTime(edge.last_seen) },
          { title: 'Score', description: <ScoreBadge score={edge.score?.max ?? null} /> },
          { title: 'Combined', description: statsText(edge.score) },
          ...Object.entries(edge.scores).map(([kind, stats]) => ({ title: kind, description: statsText(stats) })),
        ]}
      />
      <EuiSpacer size="m" />
      <EuiText size="s">
        <p>Open an end of this edge:</p>
      </EuiText>
      <EuiFlexGroup gutterSize="s" wrap responsive={false}>
        <EuiFlexItem grow={false}>
          <EntityButton kind={nodeKind(edge.source)} name={edge.source} testSubj="uebaOpenSource" />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EntityButton kind={nodeKind(edge.target)} name={edge.target} testSubj="uebaOpenTarget" />
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="s" />
      <EuiButton size="s" fill href={loginsHref} data-test-subj="uebaEdgeLogins">
        Logins on this edge
      </EuiButton>
    </div>
  );
}

export function NodeDetails({ node, onFocus }: { node: GraphNode; onFocus(): void }) {
  return (
    <div data-test-subj="uebaNodeDetails">
      <SelectionSummary
        title={node.id}
        subtitle={node.kind}
        items={[
          { title: 'Logins out', description: formatCount(node.logins_out) },
          { title: 'Logins in', description: formatCount(node.logins_in) },
          { title: 'Suspicious', description: formatCount(node.suspicious) },
          { title: 'Score', description: statsText(node.score) },
        ]}
      />
      <EuiSpacer size="m" />
      <EuiFlexGroup gutterSize="s" wrap responsive={false}>
        <EuiFlexItem grow={false}>
          <EntityButton kind={node.kind} name={node.id} testSubj="uebaOpenNode" />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton size="s" onClick={onFocus} data-test-subj="uebaFocusNode">
            Its neighbourhood
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
    </div>
  );
}
