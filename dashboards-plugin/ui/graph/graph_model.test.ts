import { describe, expect, it } from 'vitest';
import { Graph, GraphEdge } from '../../common/api/types';
import { SUSPICIOUS_COLOR, USUAL_COLOR } from '../charts/palette';
import { edgeKey, edgeThickness, toLoginGraph } from './graph_model';

function edge(source: string, target: string, count: number, suspicious: number, relation = 'kerberos/network'): GraphEdge {
  return { source, relation, target, count, suspicious, failed: 0, first_seen: null, last_seen: null, score: null, scores: {} };
}

describe('login graph', () => {
  const graph: Graph = {
    nodes: [
      { id: 'ws-01', kind: 'host', logins_in: 0, logins_out: 9, suspicious: 1, score: null },
      { id: 'dc-01', kind: 'host', logins_in: 9, logins_out: 0, suspicious: 1, score: null },
    ],
    edges: [edge('ws-01', 'dc-01', 8, 0), edge('ws-01', 'dc-01', 1, 1, 'ntlm/network'), edge('ws-01', 'ws-01', 2, 0), edge('10.0.0.9', 'dc-01', 1, 1)],
    edges_found: 4,
    truncated: false,
    complete: true,
  };

  it('draws anomalous edges red and thicker with more logins, each relation its own edge', () => {
    const drawn = toLoginGraph(graph);
    expect(drawn.size).toBe(4);
    expect(drawn.getEdgeAttribute(edgeKey(graph.edges[0]), 'color')).toBe(USUAL_COLOR);
    expect(drawn.getEdgeAttribute(edgeKey(graph.edges[1]), 'color')).toBe(SUSPICIOUS_COLOR);
    expect(drawn.getEdgeAttribute(edgeKey(graph.edges[0]), 'size')).toBeGreaterThan(
      drawn.getEdgeAttribute(edgeKey(graph.edges[1]), 'size')
    );
    expect(edgeThickness(1_000_000)).toBe(10);
  });

  it('adds the ends the answer did not list as nodes, and places nodes the same way each time', () => {
    const drawn = toLoginGraph(graph);
    expect(drawn.getNodeAttribute('10.0.0.9', 'node').kind).toBe('unknown');
    const again = toLoginGraph(graph);
    expect(again.getNodeAttributes('ws-01').x).toBe(drawn.getNodeAttributes('ws-01').x);
    expect(drawn.getNodeAttributes('ws-01').x).not.toBe(drawn.getNodeAttributes('dc-01').x);
  });
});
