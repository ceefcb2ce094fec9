// The engines the bench runs, and the one place that knows how they differ: each is launched from
// the system (scripts/find-browser.mjs; it never downloads a browser), every measurement gets a fresh
// browser context (cold cache; in Chromium, its own renderer process), the 1280x900 viewport and,
// where the engine can, CPU throttling.
//   chromium  headless Chromium over CDP: CPU throttling, forced GC with JS heap and DOM node counts,
//             and 'longtask' / 'layout-shift' entries. Every measure; the targets are judged on it.
//   firefox   headless Firefox ESR over WebDriver BiDi (puppeteer-core, no geckodriver). BiDi has no
//             CPU throttling, GC, heap or node count (those are CDP), and Firefox has no 'longtask' or
//             'layout-shift' entries: it takes only what is timed inside the page by the harness (the
//             painted time, the keystrokes), at 1x CPU, on the widget page and its true floor.
/* global document, window, Node, MutationObserver, InputEvent, addEventListener, requestAnimationFrame -- in the page */
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, findFirefox } from '../find-browser.mjs';

export const CPU_THROTTLE = 4; // a cheap Android phone is roughly a desktop core slowed 4x
export const VIEWPORT = { width: 1280, height: 900 };
// Lighthouse's mobile network ("slow 4G"): 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, as
// CDP's emulation takes it (bytes per second); a rural reader's connection is often no better.
export const SLOW_4G = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const PAINT_TIMEOUT_MS = 60_000;

/**
 * What each engine is and can do. `throttles`: CPU throttling; `memory`: JS heap after a forced GC
 * and DOM nodes; `entries`: 'longtask' and 'layout-shift' performance entries (so the long tasks
 * while typing and the demo); `plain`: also measures the second reference (plain HTML), which only
 * Chromium does, to keep the bench short. `lacks`: why the others are "n/a", and `about`: how it is
 * set up, for the report's notes.
 * `network`: network emulation (latency, throughput).
 * `open(page, throttle, network)` prepares a fresh page and returns its CDP session, where there is one.
 */
export const ENGINES = {
  chromium: {
    name: 'Chromium',
    protocol: 'CDP',
    find: findChromium,
    missing: 'no Chrome/Chromium: apt-get install chromium',
    launch: (executablePath) => puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS }),
    throttles: true,
    memory: true,
    entries: true,
    plain: true,
    network: true,
    async open(page, throttle, network) {
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      if (network) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
      }
      return cdp;
    },
  },
  firefox: {
    name: 'Firefox',
    protocol: 'WebDriver BiDi',
    find: findFirefox,
    missing: 'no Firefox (apt-get install firefox-esr, or FIREFOX_PATH=/path/to/firefox)',
    launch: (executablePath) =>
      puppeteer.launch({
        browser: 'firefox',
        executablePath,
        headless: true,
        // performance.now() is otherwise rounded to 1 ms (Chromium's: 0.1 ms or finer), too coarse for keystrokes.
        extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false },
      }),
    throttles: false,
    memory: false,
    entries: false,
    plain: false,
    about: 'performance.now() unrounded (privacy.reduceTimerPrecision off; Firefox otherwise rounds it to 1 ms). ',
    lacks:
      "Firefox has no 'longtask' or 'layout-shift' entries, and WebDriver BiDi no CPU throttling, forced GC, JS heap or DOM node count (Chromium's come from CDP)",
    async open(page, throttle) {
      if (throttle !== 1) throw new Error(`Firefox cannot throttle the CPU (asked for ${throttle}x)`);
      return undefined;
    },
  },
};

/** The CPU rate a measure asking for `rate` gets in `engine`: 1 where it cannot throttle. */
export const cpuRate = (engine, rate) => (engine.throttles ? rate : 1);

/** Launches the engine `key` from `executablePath`: the ENGINES entry with its `browser` and `version`. */
export async function launchEngine(key, executablePath) {
  const engine = ENGINES[key];
  const browser = await engine.launch(executablePath);
  const path = browser.process()?.spawnfile ?? executablePath;
  const version = `${await browser.version()} (headless, ${path}, over ${engine.protocol})`;
  return { key, ...engine, browser, version };
}
/** What the page harness waits for: the widgets, with `rows` services in <service-registry>; or a static page. */
export const widgetPageWith = (rows) => ({ kind: 'widgets', rows });
export const STATIC_PAGE = { kind: 'static', rows: 0 };

/**
 * Runs `measure(page, cdp)` in a fresh context of `engine` (from launchEngine), with the page harness
 * installed before the page's own scripts; `cdp` is the page's CDP session, where the engine has one.
 */
export async function withFreshPage(engine, harness, measure, { throttle = CPU_THROTTLE, network } = {}) {
  const context = await engine.browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.setCacheEnabled(false);
    const cdp = await engine.open(page, throttle, network);
    await page.evaluateOnNewDocument(pageHarness, harness);
    return await measure(page, cdp);
  } finally {
    await context.close();
  }
}

/**
 * `measure(url, harness, page)` on each page of `pages` ({widget, floor, plain}: {url, harness}) in turn,
 * `runs` times, or fewer once `budgetMs` is spent (at least once); the samples of each page.
 */
export async function alternate(pages, runs, measure, budgetMs = Infinity) {
  const samples = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  const started = Date.now();
  for (let run = 0; run < runs && (run === 0 || Date.now() - started < budgetMs); run++) {
    for (const [name, page] of Object.entries(pages)) samples[name].push(await measure(page.url, page.harness, page));
  }
  return samples;
}

