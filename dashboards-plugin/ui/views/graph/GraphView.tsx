import { EuiFlexGroup, EuiFlexItem, EuiLoadingChart, EuiPanel, EuiSpacer, EuiText } from '@elastic/eui';
import React, { useCallback, useMemo, useState } from 'react';
import { Graph } from '../../../common/api/types';
import { markViewReady } from '../../app/performance_marks';
import { scopeOf } from '../../app/scope';
import { useServices } from '../../app/services';
import { useRequest } from '../../app/use_request';
import { ErrorCallout } from '../../components/ErrorCallout';
import { formatCount } from '../../components/format';
import { GraphCanvas, GraphSelection } from '../../graph/GraphCanvas';
import { edgeKey } from '../../graph/graph_model';
import { GraphControls } from './GraphControls';
import { GraphLegend } from './GraphLegend';
import { EdgeDetails, NodeDetails } from './SelectionDetails';

/** A drawn graph with the side panel of what the analyst clicked. */
export function GraphExplorer({ graph, view, onFocus }: { graph: Graph; view: string; onFocus(node: string): void }) {
  const [selection, setSelection] = useState<GraphSelection | null>(null);
  const nodes = useMemo(() => new Map(graph.nodes.map((node) => [node.id, node])), [graph]);
  const edges = useMemo(() => new Map(graph.edges.map((edge) => [edgeKey(edge), edge])), [graph]);
  const onDrawn = useCallback(() => markViewReady(view), [view]);
  const selectedEdge = selection?.type === 'edge' ? edges.get(selection.key) : undefined;
  const selectedNode = selection?.type === 'node' ? nodes.get(selection.id) : undefined;
  return (
    <EuiFlexGroup gutterSize="m" alignItems="flexStart">
      <EuiFlexItem>
        <GraphCanvas graph={graph} selection={selection} onSelect={setSelection} onDrawn={onDrawn} />
        <GraphLegend />
      </EuiFlexItem>
      <EuiFlexItem grow={false} style={{ width: 330 }}>
        <EuiPanel hasBorder hasShadow={false} paddingSize="m">
          {selectedEdge && <EdgeDetails edge={selectedEdge} nodeKind={(id) => nodes.get(id)?.kind ?? 'unknown'} />}
          {selectedNode && <NodeDetails node={selectedNode} onFocus={() => onFocus(selectedNode.id)} />}
          {!selectedEdge && !selectedNode && (
            <EuiText size="s" color="subdued">
              <p>Click an edge or an entity to see its logins and open it.</p>
            </EuiText>
          )}
        </EuiPanel>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

export function GraphView() {
  const { client, navigation, refreshCount } = useServices();
  const query = navigation.location.query;
  const parameters = {
    ...scopeOf(query),
    entity: query.entity,
    min_score: query.min_score,
    max_edges: query.max_edges,
    order: query.order,
    relation: query.relation,
    relation_field: query.relation_field,
  };
  const requestKey = `${JSON.stringify(parameters)}|${refreshCount}`;
  const graph = useRequest(requestKey, () => client.graph(parameters));
  const data = graph.data;
  return (
    <div data-test-subj="uebaGraph">
      <GraphControls query={query} onChange={(patch) => navigation.setQuery(patch)} />
      <EuiSpacer size="s" />
      {graph.error && <ErrorCallout title="Could not draw the graph" error={graph.error} />}
      {data && (
        <EuiText size="s" color="subdued" data-test-subj="uebaGraphSummary">
          {formatCount(data.edges.length)} of {formatCount(data.edges_found)} edges
          {data.complete ? '' : ' (the window has more groups of logins than the graph reads)'}
          {data.took_ms !== undefined ? `, read in ${data.took_ms} ms` : ''}
        </EuiText>
      )}
      <EuiSpacer size="s" />
      {data ? (
        <GraphExplorer key={requestKey} graph={data} view="graph" onFocus={(entity) => navigation.setQuery({ entity })} />
      ) : (
        !graph.error && <EuiLoadingChart size="xl" />
      )}
    </div>
  );
}
