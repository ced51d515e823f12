// @ts-check
/**
 * The end-to-end tests, against a host whose node holds the demo logins (index logins-demo) scored
 * by the job `demo` (autoencoder, rarity and rgcn). Each writes screenshots of what it saw.
 */
import assert from 'node:assert/strict';
import { syntheticGraph } from './synthetic_graph.mjs';

/** @typedef {import('./harness.mjs').E2eTest} E2eTest */
/** @typedef {import('playwright-core').Page} Page */

const SCOPE = 'index=logins-demo&from=now-30d';
/** @param {string} subj */
const subj = (subj) => `[data-test-subj="${subj}"]`;

/** @param {string} text */
function count(text) {
  return Number(text.replace(/[^\d]/g, ''));
}

/**
 * Clicks the first of the edges that can be clicked, and returns its key, or null. Edges with no
 * point clear of every node (those inside a dense clump) cost no click; 60 clicks at most.
 * @param {Page} page
 * @param {string[]} edges
 */
async function clickAnEdge(page, edges) {
  let clicks = 0;
  for (const edge of edges) {
    if (clicks === 60) {
      break;
    }
    const point = await page.evaluate((key) => window.uebaGraphProbe?.edgePoint(key) ?? null, edge);
    if (!point) {
      continue;
    }
    clicks++;
    await page.mouse.click(point.x, point.y);
    // a wait between clicks, or two would make a double click, which zooms
    const details = await page
      .locator(subj('uebaEdgeDetails'))
      .waitFor({ timeout: 700 })
      .then(() => true, () => false);
    if (details) {
      return edge;
    }
  }
  return null;
}

/** @param {Page} page */
async function loginRowsText(page) {
  await page.locator(`${subj('uebaLoginTable')} tbody tr`).first().waitFor();
  return page.locator(`${subj('uebaLoginTable')} tbody tr`).allInnerTexts();
}

/** @param {Page} page */
async function waitForLogins(page) {
  await page.waitForFunction(
    (total) => /logins match$/.test(document.querySelector(total)?.textContent ?? ''),
    subj('uebaLoginTotal')
  );
  await page.waitForFunction(() => !document.querySelector('.euiBasicTable-loading'));
}

