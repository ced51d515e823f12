// @ts-check
/**
 * npm run e2e: the end-to-end tests in a real Chromium against a running host.
 *   UEBA_UI_URL=http://127.0.0.1:5601 CHROMIUM=/usr/bin/chromium npm run e2e
 * Screenshots of every view and the measured timings (timings.json) go to e2e-artifacts/.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.mjs';
import { Ui, runTests } from './harness.mjs';
import { TESTS } from './tests.mjs';

const url = process.env.UEBA_UI_URL;
const executable = process.env.CHROMIUM;
if (!url || !executable) {
  console.error('e2e: set UEBA_UI_URL (the host, e.g. http://127.0.0.1:5601) and CHROMIUM (e.g. /usr/bin/chromium)');
  process.exit(2);
}
const only = process.argv[2];
const tests = only ? TESTS.filter((test) => test.name.includes(only)) : TESTS;

const artifacts = fileURLToPath(new URL('../e2e-artifacts/', import.meta.url));
const ui = new Ui(url, artifacts);
const browser = await launchChromium(executable);
let result;
try {
  result = await runTests(tests, browser.context, ui);
} finally {
  await browser.close();
}
writeFileSync(`${artifacts}timings.json`, `${JSON.stringify(ui.timings, null, 2)}\n`);
console.log(`timings: ${JSON.stringify(ui.timings)}`);
console.log(`${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed > 0 || result.passed === 0 ? 1 : 0);
