// Renders a spec as OpenSearch Dashboards does, with a recorded search response in place of OpenSearch,
// and reads back what was drawn.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import hjson from 'hjson';
import * as vega from 'vega';
import { expressionInterpreter } from 'vega-interpreter';

const root = new URL('../', import.meta.url);

/** A spec of specs/, parsed as Dashboards parses the text of a Vega visualization. */
export async function loadSpec(name) {
  const text = await readFile(new URL(`specs/${name}.vg.hjson`, root), 'utf8');
  return hjson.parse(text, { legacyRoot: false });
}

/** A recorded search response of test/fixtures/. */
export async function loadResponse(name) {
  return JSON.parse(await readFile(new URL(`test/fixtures/${name}.response.json`, root), 'utf8'));
}

/** The spec's data entry that searches OpenSearch: its url is an object, not an address. */
export function searchOf(spec) {
  const searches = spec.data.filter((data) => typeof data.url === 'object');
  if (searches.length !== 1) {
    throw new Error(`expected one search in the spec, found ${searches.length}`);
  }
  return searches[0];
}

/** Puts the response where Dashboards puts the answer to a search: as the data's values, the url gone. */
export function answer(spec, response) {
  const search = searchOf(spec);
  delete search.url;
  search.values = response;
  return spec;
}

/**
 * Renders the spec in a panel of the given size, as Dashboards does: parsed to an AST and run by the
 * expression interpreter, since Dashboards' content security policy forbids code made from strings (the
 * tests run with --disallow-code-generation-from-strings, so a spec that needs it fails). An error or a
 * warning, which Dashboards would show over the panel, fails the render. Writes the SVG to out/<name>.svg
 * and returns it with the view.
 */
export async function render(name, spec, { width = 900, height = 420, signals = {} } = {}) {
  const sized = { ...spec, width, height, autosize: { type: 'fit', contains: 'padding' } };
  const logged = [];
  const view = new vega.View(vega.parse(sized, null, { ast: true }), {
    expr: expressionInterpreter,
    renderer: 'none',
    logger: vega.logger(vega.Warn, undefined, (method, level, args) => logged.push(`${level} ${args.join(' ')}`)),
  });
  for (const [signal, value] of Object.entries(signals)) {
    view.signal(signal, value);
  }
  await view.runAsync();
  if (logged.length > 0) {
    throw new Error(`Vega logged, rendering ${name}:\n${logged.join('\n')}`);
  }
  const svg = await view.toSVG();
  const out = new URL('out/', root);
  await mkdir(out, { recursive: true });
  await writeFile(new URL(`${name}.svg`, out), svg);
  return { svg, view };
}

/** The SVG elements a named mark drew, each as its attributes (and its text, for a text mark). */
export function drawn(svg, markName) {
  // A mark without items is an empty element, <g …/>.
  const group = new RegExp(`<g class="mark-\\w+ role-mark ${markName}"[^>]*?(?:/>|>(.*?)</g>)`, 's').exec(svg);
  if (group === null) {
    throw new Error(`no mark [${markName}] in the SVG`);
  }
  return [...(group[1] ?? '').matchAll(/<(path|line|text)\b([^>]*?)(?:\/>|>([^<]*)<\/\1>)/g)].map(([, tag, attributes, text]) => ({
    tag,
    text,
    ...Object.fromEntries([...attributes.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, key, value]) => [key, value])),
  }));
}

/**
 * The scenegraph items of a named mark: their data, tooltips and all. The SVG draws them in this order
 * unless the mark sets a zindex.
 */
export function items(view, markName) {
  const found = [];
  (function walk(node) {
    if (node.marktype !== undefined && node.name === markName) {
      found.push(...node.items);
    }
    for (const child of node.items ?? []) {
      walk(child);
    }
  })(view.scenegraph().root);
  return found;
}

/** An SVG colour, #rrggbb or rgb(r, g, b), as [r, g, b]. */
export function rgb(color) {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (hex !== null) {
    return hex.slice(1).map((part) => parseInt(part, 16));
  }
  const functional = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color);
  if (functional !== null) {
    return functional.slice(1).map(Number);
  }
  throw new Error(`not a colour: ${color}`);
}

/** Where a drawn symbol or text stands: the translate of its transform. */
export function position(element) {
  const [, x, y] = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(element.transform);
  return { x: Number(x), y: Number(y) };
}