/** @type {E2eTest[]} */
export const TESTS = [
  {
    name: 'overview shows the scored logins, the model kinds, the top entities and the jobs',
    async run(page, ui) {
      await ui.open(page, `#/?${SCOPE}`);
      ui.timings.overview = await ui.readyMillis(page, 'overview');
      const suspicious = count(await page.locator(`${subj('uebaSuspiciousCount')} .euiStat__title`).innerText());
      assert.ok(suspicious > 0, `suspicious logins: ${suspicious}`);
      assert.ok((await page.locator(`${subj('uebaTopUsers')} tbody a`).count()) > 0, 'no top users');
      assert.ok((await page.locator(`${subj('uebaTopDestinations')} tbody a`).count()) > 0, 'no top destinations');
      const kinds = await page.locator(`${subj('uebaKinds')} tbody tr`).allInnerTexts();
      assert.equal(kinds.length, 3);
      assert.ok(kinds.every((row) => /\d/.test(row)), kinds.join(' | '));
      await page.locator(`${subj('uebaScoreChart')} canvas`).waitFor();
      await page.locator(`${subj('uebaHealth')} a`, { hasText: 'demo' }).waitFor();
      await page.waitForTimeout(500);
      await ui.screenshot(page, 'overview');
    },
  },
  {
    name: 'suspicious logins lists scored logins with each kind’s part and the reasons',
    async run(page, ui) {
      await ui.open(page, `#/logins?${SCOPE}`);
      ui.timings.logins = await ui.readyMillis(page, 'logins');
      const rows = page.locator(subj('uebaLoginRow-suspicious'));
      await rows.first().waitFor();
      const first = rows.first();
      assert.ok(Number(await first.locator(subj('uebaScore')).innerText()) >= 1);
      assert.ok((await first.locator(`${subj('uebaExplanation')} li`).count()) > 0, 'no reasons');
      assert.match(await first.innerText(), /autoencoder|rarity|rgcn/);
      await ui.screenshot(page, 'logins', false);
    },
  },
  {
    name: 'a filtered suspicious-logins view survives a reload from its URL',
    async run(page, ui) {
      await ui.open(page, `#/logins?${SCOPE}`);
      await waitForLogins(page);
      // a kind past its threshold on the first suspicious login, from its explanation ("rarity: ..."): which kinds
      // flag the demo's logins varies with each training (the RGCN's at times none of them)
      const reason = page.locator(`${subj('uebaLoginRow-suspicious')} ${subj('uebaExplanation')} li`).first();
      const kind = (await reason.innerText()).split(':')[0];
      assert.match(kind, /^(autoencoder|rarity|rgcn)$/);
      await page.selectOption(subj('uebaFilterKind'), kind);
      await page.waitForURL(new RegExp(`kind=${kind}`));
      await waitForLogins(page);
      const user = await page.locator(`${subj('uebaLoginTable')} tbody tr ${subj('uebaEntityLink-user')}`).first().innerText();
      await page.fill(subj('uebaFilterUser'), user);
      await page.press(subj('uebaFilterUser'), 'Enter');
      await page.selectOption(subj('uebaSort'), 'time');
      await page.waitForURL(/sort=time/);
      await waitForLogins(page);
      const url = page.url();
      assert.match(url, new RegExp(`user=${encodeURIComponent(user)}`));
      const rows = await loginRowsText(page);
      const total = await page.locator(subj('uebaLoginTotal')).innerText();
      assert.ok(rows.every((row) => row.includes(user)), `rows of other users: ${rows.join(' | ')}`);

      await page.reload();
      await waitForLogins(page);
      assert.equal(page.url(), url);
      assert.equal(await page.inputValue(subj('uebaFilterUser')), user);
      assert.equal(await page.inputValue(subj('uebaFilterKind')), kind);
      assert.equal(await page.inputValue(subj('uebaSort')), 'time');
      assert.equal(await page.locator(subj('uebaLoginTotal')).innerText(), total);
      assert.deepEqual(await loginRowsText(page), rows);
      await ui.screenshot(page, 'logins-filtered', false);
    },
  },
  {
    name: 'the graph draws the anomalous edges; clicking an edge opens the entity at its end',
    async run(page, ui) {
      await ui.open(page, `#/graph?${SCOPE}`);
      ui.timings.graph = await ui.readyMillis(page, 'graph');
      await page.waitForFunction(() => window.uebaGraphProbe?.layoutMillis != null, null, { timeout: 60_000 });
      ui.timings.graph_layout_demo = await page.evaluate(() => Math.round(window.uebaGraphProbe?.layoutMillis ?? -1));
      await ui.screenshot(page, 'graph', false);

      const edges = await page.evaluate(() => window.uebaGraphProbe?.edges() ?? []);
      assert.ok(edges.length > 0, 'no edges drawn');
      const clicked = await clickAnEdge(page, edges);
      assert.ok(clicked, 'no edge could be clicked');
      await page.locator(subj('uebaEdgeDetails')).waitFor();
      await ui.screenshot(page, 'graph-edge', false);
      const open = page.locator(`${subj('uebaOpenTarget')}, ${subj('uebaOpenSource')}`).first();
      const name = await open.innerText();
      await open.click();
      await page.locator(subj('uebaEntity')).waitFor();
      assert.equal(await page.locator(subj('uebaEntityName')).innerText(), name);
      await page.waitForFunction(
        (panel) => /\((\d[\d,]*)\)/.test(document.querySelector(panel)?.textContent ?? ''),
        subj('uebaEntityTimeline')
      );
      await ui.screenshot(page, 'entity-from-graph', false);
    },
  },
  {
    name: 'the graph ends relations with a field the analyst names; an edge opens exactly its logins',
    async run(page, ui) {
      await ui.open(page, `#/graph?${SCOPE}&relation_field=event.outcome`);
      await ui.readyMillis(page, 'graph');
      await page.waitForFunction(() => window.uebaGraphProbe?.layoutMillis != null, null, { timeout: 60_000 });
      assert.equal(await page.inputValue(subj('uebaGraphRelationField')), 'event.outcome');
      const edges = await page.evaluate(() => window.uebaGraphProbe?.edges() ?? []);
      assert.ok(edges.length > 0, 'no edges drawn');
      for (const edge of edges) {
        const relation = edge.split(' ')[1];
        assert.match(relation, /^[^/]+\/[^/]+\/(success|failure)$/, edge);
      }
      // failed logins first: their source and destination mostly have successful ones too, which
      // the logins of the edge must leave out
      const failed = (/** @type {string} */ edge) => edge.split(' ')[1].endsWith('/failure');
      const failedFirst = [...edges.filter(failed), ...edges.filter((edge) => !failed(edge))];
      const clicked = await clickAnEdge(page, failedFirst);
      assert.ok(clicked, 'no edge could be clicked');
      // the panel's edge, which may be another edge crossing the clicked one at the point clicked
      const relation = await page.locator(`${subj('uebaEdgeDetails')} ${subj('uebaSelectionSubtitle')}`).innerText();
      assert.match(relation, /^[^/]+\/[^/]+\/(success|failure)$/);
      const details = await page.locator(subj('uebaEdgeDetails')).innerText();
      const logins = count(/Logins\s*([\d,]+)/.exec(details)?.[1] ?? '');
      assert.ok(logins > 0, details);
      await ui.screenshot(page, 'graph-relation-field', false);

      await page.locator(subj('uebaEdgeLogins')).click();
      await waitForLogins(page);
      assert.match(await page.locator(subj('uebaRelationFilter')).innerText(), new RegExp(relation.replaceAll('/', '\\/')));
      assert.equal(count(await page.locator(subj('uebaLoginTotal')).innerText()), logins);
      await ui.screenshot(page, 'logins-of-relation-field-edge', false);
    },
  },
  {
    name: 'the entity page shows a user’s logins over time, where it logs in and its profile',
    async run(page, ui) {
      const overview = await ui.api(`/api/ueba/overview?${SCOPE}`);
      const user = overview.top_users[0]?.name;
      const host = overview.top_destinations[0]?.name;
      assert.ok(user && host, 'no top user or destination');

      await ui.open(page, `#/entity/user/${encodeURIComponent(user)}?${SCOPE}`);
      ui.timings.entity_user = await ui.readyMillis(page, 'entity');
      const title = await page.locator(`${subj('uebaEntityTimeline')} h2`).innerText();
      assert.ok(count(title) > 0, title);
      await page.locator(`${subj('uebaEntityChart')} canvas`).waitFor();
      await page.locator(`${subj('uebaProfile')}, ${subj('uebaNoProfile')}`).first().waitFor();
      await page.locator(subj('uebaGraphCanvas')).waitFor();
      assert.ok((await page.locator(`${subj('uebaEntityLogins')} tbody tr`).count()) > 0);
      await page.waitForTimeout(1500);
      await ui.screenshot(page, 'entity-user', false);

      await ui.open(page, `#/entity/host/${encodeURIComponent(host.toLowerCase())}?${SCOPE}`);
      ui.timings.entity_host = await ui.readyMillis(page, 'entity');
      assert.ok(count(await page.locator(`${subj('uebaEntityTimeline')} h2`).innerText()) > 0);
    },
  },
  {
    name: 'models and jobs: the progress bar moves during a run of job demo',
    async run(page, ui) {
      await ui.open(page, '#/models');
      ui.timings.models = await ui.readyMillis(page, 'models');
      const job = page.locator(subj('uebaJob-demo'));
      await job.waitFor();
      await page.locator(`${subj('uebaModels')} tbody tr`).first().waitFor();
      await ui.screenshot(page, 'models', false);

      const runButton = job.locator(subj('uebaRunJob-demo'));
      if (await runButton.isEnabled()) {
        await runButton.click();
      }
      /** @type {number[]} */
      const progress = [];
      /** @type {string[]} */
      const seen = [];
      let sawRunning = false;
      let shot = false;
      const clicked = Date.now();
      const deadline = clicked + 300_000;
      while (Date.now() < deadline && (sawRunning || Date.now() - clicked < 60_000)) {
        const state = await job.locator(subj('uebaRunState')).innerText();
        const value = await job.locator('progress').evaluate((bar) => /** @type {HTMLProgressElement} */ (bar).value);
        if (seen[seen.length - 1] !== `${state} ${value}`) {
          seen.push(`${state} ${value}`);
        }
        if (state === 'running') {
          sawRunning = true;
          if (progress[progress.length - 1] !== value) {
            progress.push(value);
          }
          if (!shot && value > 0 && value < 100) {
            await page.waitForTimeout(400); // the bar slides to its value
            await ui.screenshot(page, 'models-running', false);
            shot = true;
          }
        } else if (sawRunning) {
          // the bar is what this test checks; how the training ended is the plugin's part
          ui.timings.demo_run_final_state = state;
          if (state !== 'succeeded') {
            console.log(`  note: the run of demo ended ${state}: ${await job.locator(subj('uebaRun')).innerText()}`);
          }
          break;
        }
        await page.waitForTimeout(200);
      }
      ui.timings.demo_run_progress = progress;
      assert.ok(sawRunning, 'the run never showed as running');
      assert.ok(new Set(progress).size >= 2, `the progress bar did not move: ${seen.join(', ')}`);
      assert.ok(
        progress.every((value, i) => i === 0 || value >= progress[i - 1]),
        `the progress went back: ${progress.join(', ')}`
      );
    },
  },
  {
    name: 'the graph stays responsive at 10k nodes and 50k edges',
    async run(page, ui) {
      const graph = syntheticGraph(10_000, 50_000);
      const body = JSON.stringify(graph);
      await page.route('**/api/ueba/graph?**', (route) => route.fulfill({ contentType: 'application/json', body }));
      await ui.open(page, `#/graph?${SCOPE}&max_edges=5000`);
      // frames while the layout runs in its worker, and then while the graph is first drawn: the
      // longest the main thread kept a frame waiting in each
      const frames = await page.evaluate(
        () =>
          new Promise((resolve) => {
            /** @type {{ at: number, layingOut: boolean }[]} */
            const seen = [];
            const tick = (/** @type {number} */ now) => {
              const status = document.querySelector('[data-test-subj="uebaGraphStatus"]')?.textContent ?? 'laying out';
              seen.push({ at: now, layingOut: status.includes('laying out') });
              const drawn = performance.getEntriesByName('ueba:ready:graph').length > 0;
              if (seen.length < 10 || !drawn || now - seen[seen.length - 2].at > 100) {
                requestAnimationFrame(tick);
                return;
              }
              const gaps = seen.slice(1).map((frame, i) => ({ gap: frame.at - seen[i].at, layingOut: frame.layingOut }));
              const layout = gaps.filter((gap) => gap.layingOut);
              const longest = (/** @type {{ gap: number }[]} */ list) => Math.round(Math.max(0, ...list.map((item) => item.gap)));
              const seconds = layout.reduce((sum, item) => sum + item.gap, 0) / 1000;
              resolve({
                during_layout: { fps: Math.round(layout.length / seconds), longest_frame_ms: longest(layout), seconds },
                first_draw_longest_frame_ms: longest(gaps.filter((gap) => !gap.layingOut)),
              });
            };
            requestAnimationFrame(tick);
          })
      );
      const firstDraw = await ui.readyMillis(page, 'graph', 120_000);
      await page.waitForFunction(() => window.uebaGraphProbe?.layoutMillis != null, null, { timeout: 60_000 });
      const layoutMillis = await page.evaluate(() => window.uebaGraphProbe?.layoutMillis ?? -1);
      const layoutIterations = await page.evaluate(() => window.uebaGraphProbe?.layoutIterations ?? -1);
      const canvas = await page.locator(subj('uebaGraphCanvas')).boundingBox();
      assert.ok(canvas);
      await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
      const zoomFrames = page.evaluate(
        () =>
          new Promise((resolve) => {
            let frames = 0;
            const started = performance.now();
            const tick = (/** @type {number} */ now) => {
              frames++;
              if (now - started < 2000) {
                requestAnimationFrame(tick);
              } else {
                resolve(Math.round((frames / ((now - started) / 1000)) * 10) / 10);
              }
            };
            requestAnimationFrame(tick);
          })
      );
      for (let i = 0; i < 16; i++) {
        await page.mouse.wheel(0, i < 8 ? -240 : 240);
        await page.waitForTimeout(100);
      }
      const zoomFps = await zoomFrames;
      const nodes = await page.evaluate(() => window.uebaGraphProbe?.nodeCount);
      const edges = await page.evaluate(() => window.uebaGraphProbe?.edgeCount);
      assert.equal(nodes, 10_000);
      assert.equal(edges, 50_000);
      ui.timings.graph_10k_50k = {
        first_draw_ms: firstDraw,
        layout_ms: Math.round(layoutMillis),
        layout_iterations: layoutIterations,
        ...frames,
        zoom_fps: zoomFps,
      };
      await ui.screenshot(page, 'graph-10k-50k', false);
      const { longest_frame_ms, seconds } = /** @type {{ during_layout: { longest_frame_ms: number, seconds: number } }} */ (frames).during_layout;
      assert.ok(seconds > 1, `the layout took only ${seconds} s: it did not run`);
      // drawing at every iteration held frames 3.5 s; parsing the answer takes a few hundred ms
      assert.ok(longest_frame_ms < 2000, `the page froze for ${longest_frame_ms} ms during the layout`);
    },
  },
];