/**
 * Injected into every page before its own scripts (so the widget page and its floors get exactly
 * the same instrumentation).
 *
 * How "painted" is timed, the same way on every page: from the first animation frame on, each
 * requestAnimationFrame callback checks whether the content is complete (widget pages: every
 * widget's shadow root holds a rendered `[part~=item]`, and <service-registry> holds `rows` of
 * them, since long lists are rendered in chunks; static pages: the element #bench-end after the
 * last row has been parsed). The first frame in which it is complete is the
 * frame that paints it, so from that rAF callback we post a MessageChannel message: it runs as the
 * next task, i.e. right after that frame's style, layout and paint are done. Its performance.now()
 * (milliseconds since navigation start) is the result. We prefer this to the paint/LCP entries:
 * FCP fires on the first element's heading, and LCP does not look inside shadow roots reliably.
 *
 * It also records long tasks (> 50 ms) and layout shifts, and a `data-failed` event fails the run.
 */
function pageHarness({ kind, rows }) {
  // Checked every frame, so it must stay cheap with 5 000 rows whatever the shadow DOM's shape:
  // each widget's items are tallied in a Set from MutationObserver records (only the nodes added
  // or removed are looked at), not by querying the whole shadow root every frame.
  const ITEM = '[part~="item"]';
  const itemsIn = (node) =>
    node.nodeType === Node.ELEMENT_NODE ? [...(node.matches(ITEM) ? [node] : []), ...node.querySelectorAll(ITEM)] : [];
  const tallies = new Map();
  const items = (el) => {
    if (!tallies.has(el)) {
      if (!el.shadowRoot) return 0;
      const tally = new Set(el.shadowRoot.querySelectorAll(ITEM));
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          record.removedNodes.forEach((node) => itemsIn(node).forEach((item) => tally.delete(item)));
          record.addedNodes.forEach((node) => itemsIn(node).forEach((item) => tally.add(item)));
        }
      });
      observer.observe(el.shadowRoot, { childList: true, subtree: true });
      tallies.set(el, { tally, observer });
    }
    return tallies.get(el).tally.size;
  };
  const widgets = () => [...document.querySelectorAll('service-registry, appeal-procedure, contact-card')];
  const complete =
    kind === 'static'
      ? () => document.getElementById('bench-end') !== null
      : () => {
          const all = widgets();
          return all.length > 0 && all.every((el) => items(el) >= (el.localName === 'service-registry' ? rows : 1));
        };
  const stopCounting = () => tallies.forEach(({ observer }) => observer.disconnect());
  const afterThisFrame = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  };
  const bench = { longTasks: [], layoutShift: 0, afterThisFrame };
  bench.progress = () =>
    widgets()
      .map((el) => `<${el.localName}> ${items(el)} items`)
      .join(', ') || 'no widget';
  bench.painted = new Promise((resolvePainted, rejectPainted) => {
    addEventListener('data-failed', (event) =>
      rejectPainted(new Error(`data-failed: ${JSON.stringify(event.detail)}`)),
    );
    const poll = () => {
      if (!complete()) return requestAnimationFrame(poll);
      stopCounting();
      afterThisFrame(resolvePainted);
    };
    requestAnimationFrame(poll);
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true }); // an engine without these entries ignores it
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  window.__bench = bench;
}

/** Navigates and returns the ms from navigation start to the first frame painted with all content. */
export async function loadAndWaitForPaint(page, url) {
  await page.goto(url, { waitUntil: 'load', timeout: PAINT_TIMEOUT_MS });
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(async () => {
      const progress = await page.evaluate(() => window.__bench.progress()).catch(() => 'unknown');
      fail(new Error(`${url}: not complete within ${PAINT_TIMEOUT_MS / 1000} s (${progress})`));
    }, PAINT_TIMEOUT_MS);
  });
  try {
    return await Promise.race([page.evaluate(() => window.__bench.painted), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** JS heap after a forced garbage collection (so only what the page keeps), and DOM node count. */
export async function heapAndNodes(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heap: get('JSHeapUsedSize'), nodes: get('Nodes') };
}

/**
 * Types `word` into the search field of <service-registry> (the widget's, or its copy in a floor) one
 * character at a time and returns, for each keystroke, the ms from setting the value and dispatching
 * `input` to the end of the next painted frame (timed as in pageHarness). Each keystroke is dispatched
 * at the start of an animation frame, so the time measured is the work the keystroke causes, not the
 * wait for the next vsync (up to 16.7 ms, pure noise); 50 ms pass between keystrokes, like a fast
 * typist. Work a page defers beyond that frame (a debounce, an idle callback) would not be counted;
 * no page defers any today.
 */
export async function typeWord(page, word) {
  return page.evaluate(async (word) => {
    const host = document.querySelector('service-registry');
    const input = (host.shadowRoot ?? host).querySelector('input[type="search"]');
    const times = [];
    for (let i = 1; i <= word.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const time = await new Promise((resolve) =>
        requestAnimationFrame(() => {
          const start = performance.now();
          input.value = word.slice(0, i);
          input.dispatchEvent(
            new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: word[i - 1] }),
          );
          window.__bench.afterThisFrame((end) => resolve(end - start));
        }),
      );
      times.push(time);
    }
    return times;
  }, word);
}

/** How many rows the search left visible (forces a full layout, so never inside a timing or profile). */
export async function countShown(page) {
  return page.evaluate(() => {
    const host = document.querySelector('service-registry');
    const rows = (host.shadowRoot ?? host).querySelectorAll('[part~="item"]');
    return [...rows].filter((row) => row.checkVisibility()).length; // neither hidden nor display: none
  });
}
