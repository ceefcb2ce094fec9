// Measure 2. Seed page load. What is timed: navigation start to the first frame painted with all
// three elements rendered (see pageHarness), at 4x CPU throttling (1x in an engine that cannot
// throttle), cold cache, against the floors timed the same way. The pages alternate within each run.
import { CPU_THROTTLE, SLOW_4G, alternate, cpuRate, loadAndWaitForPaint, withFreshPage } from './browser.mjs';
import { each, median } from './stats.mjs';

//
// The pre-rendered page (`drawn`: the builder's snippet, each element drawn inside its tag, our script
// after them) is timed the same way; its first paint is the drawn copy's. Then, outside the paint
// time, how long until every element has taken its copy over (its own rendering, the copy's <style>
// gone), and the layout shift until then (none is the point; engines without layout-shift entries
// report 0).
/* global document, window, requestAnimationFrame -- in the page */

const takenOver = () =>
  new Promise((resolve) => {
    const check = () => {
      const all = [...document.querySelectorAll('service-registry, appeal-procedure, contact-card')];
      if (all.every((el) => el.hasUpdated && !el.shadowRoot.querySelector('style')))
        resolve({ at: performance.now(), shift: window.__bench.layoutShift });
      else requestAnimationFrame(check);
    };
    check();
  });

export async function measureSeedLoad(engine, pages, runs, network) {
  const throttle = cpuRate(engine, CPU_THROTTLE);
  const takeovers = [];
  const load = (url, harness, { drawn }) =>
    withFreshPage(
      engine,
      harness,
      async (page) => {
        const paint = await loadAndWaitForPaint(page, url);
        if (drawn) takeovers.push(await page.evaluate(takenOver));
        return paint;
      },
      { throttle, network },
    );
  const samples = await alternate(pages, runs, load);
  const takeover = takeovers.length
    ? { at: median(takeovers.map((t) => t.at)), shift: Math.max(...takeovers.map((t) => t.shift)) }
    : undefined;
  return { ...each(samples, median), throttle, samples, takeover, network };
}

/**
 * The same on a slow connection (SLOW_4G), where the engine can emulate one: on localhost the
 * script arrives at once and Chromium runs it before its first frame, so the pre-rendered copy is
 * painted only when it is taken over; over a real connection the page is painted while the script
 * is on its way. The widget page, the pre-rendered page and the true floor.
 */
export async function measureSeedLoadSlow(engine, pages, runs) {
  if (!engine.network) return undefined;
  return measureSeedLoad(engine, { widget: pages.widget, drawn: pages.drawn, floor: pages.floor }, runs, SLOW_4G);
}
