/**
 * The graph API's nodes and edges as a graphology graph with what sigma draws: anomalous edges in
 * red, thickness by logins, nodes sized by their logins and coloured by kind.
 */
import { MultiDirectedGraph } from 'graphology';
import { Graph, GraphEdge, GraphNode } from '../../common/api/types';
import { SUSPICIOUS_COLOR, USUAL_COLOR } from '../charts/palette';

export const NODE_COLORS: Record<string, string> = {
  host: '#6092C0',
  ip: '#D6BF57',
  user: '#9170B8',
  unknown: '#98A2B3',
};

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  node: GraphNode;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  weight: number;
  edge: GraphEdge;
}

export type LoginGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function edgeKey(edge: Pick<GraphEdge, 'source' | 'relation' | 'target'>): string {
  return `${edge.source} ${edge.relation} ${edge.target}`;
}

export function isAnomalous(edge: GraphEdge): boolean {
  return edge.suspicious > 0;
}

function hash(text: string, seed: number): number {
  let value = seed;
  for (let i = 0; i < text.length; i++) {
    value = Math.imul(value ^ text.charCodeAt(i), 16777619);
  }
  return (value >>> 0) / 2 ** 32;
}

/**
 * A position from the name alone, so that the same graph starts its layout the same way. Two
 * nodes must not share one: ForceAtlas2 cannot push apart nodes at the same point.
 */
function seededPosition(id: string): { x: number; y: number } {
  const angle = hash(id, 2166136261) * 2 * Math.PI;
  const radius = 1 + Math.sqrt(hash(id, 374761393)) * 99;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

export function edgeThickness(count: number): number {
  return Math.min(1 + Math.log2(Math.max(count, 1)), 10);
}

function nodeSize(node: GraphNode): number {
  return Math.min(3 + 1.5 * Math.log2(1 + node.logins_in + node.logins_out), 18);
}

export function toLoginGraph(graph: Graph): LoginGraph {
  const result: LoginGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const node of graph.nodes) {
    if (!result.hasNode(node.id)) {
      result.addNode(node.id, {
        ...seededPosition(node.id),
        size: nodeSize(node),
        color: NODE_COLORS[node.kind] ?? NODE_COLORS.unknown,
        label: node.id,
        node,
      });
    }
  }
  for (const edge of graph.edges) {
    for (const end of [edge.source, edge.target]) {
      if (!result.hasNode(end)) {
        const node: GraphNode = { id: end, kind: 'unknown', logins_in: 0, logins_out: 0, suspicious: 0, score: null };
        result.addNode(end, { ...seededPosition(end), size: 3, color: NODE_COLORS.unknown, label: end, node });
      }
    }
    const key = edgeKey(edge);
    if (!result.hasEdge(key)) {
      result.addDirectedEdgeWithKey(key, edge.source, edge.target, {
        size: edgeThickness(edge.count),
        color: isAnomalous(edge) ? SUSPICIOUS_COLOR : USUAL_COLOR,
        weight: Math.log2(1 + edge.count),
        edge,
      });
    }
  }
  return result;
}
