import React, { useEffect, useRef, useState } from 'react';
import { View, parse } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { TopLevelSpec, compile } from 'vega-lite';

/**
 * Draws a Vega-Lite spec. Expressions are interpreted (`ast: true` with vega-interpreter) rather
 * than compiled with `new Function`, which OSD's content security policy forbids.
 */
export function VegaChart({ spec, title, testSubj }: { spec: TopLevelSpec; title: string; testSubj: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (container.current === null) {
      return undefined;
    }
    let view: View | undefined;
    try {
      view = new View(parse(compile(spec).spec, undefined, { ast: true }), {
        expr: expressionInterpreter,
        renderer: 'canvas',
        container: container.current,
        hover: true,
      });
      view.runAsync().catch((reason: unknown) => setError(String(reason)));
    } catch (reason) {
      setError(String(reason));
    }
    return () => {
      view?.finalize();
    };
  }, [spec]);

  return (
    <figure style={{ margin: 0 }} aria-label={title} data-test-subj={testSubj}>
      <div ref={container} style={{ width: '100%' }} />
      {error && <p role="alert">{error}</p>}
    </figure>
  );
}
