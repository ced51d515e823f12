import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import test from 'node:test';
import hjson from 'hjson';
import { NDJSON_FILE, ndjson } from '../build.mjs';

async function committed() {
  return readFile(NDJSON_FILE, 'utf8');
}

async function objects() {
  return (await committed()).trimEnd().split('\n').map((line) => JSON.parse(line));
}

test('the committed ndjson is what build.mjs writes from the specs', async () => {
  assert.equal(await committed(), ndjson(), 'run `node build.mjs` and commit ueba-saved-objects.ndjson');
});

test('an index pattern on logins-* with @timestamp as its time field', async () => {
  const [pattern] = (await objects()).filter((object) => object.type === 'index-pattern');
  assert.equal(pattern.attributes.title, 'logins-*');
  assert.equal(pattern.attributes.timeFieldName, '@timestamp');
});

test('two Vega visualizations, each holding its spec as written', async () => {
  const visualizations = (await objects()).filter((object) => object.type === 'visualization');
  const specs = {
    'UEBA: login scores over time': 'scores-over-time.vg.hjson',
    'UEBA: top anomalous edges': 'top-anomalous-edges.vg.hjson',
  };
  assert.deepEqual(visualizations.map((vis) => vis.attributes.title).sort(), Object.keys(specs).sort());
  for (const vis of visualizations) {
    const visState = JSON.parse(vis.attributes.visState);
    assert.equal(visState.type, 'vega');
    assert.equal(visState.title, vis.attributes.title);
    const file = await readFile(new URL(`../specs/${specs[vis.attributes.title]}`, import.meta.url), 'utf8');
    assert.equal(visState.params.spec, file);
    assert.match(hjson.parse(visState.params.spec, { legacyRoot: false }).$schema, /vega\/v5\.json$/);
  }
});

test('a dashboard whose panels refer to both visualizations', async () => {
  const all = await objects();
  const [dashboard] = all.filter((object) => object.type === 'dashboard');
  const panels = JSON.parse(dashboard.attributes.panelsJSON);
  assert.equal(panels.length, 2);
  const ids = new Set(all.filter((object) => object.type === 'visualization').map((vis) => vis.id));
  for (const panel of panels) {
    const reference = dashboard.references.find((ref) => ref.name === panel.panelRefName);
    assert.equal(reference.type, 'visualization');
    assert.ok(ids.has(reference.id), `${panel.panelRefName} refers to ${reference.id}`);
  }
});
