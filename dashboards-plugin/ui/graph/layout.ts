/**
 * ForceAtlas2 in a web worker, so that the page stays responsive while a large graph settles:
 * on the main thread it took about 26 s for 10k nodes and 50k edges. The layout runs for a time
 * budget that grows with the graph, then stops; the graph is drawn and usable throughout.
 */
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import { LoginGraph } from './graph_model';

export interface LayoutRun {
  /** Resolves with the milliseconds the layout ran, once it has stopped. */
  done: Promise<number>;
  stop(): void;
}

export function layoutBudgetMillis(nodes: number): number {
  return Math.min(1500 + nodes * 0.5, 8000);
}

export function startLayout(graph: LoginGraph, budgetMillis = layoutBudgetMillis(graph.order)): LayoutRun {
  const started = performance.now();
  if (graph.order < 2) {
    return { done: Promise.resolve(0), stop: () => undefined };
  }
  const supervisor = new FA2LayoutSupervisor(graph, {
    settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500 },
    getEdgeWeight: 'weight',
  });
  let finish: (millis: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => {
    finish = resolve;
  });
  const stop = () => {
    if (supervisor.isRunning()) {
      supervisor.stop();
    }
    supervisor.kill();
    clearTimeout(timer);
    finish(performance.now() - started);
  };
  const timer = setTimeout(stop, budgetMillis);
  supervisor.start();
  return { done, stop };
}
