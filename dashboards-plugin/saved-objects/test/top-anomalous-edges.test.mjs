import assert from 'node:assert/strict';
import test from 'node:test';
import { answer, drawn, items, loadResponse, loadSpec, render, rgb, searchOf } from './render.mjs';

const NAME = 'top-anomalous-edges';

// The graph the recorded groups make, as the plugin's graph API names it: WS-0311 -> DC-01 and
// ws-0311. -> dc-01. are one edge, a login naming no source starts at "unknown", and a destination
// without destination.address is its host.name.
const EDGES = {
  'ws-0144 → ws-0144': { logins: 1, score: 19.7176, users: 'rshah' },
  'ws-0311 → dc-01': { logins: 3, score: 9.93, users: 'pmeyer' },
  '117.204.199.191 → vpn-gw-01': { logins: 3, score: 4.21, users: 'amartin' },
  'ws-0311 → srv-file-02': { logins: 4, score: 2.4, users: 'pmeyer, bwagner' },
  'unknown → 10.0.4.12': { logins: 1, score: 1.3021, users: 'svc_sql' },
  'srv-jump-01 → srv-db-02': { logins: 6, score: 1.0544, users: 'svc_backup, adm_kiyer' },
};
const NODES = [
  '10.0.4.12', '117.204.199.191', 'dc-01', 'srv-db-02', 'srv-file-02',
  'srv-jump-01', 'unknown', 'vpn-gw-01', 'ws-0144', 'ws-0311',
];
const DARKEST_RED = [165, 15, 21];

async function renderGraph(name = NAME, signals = {}) {
  return render(name, answer(await loadSpec(NAME), await loadResponse(NAME)), { signals });
}

// Strongly red: red well above green and blue.
function isRed(color) {
  const [r, g, b] = rgb(color);
  return r >= 150 && r >= 1.5 * g && r >= 1.5 * b;
}

// The lines and rings drawn, each with its edge (from the tooltip) and the SVG's stroke and width.
function drawnEdges(svg, view) {
  const lines = drawn(svg, 'edge_lines').map((element, index) => ({
    element,
    edge: items(view, 'edge_lines')[index].tooltip.edge,
  }));
  const rings = drawn(svg, 'loop_rings').map((element, index) => ({
    element,
    edge: items(view, 'loop_rings')[index].tooltip.edge,
  }));
  return [...lines, ...rings];
}

test('the search groups the suspicious logins of logins-* in the dashboard time range and filters', async () => {
  const { url } = searchOf(await loadSpec(NAME));
  assert.equal(url.index, 'logins-*');
  assert.equal(url.body.size, 0);
  const { must, must_not: mustNot, filter } = url.body.query.bool;
  assert.deepEqual(must, ['%dashboard_context-must_clause%']);
  assert.deepEqual(mustNot, ['%dashboard_context-must_not_clause%']);
  assert.deepEqual(filter, [
    '%dashboard_context-filter_clause%',
    { range: { '@timestamp': { '%timefilter%': true } } },
    { term: { 'ueba.suspicious': true } },
  ]);
  const sources = url.body.aggs.edges.composite.sources.map((source) => Object.values(source)[0].terms);
  assert.deepEqual(
    sources.map((terms) => terms.field),
    ['source.address', 'source.ip', 'destination.address', 'host.name', 'destination.ip'],
  );
  assert.ok(sources.every((terms) => terms.missing_bucket), 'a login without one of the fields keeps its group');
});

test('the recorded response has the keys and sub-aggregations the search asks for', async () => {
  const { url } = searchOf(await loadSpec(NAME));
  const { edges } = (await loadResponse(NAME)).aggregations;
  const keys = url.body.aggs.edges.composite.sources.map((source) => Object.keys(source)[0]);
  const aggs = Object.keys(url.body.aggs.edges.aggs).sort();
  for (const bucket of edges.buckets) {
    assert.deepEqual(Object.keys(bucket.key), keys);
    assert.deepEqual(Object.keys(bucket).filter((name) => !['key', 'doc_count'].includes(name)).sort(), aggs);
  }
});

test('the graph has the nodes and the edges of the suspicious logins, named as the graph API names them', async () => {
  const { svg, view } = await renderGraph();
  assert.deepEqual(drawn(svg, 'node_labels').map((label) => label.text).sort(), NODES);
  assert.equal(drawn(svg, 'node_dots').length, NODES.length);

  const edges = drawnEdges(svg, view);
  assert.deepEqual(edges.map(({ edge }) => edge).sort(), Object.keys(EDGES).sort());
  assert.equal(drawn(svg, 'arrow_heads').length, drawn(svg, 'edge_lines').length, 'an arrow head on each line');
  assert.equal(drawn(svg, 'loop_rings').length, 1, 'the login at its own keyboard is a ring');

  for (const { edge, ...tooltip } of [...items(view, 'edge_lines'), ...items(view, 'loop_rings')].map((item) => item.tooltip)) {
    const expected = EDGES[edge];
    assert.equal(tooltip['suspicious logins'], expected.logins, edge);
    assert.equal(tooltip['highest score'], expected.score.toFixed(3), edge);
    assert.equal(tooltip.users, expected.users, edge);
  }
});

test('every anomalous edge is red, the darkest the highest scored, and the widest the one with the most logins', async () => {
  const { svg, view } = await renderGraph();
  const edges = drawnEdges(svg, view);
  for (const { edge, element } of edges) {
    assert.ok(isRed(element.stroke), `${edge} is drawn in ${element.stroke}`);
  }

  const byScore = [...edges].sort((a, b) => EDGES[b.edge].score - EDGES[a.edge].score);
  assert.deepEqual(rgb(byScore[0].element.stroke), DARKEST_RED, `${byScore[0].edge} is the darkest`);
  const redness = ({ element }) => -rgb(element.stroke)[1];
  for (let index = 1; index < byScore.length; index++) {
    assert.ok(redness(byScore[index - 1]) >= redness(byScore[index]), `${byScore[index - 1].edge} is deeper than ${byScore[index].edge}`);
  }

  const widest = edges.reduce((a, b) => (Number(b.element['stroke-width']) > Number(a.element['stroke-width']) ? b : a));
  assert.equal(widest.edge, 'srv-jump-01 → srv-db-02');
});

test('the edges slider keeps the most anomalous edges and their nodes', async () => {
  const { svg, view } = await renderGraph(`${NAME}-3-edges`, { max_edges: 3 });
  assert.deepEqual(
    drawnEdges(svg, view).map(({ edge }) => edge).sort(),
    ['117.204.199.191 → vpn-gw-01', 'ws-0144 → ws-0144', 'ws-0311 → dc-01'],
  );
  assert.deepEqual(
    drawn(svg, 'node_labels').map((label) => label.text).sort(),
    ['117.204.199.191', 'dc-01', 'vpn-gw-01', 'ws-0144', 'ws-0311'],
  );
});

test('a time range without suspicious logins draws no edge and says so', async () => {
  const response = await loadResponse(NAME);
  response.aggregations.edges = { buckets: [] };
  const { svg } = await render(`${NAME}-empty`, answer(await loadSpec(NAME), response));
  assert.equal(drawn(svg, 'edge_lines').length, 0);
  assert.equal(drawn(svg, 'node_dots').length, 0);
  assert.deepEqual(drawn(svg, 'empty_note').map((note) => note.text), ['No suspicious logins in this time range']);
});
