import React, { useEffect, useMemo, useRef, useState } from 'react';
import Sigma from 'sigma';
import { Graph } from '../../common/api/types';
import { formatCount } from '../components/format';
import { EdgeAttributes, NodeAttributes, toLoginGraph } from './graph_model';
import { startLayout } from './layout';
import { GraphProbe, publishProbe, withdrawProbe } from './probe';

export type GraphSelection = { type: 'node'; id: string } | { type: 'edge'; key: string };

/**
 * Above this many edges a graph is laid out before it is drawn, arrows cost more than they tell,
 * and edges hide while the view moves.
 */
const LARGE_GRAPH_EDGES = 5000;

interface Props {
  graph: Graph;
  selection: GraphSelection | null;
  onSelect(selection: GraphSelection | null): void;
  onDrawn?(): void;
  height?: number;
}

export function GraphCanvas({ graph, selection, onSelect, onDrawn, height = 560 }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma<NodeAttributes, EdgeAttributes>>();
  const callbacks = useRef({ onSelect, onDrawn });
  callbacks.current = { onSelect, onDrawn };
  const loginGraph = useMemo(() => toLoginGraph(graph), [graph]);
  const [layoutMillis, setLayoutMillis] = useState<number | null>(null);

  useEffect(() => {
    const element = container.current;
    if (element === null) {
      return undefined;
    }
    const large = loginGraph.size > LARGE_GRAPH_EDGES;
    let cancelled = false;
    let withdraw = () => undefined as void;
    const draw = () => {
      const sigma = new Sigma<NodeAttributes, EdgeAttributes>(loginGraph, element, {
        enableEdgeEvents: true,
        defaultEdgeType: large ? 'line' : 'arrow',
        hideEdgesOnMove: large,
        labelRenderedSizeThreshold: 9,
        zIndex: true,
        allowInvalidContainer: true,
      });
      renderer.current = sigma;
      const probe = publishProbe(loginGraph, sigma);
      withdraw = () => withdrawProbe(probe);
      // the constructor has drawn the graph: the next frame shows it
      requestAnimationFrame(() => callbacks.current.onDrawn?.());
      sigma.on('clickNode', ({ node }) => callbacks.current.onSelect({ type: 'node', id: node }));
      sigma.on('clickEdge', ({ edge }) => callbacks.current.onSelect({ type: 'edge', key: edge }));
      sigma.on('clickStage', () => callbacks.current.onSelect(null));
      const pointer = (cursor: string) => () => element.style.setProperty('cursor', cursor);
      sigma.on('enterNode', pointer('pointer'));
      sigma.on('leaveNode', pointer('default'));
      sigma.on('enterEdge', pointer('pointer'));
      sigma.on('leaveEdge', pointer('default'));
      return probe;
    };

    setLayoutMillis(null);
    // a small graph is drawn at once and moves as it settles; a large one is drawn once settled
    const probe = large ? null : draw();
    const layout = startLayout(loginGraph, { animate: !large });
    layout.done.then(({ millis, iterations }) => {
      if (cancelled) {
        return;
      }
      setLayoutMillis(millis);
      const record = (drawn: GraphProbe) => Object.assign(drawn, { layoutMillis: millis, layoutIterations: iterations });
      if (probe !== null) {
        record(probe);
        return;
      }
      // draw once the status says the layout is done: the first drawing holds the page a while
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (!cancelled) {
            record(draw());
          }
        })
      );
    });
    return () => {
      cancelled = true;
      layout.stop();
      withdraw();
      renderer.current?.kill();
      renderer.current = undefined;
    };
  }, [loginGraph]);

  useEffect(() => {
    const sigma = renderer.current;
    if (sigma === undefined) {
      return;
    }
    const selectedNode = selection?.type === 'node' ? selection.id : null;
    const selectedEdge = selection?.type === 'edge' ? selection.key : null;
    sigma.setSetting('nodeReducer', (node, data) =>
      node === selectedNode ? { ...data, highlighted: true, zIndex: 1 } : data
    );
    sigma.setSetting('edgeReducer', (edge, data) =>
      edge === selectedEdge ? { ...data, size: data.size + 3, color: '#343741', zIndex: 1 } : data
    );
  }, [selection, loginGraph]);

  return (
    <div>
      <div
        ref={container}
        data-test-subj="uebaGraphCanvas"
        role="img"
        aria-label={`graph of ${loginGraph.order} entities and ${loginGraph.size} edges`}
        style={{ height, width: '100%', border: '1px solid #D3DAE6', borderRadius: 4, background: '#FFF' }}
      />
      <p style={{ fontSize: 12, color: '#69707D', marginTop: 4 }} data-test-subj="uebaGraphStatus">
        {formatCount(loginGraph.order)} entities, {formatCount(loginGraph.size)} edges;{' '}
        {layoutMillis === null ? 'laying out…' : `laid out in ${(layoutMillis / 1000).toFixed(1)} s`}
      </p>
    </div>
  );
}
