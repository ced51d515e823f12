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
  /** Milliseconds the layout ran, once it has stopped, and its iterations. */
  layoutMillis: number | null;
  layoutIterations: number | null;
  /** Edge keys, anomalous ones first. */
  edges(): string[];
  /** A point on an edge clear of every node, in CSS pixels from the page's top left, or null. */
  edgePoint(key: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    uebaGraphProbe?: GraphProbe;
  }
}

/** Where along an edge to look for a point no node covers, the middle first. */
const ALONG_EDGE = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];

export function publishProbe(graph: LoginGraph, renderer: Sigma<NodeAttributes, EdgeAttributes>): GraphProbe {
  const box = () => renderer.getContainer().getBoundingClientRect();
  const inViewport = (x: number, y: number) => renderer.framedGraphToViewport({ x, y });
  const onPage = (point: { x: number; y: number }) => ({ x: box().left + point.x, y: box().top + point.y });
  const nodeCircles = () =>
    graph.nodes().flatMap((node) => {
      const data = renderer.getNodeDisplayData(node);
      return data ? [{ ...inViewport(data.x, data.y), radius: renderer.scaleSize(data.size) + 3 }] : [];
    });
  const probe: GraphProbe = {
    nodeCount: graph.order,
    edgeCount: graph.size,
    layoutMillis: null,
    layoutIterations: null,
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
      if (!source || !target) {
        return null;
      }
      const from = inViewport(source.x, source.y);
      const to = inViewport(target.x, target.y);
      const { width, height } = box();
      const circles = nodeCircles();
      for (const t of ALONG_EDGE) {
        const point = { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
        const inside = point.x > 2 && point.y > 2 && point.x < width - 2 && point.y < height - 2;
        if (inside && circles.every((c) => Math.hypot(c.x - point.x, c.y - point.y) > c.radius)) {
          return onPage(point);
        }
      }
      return null;
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
