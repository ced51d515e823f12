/**
 * A read-only handle on the drawn graph, on `window.uebaGraphProbe` while a graph is shown: where
 * an edge or node is on screen and how the layout went. The end-to-end tests click edges and
 * measure the layout through it; it is handy in the browser's console too.
 */
import Sigma from 'sigma';
import { EdgeAttributes, LoginGraph, NodeAttributes } from './graph_model';

export interface GraphProbe {
  nodeCount: number;
  edgeCount: number;
  /** Milliseconds the layout ran, once it has stopped. */
  layoutMillis: number | null;
  /** Edge keys, anomalous ones first. */
  edges(): string[];
  /** Where an edge's middle is, in CSS pixels from the page's top left. */
  edgePoint(key: string): { x: number; y: number } | null;
  nodePoint(id: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    uebaGraphProbe?: GraphProbe;
  }
}

export function publishProbe(graph: LoginGraph, renderer: Sigma<NodeAttributes, EdgeAttributes>): GraphProbe {
  const onPage = (x: number, y: number) => {
    const box = renderer.getContainer().getBoundingClientRect();
    const point = renderer.framedGraphToViewport({ x, y });
    return { x: box.left + point.x, y: box.top + point.y };
  };
  const probe: GraphProbe = {
    nodeCount: graph.order,
    edgeCount: graph.size,
    layoutMillis: null,
    edges: () =>
      graph
        .edges()
        .sort((a, b) => graph.getEdgeAttribute(b, 'edge').suspicious - graph.getEdgeAttribute(a, 'edge').suspicious),
    edgePoint: (key) => {
      if (!graph.hasEdge(key)) {
        return null;
      }
      const source = renderer.getNodeDisplayData(graph.source(key));
      const target = renderer.getNodeDisplayData(graph.target(key));
      return source && target ? onPage((source.x + target.x) / 2, (source.y + target.y) / 2) : null;
    },
    nodePoint: (id) => {
      const node = graph.hasNode(id) ? renderer.getNodeDisplayData(id) : undefined;
      return node ? onPage(node.x, node.y) : null;
    },
  };
  window.uebaGraphProbe = probe;
  return probe;
}

export function withdrawProbe(probe: GraphProbe): void {
  if (window.uebaGraphProbe === probe) {
    delete window.uebaGraphProbe;
  }
}
