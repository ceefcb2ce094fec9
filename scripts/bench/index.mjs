#!/usr/bin/env node
// `npm run bench`: how far the widgets are from the cheapest possible way to show the same thing.
//
//   npm run bench                         5 runs of every measure (medians)
//   npm run bench -- --runs 3             3 runs
//   npm run bench -- --large-throttle 4   the 1 000 / 5 000-service sets at 4x CPU too (much slower)
//   npm run bench -- --profile            then profile the seed load, the 5 000-service load and
//                                         the search (CPU, main-thread trace, retained heap; +1 min)
//
// Every measure is printed in one table beside its true floor (the widget's own shadow HTML and
// adopted styles copied into a static page with no script, or the bare Lit runtime plus the bundled
// data), the ratio widget / floor from the same runs, the target of issue 13 and whether it holds;
// a second, small table compares with plain HTML (the same markup without CSS). Nothing is asserted:
// numbers only. The tables are printed and also written as Markdown to .bench/results.md.
// While working on it, `--runs 1` takes about half a minute.
//
// Needs `npm run build` first (it measures dist/gov-service-widgets.js as it is) and a system
// Chromium (scripts/find-browser.mjs); it never downloads a browser.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { DATASET_SIZES } from './data.mjs';
import { measureBundle } from './measure-bundle.mjs';
import { measureDemo } from './measure-demo.mjs';
import { measureSeedLoad } from './measure-seed.mjs';
import { SET_BUDGET_MS, measureSet } from './measure-sets.mjs';
import { writeAllPages } from './pages.mjs';
import { profileWidgets, unminifiedBundle } from './profile.mjs';
import { buildRows, notes, report } from './report.mjs';
import { OUT_DIR, ROOT, RUN_DIR, startServer } from './server.mjs';

const BUNDLE = join(ROOT, 'dist/gov-service-widgets.js');
// The 1 000 / 5 000-service pages take 10–50 s per load at 4x on a 2-core machine, which does not
// fit a bench of ~3 minutes; they run unthrottled unless `--large-throttle 4` is given.
const DEFAULT_LARGE_THROTTLE = 1;

const log = (message) => process.stderr.write(`${message}\n`);

function parseOptions(argv) {
  const usage = 'usage: npm run bench [-- --runs N] [--large-throttle RATE] [--profile]';
  const options = { runs: 5, largeThrottle: DEFAULT_LARGE_THROTTLE, profile: false };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split('=');
    const value = () => Number(inline ?? argv[++i]);
    if (name === '--runs') options.runs = value();
    else if (name === '--large-throttle') options.largeThrottle = value();
    else if (name === '--profile') options.profile = true;
    else if (name === '--help' || name === '-h') {
      console.log(usage);
      process.exit(0);
    } else {
      console.error(`unknown option ${argv[i]}; ${usage}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) {
    console.error('--runs needs a whole number of at least 1');
    process.exit(2);
  }
  if (!(options.largeThrottle >= 1)) {
    console.error('--large-throttle needs a rate of at least 1 (1 = no throttling)');
    process.exit(2);
  }
  return options;
}

/** The newest modification time of the files under `dir`. */
async function newestIn(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  const times = await Promise.all(
    entries.filter((e) => e.isFile()).map((e) => stat(join(e.parentPath ?? e.path, e.name)).then((i) => i.mtimeMs)),
  );
  return Math.max(0, ...times);
}

const loadAverage = () => loadavg()[0].toFixed(1);

const options = parseOptions(process.argv.slice(2));
const { runs, largeThrottle } = options;
if (!(await stat(BUNDLE).catch(() => null))) {
  console.error('dist/gov-service-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}
const started = Date.now();
const loadAtStart = loadAverage();
await rm(RUN_DIR, { recursive: true, force: true });
await mkdir(RUN_DIR, { recursive: true });
const seed = JSON.parse(await readFile(join(ROOT, 'data/osakarovka-education.json'), 'utf8'));
const seedRows = seed.services.length;
// Measured as they are now, whatever happens to dist/ meanwhile (server.mjs serves this copy).
const bundleInfo = await stat(BUNDLE);
const bundle = await readFile(BUNDLE);
await writeFile(join(RUN_DIR, 'gov-service-widgets.js'), bundle);
const unminified = options.profile ? await unminifiedBundle() : undefined;
const stale = (await newestIn(join(ROOT, 'src'))) > bundleInfo.mtimeMs;
const { server, origin } = await startServer();
const browser = await launchBrowser();
try {
  // Rendering the widget pages for their floors also warms the browser up.
  log('Generating data, pages and floors…');
  const pages = await writeAllPages(browser, origin, seed);
  log('1. Bundle sizes…');
  const bundleSizes = await measureBundle(seed, bundle);
  log(`2. Seed load, ${runs} runs…`);
  const seedLoad = await measureSeedLoad(browser, pages.seed, runs);
  const datasets = [];
  for (const set of pages.sets) {
    log(`3. ${set.size} services, up to ${runs} runs in ${SET_BUDGET_MS / 1000} s, at ${largeThrottle}x CPU…`);
    datasets.push(await measureSet(browser, set, runs, largeThrottle));
  }
  log(`4. Demo page, ${runs} runs…`);
  const demo = await measureDemo(browser, origin, pages.seed, runs, seedRows);

  const digest = createHash('sha256').update(bundle).digest('hex').slice(0, 12);
  const built = `built ${bundleInfo.mtime.toISOString()}${stale ? ' (src/ has newer files: not rebuilt)' : ''}`;
  const head = [
    `gov-service-widgets bench, ${new Date(started).toISOString()}`,
    `Browser: ${await browser.version()} (headless, ${browser.process()?.spawnfile}); Node ${process.version}`,
    `CPU: ${cpus()[0]?.model ?? 'unknown'}, nproc ${availableParallelism()}; load average (1 min) ${loadAtStart} at start, ${loadAverage()} at end`,
    `Bundle: dist/gov-service-widgets.js, ${bundle.length} bytes, sha256 ${digest}…, ${built}; runs per measure: ${runs} (medians)`,
  ];
  const rows = buildRows({ bundle: bundleSizes, seedLoad, datasets, demo });
  const foot = notes({ bundle: bundleSizes, datasets, seedLoad, options });
  const { text, markdown } = report({
    head,
    rows,
    foot,
    took: `Bench took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  });
  console.log(text);
  await writeFile(join(OUT_DIR, 'results.md'), markdown);
  log(`Written to ${join('.bench', 'results.md')}`);

  if (options.profile) {
    log(`Profiling the seed page and the ${DATASET_SIZES.at(-1)}-service set…`);
    const lines = await profileWidgets(browser, origin, { size: DATASET_SIZES.at(-1), seedRows, unminified });
    console.log(['', 'Profile (--profile)', ...lines].join('\n'));
    await writeFile(join(OUT_DIR, 'profile.txt'), `${lines.join('\n')}\n`);
  }
} finally {
  await browser.close();
  await server.stop();
  await rm(RUN_DIR, { recursive: true, force: true });
}
