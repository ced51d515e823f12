/**
 * ForceAtlas2 in a web worker. On the main thread it took about 26 s for 10k nodes and 50k edges;
 * here the worker iterates and the page only relays its buffers. With `animate`, each iteration's
 * positions reach the graph, and so the renderer; without it, only the last ones do, for graphs
 * whose every drawing costs the main thread more than an iteration (without a GPU, seconds at 50k
 * edges). The layout stops after a time budget that grows with the graph.
 */
import { inferSettings } from 'graphology-layout-forceatlas2';
import defaultSettings from 'graphology-layout-forceatlas2/defaults.js';
import { assignLayoutChanges, graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import forceAtlas2Worker from 'graphology-layout-forceatlas2/webworker.js';
import { LoginGraph } from './graph_model';

export interface LayoutResult {
  millis: number;
  iterations: number;
}

export interface LayoutRun {
  /** Resolves once the layout has stopped. */
  done: Promise<LayoutResult>;
  stop(): void;
}

export function layoutBudgetMillis(nodes: number): number {
  return Math.min(1500 + nodes * 0.5, 8000);
}

/** The library's worker code, started from a blob so that any bundler (webpack in OSD, Vite) ships it. */
function spawnWorker(): Worker {
  const url = URL.createObjectURL(
    new Blob([`(${forceAtlas2Worker.toString()}).call(this);`], { type: 'text/javascript' })
  );
  try {
    return new Worker(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function startLayout(
  graph: LoginGraph,
  { animate, budgetMillis = layoutBudgetMillis(graph.order) }: { animate: boolean; budgetMillis?: number }
): LayoutRun {
  const started = performance.now();
  if (graph.order < 2) {
    return { done: Promise.resolve({ millis: 0, iterations: 0 }), stop: () => undefined };
  }
  // the worker reads every setting: the defaults fill what inferSettings leaves out
  const settings = { ...defaultSettings, ...inferSettings(graph), barnesHutOptimize: graph.order > 500 };
  const matrices = graphToByteArrays(graph, (_edge, attributes) => Number(attributes.weight) || 1);
  const worker = spawnWorker();
  let nodes = matrices.nodes;
  let stopped = false;
  let iterations = 0;
  let finish: (result: LayoutResult) => void = () => undefined;
  const done = new Promise<LayoutResult>((resolve) => {
    finish = resolve;
  });

  const stop = () => {
    if (stopped) {
      return;
    }
    stopped = true;
    worker.terminate();
    // while an iteration is under way its buffer belongs to the worker: the last published positions stay
    if (nodes.byteLength > 0) {
      assignLayoutChanges(graph, nodes, null);
    }
    finish({ millis: performance.now() - started, iterations });
  };

  worker.addEventListener('message', (event: MessageEvent<{ nodes: ArrayBuffer }>) => {
    if (stopped) {
      return;
    }
    const next = new Float32Array(event.data.nodes);
    if (!next.every(Number.isFinite)) {
      stop();
      return;
    }
    nodes = next;
    iterations++;
    const now = performance.now();
    if (now - started >= budgetMillis) {
      stop();
      return;
    }
    if (animate) {
      assignLayoutChanges(graph, nodes, null);
    }
    // the buffer goes to the worker and back: the page never copies it
    worker.postMessage({ settings, nodes: nodes.buffer }, [nodes.buffer]);
  });
  worker.addEventListener('error', stop);
  // the first message carries copies: the graph's own matrices stay readable until the end
  worker.postMessage({ settings, nodes: nodes.slice().buffer, edges: matrices.edges.buffer }, [matrices.edges.buffer]);
  return { done, stop };
}
