// @ts-check
/** A small sequential test runner for the end-to-end tests: one fresh page per test. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {import('playwright-core').Page} Page
 * @typedef {{ name: string, run(page: Page, ui: Ui): Promise<void> }} E2eTest
 */

export class Ui {
  /**
   * @param {string} baseUrl
   * @param {string} artifacts
   */
  constructor(baseUrl, artifacts) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.artifacts = artifacts;
    /** @type {Record<string, unknown>} */
    this.timings = {};
  }

  /**
   * Loads the app afresh at a hash, so that the page's Performance timings start at this load.
   * @param {Page} page
   * @param {string} hash
   */
  async open(page, hash) {
    await page.goto('about:blank');
    await page.goto(`${this.baseUrl}/${hash}`);
  }

  /**
   * Milliseconds from the page's navigation to the view's first render of its data.
   * @param {Page} page
   * @param {string} view
   */
  async readyMillis(page, view, timeout = 60_000) {
    const name = `ueba:ready:${view}`;
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout });
    return page.evaluate((mark) => Math.round(performance.getEntriesByName(mark)[0].startTime), name);
  }

  /**
   * @param {Page} page
   * @param {string} name
   */
  async screenshot(page, name, fullPage = true) {
    await page.screenshot({ path: join(this.artifacts, `${name}.png`), fullPage });
  }

  /** @param {string} url */
  async api(url) {
    const response = await fetch(`${this.baseUrl}${url}`);
    if (!response.ok) {
      throw new Error(`${url}: ${response.status} ${await response.text()}`);
    }
    return response.json();
  }
}

/**
 * @param {E2eTest[]} tests
 * @param {import('playwright-core').BrowserContext} context
 * @param {Ui} ui
 */
export async function runTests(tests, context, ui) {
  mkdirSync(ui.artifacts, { recursive: true });
  let passed = 0;
  let failed = 0;
  for (const test of tests) {
    const page = await context.newPage();
    /** @type {string[]} */
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const started = Date.now();
    try {
      await test.run(page, ui);
      if (pageErrors.length > 0) {
        throw new Error(`the page threw: ${pageErrors.join('; ')}`);
      }
      passed++;
      console.log(`ok - ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.log(`not ok - ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      console.log(`  ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`.replace(/\n/g, '\n  '));
      await ui.screenshot(page, `failed-${test.name.replace(/[^a-z0-9]+/gi, '-')}`).catch(() => undefined);
    } finally {
      await page.close();
    }
  }
  return { passed, failed };
}
