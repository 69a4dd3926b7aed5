// Browser test of store-service's web page, in the system's headless Chromium driven by
// playwright-core (no browser download).
//
//   node page.test.mjs <baseUrl> <seed.json> [screenshotDir]
//
// seed.json (written by WebPageIT) names the seeded events the page must show. When the page is
// loaded and its live stream open, the script prints the line READY_FOR_LIVE and waits for the
// event the test then produces. Exits 0 when every check passed, 1 on the first failure.
//
// CHROMIUM names the browser executable (default /usr/bin/chromium).

import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [baseArg, seedFile, shotDir = '.'] = process.argv.slice(2);
if (!baseArg || !seedFile) {
  console.error('usage: node page.test.mjs <baseUrl> <seed.json> [screenshotDir]');
  process.exit(2);
}
const base = baseArg.endsWith('/') ? baseArg : baseArg + '/';
const seed = JSON.parse(readFileSync(seedFile, 'utf8'));
const TIMEOUT = 20000;

let step = 'start';
const log = (msg) => console.log(`[page-test] ${msg}`);
function check(condition, message) {
  if (!condition) throw new Error(message);
}
async function section(name, fn) {
  step = name;
  const t0 = Date.now();
  await fn();
  log(`ok   ${name} (${Date.now() - t0} ms)`);
}

