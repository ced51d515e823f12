// @ts-check
/**
 * npm run build: the standalone UI (build/ui) and its host (build/host/server.mjs). Inside an
 * OpenSearch Dashboards source tree (this folder under OpenSearch-Dashboards/plugins/), the same
 * command builds the OSD plugin zip instead, as OSD plugins do:
 *   yarn build --opensearch-dashboards-version 3.6.0
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pluginHelpers = fileURLToPath(new URL('../../../scripts/plugin_helpers.js', import.meta.url));
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const args = process.argv.slice(2);

/** @param {string[]} command */
function run(command) {
  const result = spawnSync(process.execPath, command, { stdio: 'inherit' });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}

if (existsSync(pluginHelpers)) {
  run([pluginHelpers, 'build', ...args]);
} else if (args.length > 0) {
  console.error(`build: ${args.join(' ')} is for a build inside an OpenSearch Dashboards source tree (see the README)`);
  process.exit(2);
} else {
  run([vite, 'build']);
  run([vite, 'build', '--config', 'vite.host.config.ts']);
}
