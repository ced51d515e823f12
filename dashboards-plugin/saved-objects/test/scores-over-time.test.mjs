import assert from 'node:assert/strict';
import test from 'node:test';
import { answer, drawn, items, loadResponse, loadSpec, position, render, searchOf } from './render.mjs';

const NAME = 'scores-over-time';
const HIGHLIGHT = '#BD271E';
const OUTCOME_FILL = { success: '#54B399', failure: '#D6BF57', unknown: '#98A2B3' };

// Every path of a _source document, nested ({"user": {"name": …}}) or dotted ({"user.name": …}) alike.
function sourcePaths(source, prefix = '') {
  return Object.entries(source).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? sourcePaths(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

test('the search reads the scored logins of logins-* in the dashboard time range and filters', async () => {
  const { url } = searchOf(await loadSpec(NAME));
  assert.equal(url.index, 'logins-*');
  const { must, must_not: mustNot, filter } = url.body.query.bool;
  assert.deepEqual(must, ['%dashboard_context-must_clause%']);
  assert.deepEqual(mustNot, ['%dashboard_context-must_not_clause%']);
  assert.deepEqual(filter, [
    '%dashboard_context-filter_clause%',
    { range: { '@timestamp': { '%timefilter%': true } } },
    { exists: { field: 'ueba.score' } },
  ]);
});

test('the recorded response holds only fields the search asks _source for', async () => {
  const { url } = searchOf(await loadSpec(NAME));
  const response = await loadResponse(NAME);
  for (const hit of response.hits.hits) {
    for (const path of sourcePaths(hit._source)) {
      assert.ok(url.body._source.includes(path), `${hit._id}: ${path} is not fetched`);
    }
  }
});

test('one dot per login, the suspicious ones ringed in the highlight colour above the rest', async () => {
  const response = await loadResponse(NAME);
  const logins = response.hits.hits.map((hit) => hit._source);
  const { svg } = await render(NAME, answer(await loadSpec(NAME), response));

  const dots = drawn(svg, 'dots');
  assert.equal(dots.length, logins.length);
  for (const dot of dots) {
    const { x, y } = position(dot);
    assert.ok(Number.isFinite(x) && Number.isFinite(y), `a dot at ${dot.transform}`);
  }

  const ringed = dots.filter((dot) => dot.stroke === HIGHLIGHT);
  const suspicious = logins.filter((login) => login.ueba.suspicious);
  assert.equal(ringed.length, suspicious.length);
  assert.ok(ringed.every((dot) => Number(dot['stroke-width']) === 2));
  // Higher on the panel is a higher score: the ringed dots are the topmost ones.
  const highestFirst = dots.map((dot) => position(dot).y).sort((a, b) => a - b);
  assert.deepEqual(
    ringed.map((dot) => position(dot).y).sort((a, b) => a - b),
    highestFirst.slice(0, suspicious.length),
  );

  const fills = dots.map((dot) => dot.fill);
  for (const [outcome, fill] of Object.entries(OUTCOME_FILL)) {
    const expected = logins.filter((login) => (login.event?.outcome ?? login['event.outcome']) === outcome).length;
    assert.equal(fills.filter((dotFill) => dotFill === fill).length, expected, outcome);
  }
});

test('the threshold rule stands at score 1, below every suspicious login and above every other', async () => {
  const { svg } = await render(NAME, answer(await loadSpec(NAME), await loadResponse(NAME)));
  const [threshold] = drawn(svg, 'threshold');
  const thresholdY = position(threshold).y;
  for (const dot of drawn(svg, 'dots')) {
    const above = position(dot).y < thresholdY;
    assert.equal(above, dot.stroke === HIGHLIGHT, dot.transform);
  }
});

test('the tooltip says who, from where, to where and why, whether the fields come nested or dotted', async () => {
  const { view } = await render(NAME, answer(await loadSpec(NAME), await loadResponse(NAME)));
  const tooltips = items(view, 'dots').map((item) => item.tooltip);

  const pmeyer = tooltips.find((tooltip) => tooltip.user === 'CORP\\pmeyer');
  assert.equal(pmeyer.source, 'WS-0311');
  assert.equal(pmeyer.destination, 'DC-01');
  assert.equal(pmeyer.score, '9.930');
  assert.match(pmeyer.explanation, /autoencoder: first login from this source for this user/);

  const web = tooltips.find((tooltip) => tooltip.user === 'amartin');
  assert.equal(web.source, '117.204.199.191', 'no source host: the source address');

  const dotted = tooltips.find((tooltip) => tooltip.user === 'svc_backup');
  assert.equal(dotted.source, '10.0.6.11');
  assert.equal(dotted.destination, 'srv-db-02', 'no destination.address: host.name');
  assert.equal(dotted.outcome, 'success');
  assert.equal(dotted.explanation, '');
});
