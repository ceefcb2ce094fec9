// Measure 3. Large organisations (1 000 and 5 000 services). For each page, in one fresh context:
// (a) navigation start to the first frame painted with all rows (the widget fetches, validates
// and renders the `src` file; the floors' rows are in the HTML and are laid out as they are
// parsed); (b) JS heap (and DOM nodes) after a forced GC; (c) the search word typed one character
// at a time, each keystroke timed to its painted frame (see typeWord): median and p95 of the 8
// keystrokes per run, and the long tasks while typing. Medians over runs. The true floor is static:
// it gets (a) and (b) only; the plain page keeps its naive search as the second reference. An
// engine takes (b) and the long tasks only if it can (ENGINES in browser.mjs), and runs at 1x CPU
// if it cannot throttle.
/* global window -- in the page */
import {
  alternate,
  countShown,
  cpuRate,
  heapAndNodes,
  loadAndWaitForPaint,
  typeWord,
  withFreshPage,
} from './browser.mjs';
import { SEARCH_WORD } from './data.mjs';
import { each, median, percentile } from './stats.mjs';

// Each set gets at most this much time: once a run ends past it, no further run starts (at least
// one always runs). Keeps the whole bench near 3 minutes on 2 cores; the output says how many runs each set got.
export const SET_BUDGET_MS = 60_000;

const longTaskCount = (page) => page.evaluate(() => window.__bench.longTasks.length);

function measurePage(engine, url, harness, throttle, search) {
  const measure = async (page, cdp) => {
    const paint = await loadAndWaitForPaint(page, url);
    const memory = engine.memory ? await heapAndNodes(cdp) : {};
    if (!search) return { paint, ...memory }; // the true floor: static, nothing to type into
    const before = engine.entries && (await longTaskCount(page));
    const times = await typeWord(page, SEARCH_WORD);
    let longTasks = {};
    if (engine.entries) {
      await new Promise((done) => setTimeout(done, 200)); // long-task entries are reported asynchronously
      longTasks = { searchLongTasks: (await longTaskCount(page)) - before };
    }
    const shown = await countShown(page);
    return { paint, ...memory, keyMedian: median(times), keyP95: percentile(times, 95), ...longTasks, shown, times };
  };
  return withFreshPage(engine, harness, measure, { throttle });
}

export async function measureSet(engine, { size, pages, fileBytes }, maxRuns, largeThrottle) {
  const throttle = cpuRate(engine, largeThrottle);
  const measure = (url, harness, { search }) => measurePage(engine, url, harness, throttle, search);
  const samples = await alternate(pages, maxRuns, measure, SET_BUDGET_MS);
  const summarise = (runs) => ({
    ...Object.fromEntries(
      ['paint', 'keyMedian', 'keyP95', 'searchLongTasks', 'heap', 'nodes']
        .filter((key) => key in runs[0])
        .map((key) => [key, median(runs.map((run) => run[key]))]),
    ),
    shown: runs[0].shown,
  });
  return { size, fileBytes, runs: samples.widget.length, maxRuns, throttle, ...each(samples, summarise), samples };
}
