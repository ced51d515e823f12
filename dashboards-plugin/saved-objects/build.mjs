// Writes ueba-saved-objects.ndjson from the Vega specs of specs/: the saved objects that show the UEBA
// plugin's scores in plain OpenSearch Dashboards 3.x, in the shape its saved objects export writes
// (one object a line) and its import reads. Run `node build.mjs` after changing a spec; the tests
// check that the committed file is what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const NDJSON_FILE = new URL('ueba-saved-objects.ndjson', import.meta.url);

const INDEX_PATTERN_ID = 'ueba-logins-index-pattern';
const SCORES_ID = 'ueba-login-scores-over-time';
const EDGES_ID = 'ueba-top-anomalous-edges';
const DASHBOARD_ID = 'ueba-logins-dashboard';

// The latest migration of each type in Dashboards 3.x: import migrates nothing further.
const MIGRATED = { 'index-pattern': '7.6.0', visualization: '7.10.0', dashboard: '7.9.3' };

// What a visualization or dashboard searches besides its own query: nothing.
const NO_SEARCH = JSON.stringify({ query: { query: '', language: 'kuery' }, filter: [] });

function savedObject(type, id, attributes, references = []) {
  return { attributes, id, migrationVersion: { [type]: MIGRATED[type] }, references, type };
}

// An empty field list: Dashboards reads the fields from the mapping the first time it uses the pattern.
function indexPattern() {
  return savedObject('index-pattern', INDEX_PATTERN_ID, {
    fields: '[]',
    timeFieldName: '@timestamp',
    title: 'logins-*',
  });
}

// The spec goes in as written, comments and all, as the Vega editor saves it.
function vegaVisualization(id, title, description, specFile) {
  const spec = readFileSync(new URL(`specs/${specFile}`, import.meta.url), 'utf8');
  return savedObject('visualization', id, {
    description,
    kibanaSavedObjectMeta: { searchSourceJSON: NO_SEARCH },
    title,
    uiStateJSON: '{}',
    version: 1,
    visState: JSON.stringify({ title, type: 'vega', aggs: [], params: { spec } }),
  });
}

// The panels one above the other on the 48-column grid, each referring to its visualization.
function dashboard(title, description, panels) {
  let top = 0;
  const panelsJSON = panels.map(({ height }, index) => {
    const panelIndex = String(index + 1);
    const gridData = { x: 0, y: top, w: 48, h: height, i: panelIndex };
    top += height;
    return { embeddableConfig: {}, gridData, panelIndex, version: '3.0.0', panelRefName: `panel_${index}` };
  });
  const references = panels.map(({ id }, index) => ({ id, name: `panel_${index}`, type: 'visualization' }));
  return savedObject(
    'dashboard',
    DASHBOARD_ID,
    {
      description,
      hits: 0,
      kibanaSavedObjectMeta: { searchSourceJSON: NO_SEARCH },
      optionsJSON: JSON.stringify({ hidePanelTitles: false, useMargins: true }),
      panelsJSON: JSON.stringify(panelsJSON),
      refreshInterval: { pause: true, value: 0 },
      timeFrom: 'now-7d',
      timeRestore: true,
      timeTo: 'now',
      title,
      version: 1,
    },
    references,
  );
}

export function savedObjects() {
  return [
    indexPattern(),
    vegaVisualization(
      SCORES_ID,
      'UEBA: login scores over time',
      'Every scored login of logins-* by time and ueba.score, coloured by event.outcome, the suspicious ones ringed in red',
      'scores-over-time.vg.hjson',
    ),
    vegaVisualization(
      EDGES_ID,
      'UEBA: top anomalous edges',
      'The suspicious logins of logins-* as a graph of who logs in where, the most anomalous edges first',
      'top-anomalous-edges.vg.hjson',
    ),
    dashboard('UEBA: logins', 'Login anomaly scores from the UEBA plugin, without its Dashboards plugin', [
      { id: SCORES_ID, height: 15 },
      { id: EDGES_ID, height: 22 },
    ]),
  ];
}

export function ndjson() {
  return savedObjects().map((object) => `${JSON.stringify(object)}\n`).join('');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(NDJSON_FILE, ndjson());
}
