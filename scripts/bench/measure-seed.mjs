// Measure 2. Seed page load. What is timed: navigation start to the first frame painted with all
// three elements rendered (see pageHarness), at 4x CPU throttling, cold cache, against the floors
// timed the same way. The pages alternate within each run.
import { alternate, loadAndWaitForPaint, withFreshPage } from './browser.mjs';
import { each, median } from './stats.mjs';

export async function measureSeedLoad(browser, pages, runs) {
  const load = (url, harness) => withFreshPage(browser, harness, (page) => loadAndWaitForPaint(page, url));
  const samples = await alternate(pages, runs, load);
  return { ...each(samples, median), samples };
}
