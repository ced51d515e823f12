// The parts of graphology-layout-forceatlas2 that its own declarations leave out.
declare module 'graphology-layout-forceatlas2/webworker.js' {
  /** The worker's code, as a function whose source runs in a worker. */
  const workerFunction: () => void;
  export default workerFunction;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import Graph, { Attributes } from 'graphology-types';

  export function graphToByteArrays(
    graph: Graph,
    getEdgeWeight: (edge: string, attributes: Attributes) => number
  ): { nodes: Float32Array; edges: Float32Array };
  export function assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

  const defaultSettings: Required<ForceAtlas2Settings>;
  export default defaultSettings;
}
