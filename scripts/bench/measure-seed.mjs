// Measure 2. Seed page load. What is timed: navigation start to the first frame painted with all
// three elements rendered (see pageHarness), at 4x CPU throttling (1x in an engine that cannot
// throttle), cold cache, against the floors timed the same way. The pages alternate within each run.
import { CPU_THROTTLE, alternate, cpuRate, loadAndWaitForPaint, withFreshPage } from './browser.mjs';
import { each, median } from './stats.mjs';

export async function measureSeedLoad(engine, pages, runs) {
  const throttle = cpuRate(engine, CPU_THROTTLE);
  const load = (url, harness) => withFreshPage(engine, harness, (page) => loadAndWaitForPaint(page, url), { throttle });
  const samples = await alternate(pages, runs, load);
  return { ...each(samples, median), throttle, samples };
}