// a fresh profile per run; Playwright passes it to Chromium as --user-data-dir
const profile = mkdtempSync(join(tmpdir(), 'polevents-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1440, height: 960 },
});
const problems = []; // console errors, page errors, CSP violations, failed requests
let exitCode = 0;
try {
  // the page may talk to its own server only: anything else is a failure (and would hang offline)
  const origin = new URL(base).origin;
  await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin
    ? route.continue() : (problems.push('request to another origin: ' + route.request().url()), route.abort())));
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('requestfailed', (r) => {
    // closing an EventSource or leaving the page aborts its request: not a failure
    if (!r.url().includes('/events/stream')) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation',
      (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });

  const feedIds = () => page.$$eval('#feed > li', (lis) => lis.map((li) => li.dataset.id));
  const feedTypes = () => page.$$eval('#feed > li', (lis) => lis.map((li) => li.dataset.type));

  await section('page loads with a Content-Security-Policy', async () => {
    const res = await page.goto(base, { waitUntil: 'domcontentloaded' });
    check(res.status() === 200, `GET / answered ${res.status()}`);
    const csp = res.headers()['content-security-policy'] || '';
    check(/script-src 'self'/.test(csp) && !/unsafe-inline/.test(csp), `CSP header missing or weak: '${csp}'`);
    check((await page.title()).includes('polevents'), 'unexpected title ' + await page.title());
  });

  await section('feed shows the seeded events, newest first', async () => {
    await page.waitForFunction((n) => document.querySelectorAll('#feed > li').length >= n,
      seed.events.length, { timeout: TIMEOUT });
    const ids = await feedIds();
    for (const e of seed.events) check(ids.includes(e.id), `seeded event ${e.id} not in the feed: ${ids}`);
    // stored last, shown first
    check(ids[0] === seed.events[seed.events.length - 1].id, `newest event not on top: ${ids[0]}`);
    const consult = page.locator(`#feed > li[data-id="${seed.consult.id}"]`);
    check((await consult.locator('.ev-evidence').textContent()) === seed.consult.evidence,
      'feed item does not show the evidence sentence');
    check((await consult.locator('.mentions').textContent()) === '×2', 'merged event does not show its 2 mentions');
  });

  await section('article and event text are shown as text, never run as markup', async () => {
    const item = page.locator(`#feed > li[data-id="${seed.hostile.id}"]`);
    const text = await item.textContent();
    check(text.includes(seed.hostile.marker), `hostile text not shown literally: ${text}`);
    check(await page.evaluate(() => window.__pwned === undefined), 'injected script ran');
    check((await page.locator('#feed img, #feed script').count()) === 0, 'markup from data reached the DOM');
  });

  await section('timeline, network and map are drawn', async () => {
    await page.waitForFunction(() => document.querySelectorAll('#timeline rect.bar').length > 0
      && document.querySelectorAll('#map circle.point').length > 0, null, { timeout: TIMEOUT });
    const bars = await page.$$eval('#timeline rect.bar', (rs) => [...new Set(rs.map((r) => r.dataset.type))]);
    for (const t of seed.types) check(bars.includes(t), `timeline has no bar of ${t}: ${bars}`);
    const countries = await page.$$eval('#network g.node', (gs) => gs.map((g) => g.dataset.country));
    for (const c of seed.countries) check(countries.includes(c), `network has no node ${c}: ${countries}`);
    const edges = await page.$$eval('#network path.edge', (ps) => ps.map((p) => p.dataset.source + '>' + p.dataset.target));
    check(edges.includes('USA>AFG'), `network has no USA→AFG edge: ${edges}`);
    const points = await page.$$eval('#map circle.point', (cs) => cs.map((c) => c.dataset.id));
    for (const id of seed.located) check(points.includes(id), `map has no point for ${id}: ${points}`);
    check((await page.locator('#map path.land').count()) === 1, 'map has no land outline');
    const box = await page.locator('#map svg').boundingBox();
    check(box && box.width > 300 && box.height > 150, `map too small: ${JSON.stringify(box)}`);
    // the map fits the located events; the button shows the whole world
    const fitted = await page.getAttribute('#map svg', 'viewBox');
    check(fitted !== '0.00 0.00 360.00 180.00', 'map does not fit the events: ' + fitted);
    await page.click('#map-world');
    check((await page.getAttribute('#map svg', 'viewBox')) === '0.00 0.00 360.00 180.00', 'whole world not shown');
    await page.click('#map-world');
  });

  await section('the export link carries no filter yet', async () => {
    const href = await page.getAttribute('#export', 'href');
    check(href === 'events/export?format=jsonl', `export link ${href}`);
  });

  await section('a newly stored event arrives live, on top', async () => {
    await page.waitForFunction(() => document.getElementById('live').dataset.state === 'live', null,
      { timeout: TIMEOUT });
    console.log('READY_FOR_LIVE');
    await page.waitForFunction((id) => document.querySelector('#feed > li')?.dataset.id === id, seed.live.id,
      { timeout: 45000 });
    check(await page.locator(`#feed > li[data-id="${seed.live.id}"].fresh`).count() === 1, 'live event not marked new');
  });

  await page.screenshot({ path: join(shotDir, 'web-page.png'), fullPage: true });
  log('screenshot ' + join(shotDir, 'web-page.png'));

  await section('a type filter changes the list, the views, the URL and the export link', async () => {
    const before = await feedIds();
    await page.selectOption('#f-type', 'ASSAULT');
    await page.waitForFunction(() => {
      const lis = [...document.querySelectorAll('#feed > li')];
      return lis.length > 0 && lis.every((li) => li.dataset.type === 'ASSAULT');
    }, null, { timeout: TIMEOUT });
    const after = await feedIds();
    check(after.length < before.length, `filtered list not shorter: ${after.length} vs ${before.length}`);
    for (const id of seed.assault) check(after.includes(id), `ASSAULT event ${id} missing after filtering`);
    check(!after.includes(seed.consult.id), 'CONSULT event still listed under an ASSAULT filter');
    check(new URL(page.url()).searchParams.get('type') === 'ASSAULT', 'filter not in the URL: ' + page.url());
    const href = await page.getAttribute('#export', 'href');
    check(href.includes('type=ASSAULT') && href.includes('format=jsonl'), 'export link ignores the filter: ' + href);
    await page.waitForFunction(() => [...document.querySelectorAll('#timeline rect.bar')]
      .every((r) => r.dataset.type === 'ASSAULT'), null, { timeout: TIMEOUT });
  });

  await section('text and country filters combine; reset shows everything again', async () => {
    await page.selectOption('#f-type', '');
    await page.fill('#f-country', 'UZB');
    await page.press('#f-country', 'Enter');
    await page.waitForFunction((id) => {
      const lis = [...document.querySelectorAll('#feed > li')];
      return lis.length > 0 && !lis.some((li) => li.dataset.id === id);
    }, seed.assault[0], { timeout: TIMEOUT });
    const uzb = await page.$$eval('#feed > li', (lis) => lis.map((li) => ({ id: li.dataset.id,
      countries: [li.dataset.source, li.dataset.target] })));
    check(seed.uzb.every((id) => uzb.some((e) => e.id === id)) && uzb.every((e) => e.countries.includes('UZB')),
      `country=UZB shows ${JSON.stringify(uzb)}`);
    await page.fill('#f-q', 'zzz-no-such-words');
    await page.press('#f-q', 'Enter');
    await page.waitForSelector('#feed-empty:not([hidden])', { timeout: TIMEOUT });
    await page.click('#reset');
    await page.waitForFunction((n) => document.querySelectorAll('#feed > li').length >= n,
      seed.events.length + 1, { timeout: TIMEOUT });
    check((await page.inputValue('#f-country')) === '' && (await page.inputValue('#f-q')) === '', 'reset kept values');
  });

  await section('opening an event shows its article with the evidence highlighted, and its reports', async () => {
    await page.click(`#feed > li[data-id="${seed.consult.id}"]`);
    await page.waitForSelector('#detail mark.evidence', { timeout: TIMEOUT });
    check(await page.locator('#detail').isVisible(), 'event view not visible');
    const marked = await page.textContent('#detail mark.evidence');
    check(marked === seed.consult.evidence, `highlighted '${marked}', expected '${seed.consult.evidence}'`);
    const full = await page.textContent('#detail .article-text');
    check(full === seed.consult.articleText, 'article text differs from the stored cleaned text');
    check(full.indexOf(marked) === seed.consult.start, 'highlight not at the evidence offsets');
    check(await page.locator('#detail mark.evidence').isVisible(), 'highlight not scrolled into view');
    check((await page.textContent('#detail .article-title')) === seed.consult.title, 'article title missing');
    const reports = await page.$$eval('#detail .reports > li', (lis) => lis.map((li) => li.dataset.articleId));
    check(reports.length === 2 && reports.includes(seed.consult.articleId) && reports.includes(seed.consult.otherArticleId),
      `reports ${reports}`);
    check(new URL(page.url()).hash === '#event=' + encodeURIComponent(seed.consult.id), 'event not in the URL hash');
  });

  await page.screenshot({ path: join(shotDir, 'web-page-event.png') });
  log('screenshot ' + join(shotDir, 'web-page-event.png'));

  await section('a report opens its own article with its own sentence highlighted', async () => {
    await page.click(`#detail .reports > li[data-article-id="${seed.consult.otherArticleId}"] button`);
    await page.waitForFunction((t) => document.querySelector('#detail mark.evidence')?.textContent === t,
      seed.consult.otherEvidence, { timeout: TIMEOUT });
  });

  await section('hostile article text stays text in the event view', async () => {
    await page.keyboard.press('Escape');
    check(await page.locator('#detail').isHidden(), 'Escape did not close the event view');
    await page.click(`#feed > li[data-id="${seed.hostile.id}"]`);
    await page.waitForSelector('#detail mark.evidence', { timeout: TIMEOUT });
    const title = await page.textContent('#detail .article-title');
    check(title === seed.hostile.title, `hostile title not literal: ${title}`);
    check((await page.textContent('#detail mark.evidence')).includes(seed.hostile.marker), 'hostile evidence not literal');
    check((await page.locator('#detail img, #detail script, #detail a[href^="javascript"]').count()) === 0,
      'markup from an article reached the event view');
    check(await page.evaluate(() => window.__pwned === undefined), 'injected script ran');
  });

  await section('no errors, failed requests or CSP violations', async () => {
    const csp = await page.evaluate(() => window.__cspViolations);
    check(csp.length === 0, 'CSP violations: ' + csp.join('; '));
    check(problems.length === 0, 'problems:\n  ' + problems.join('\n  '));
  });
  log('all checks passed');
} catch (err) {
  exitCode = 1;
  console.error(`[page-test] FAIL ${step}: ${err.message}`);
  if (problems.length) console.error('[page-test] also seen:\n  ' + problems.join('\n  '));
  try {
    const pages = context.pages();
    if (pages[0]) {
      await pages[0].screenshot({ path: join(shotDir, 'web-page-failure.png'), fullPage: true });
      console.error('[page-test] screenshot ' + join(shotDir, 'web-page-failure.png'));
    }
  } catch {
    // best effort
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(exitCode);
