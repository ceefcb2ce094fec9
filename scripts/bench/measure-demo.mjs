// Measure 4. The demo page (demo/index.html, five elements) at 4x CPU throttling: main-thread
// long tasks (> 50 ms) from navigation until 1 s after everything is painted, their count and
// total duration, and the Cumulative Layout Shift (every layout-shift entry without recent input,
// summed). The floors are the seed's of measure 2, observed the same way.
/* global window -- in the page */
import { alternate, loadAndWaitForPaint, widgetPageWith, withFreshPage } from './browser.mjs';
import { each, median, sum } from './stats.mjs';

export async function measureDemo(engine, origin, seedPages, runs, seedRows) {
  const pages = { ...seedPages, widget: { url: `${origin}/demo/`, harness: widgetPageWith(seedRows) } };
  const observe = (url, harness) =>
    withFreshPage(engine, harness, async (page) => {
      await loadAndWaitForPaint(page, url);
      await new Promise((done) => setTimeout(done, 1000));
      return page.evaluate(() => ({ longTasks: window.__bench.longTasks, layoutShift: window.__bench.layoutShift }));
    });
  const samples = await alternate(pages, runs, observe);
  const summarise = (runs) => ({
    count: median(runs.map((s) => s.longTasks.length)),
    total: median(runs.map((s) => sum(s.longTasks))),
    longest: median(runs.map((s) => Math.max(0, ...s.longTasks))),
    cls: median(runs.map((s) => s.layoutShift)),
  });
  return { ...each(samples, summarise), samples };
}
