#!/usr/bin/env node
// `npm run bench`: how far the widgets are from the cheapest possible way to show the same thing.
//
//   npm run bench                         5 runs of every measure (medians)
//   npm run bench -- --runs 3             3 runs
//   npm run bench -- --large-throttle 4   the 1 000 / 5 000-service sets at 4x CPU too (much slower)
//   npm run bench -- --profile            then profile the seed load, the 5 000-service load and
//                                         the search (CPU, main-thread trace, retained heap; +1 min)
//   npm run bench -- --engines chromium   Chromium only (default: chromium,firefox, Firefox when found)
//
// Every measure is printed in one table beside its true floor (the widget's own shadow HTML and
// adopted styles copied into a static page with no script, or the bare Lit runtime plus the bundled
// data), the ratio widget / floor from the same runs, the target of issue 13 and whether it holds;
// a second, small table compares with plain HTML (the same markup without CSS). Nothing is asserted:
// numbers only. The tables are printed and also written as Markdown to .bench/results.md.
// While working on it, `--runs 1` takes about a minute.
//
// Every measure is taken in Chromium, where the targets are judged. Firefox ESR, when found, adds
// the rows it can measure the same way (page-side timings: the paints against the same true floor
// pages, the keystrokes) at 1x CPU; what it cannot measure is "n/a" (ENGINES in browser.mjs says why).
//
// Needs `npm run build` first (it measures dist/gov-service-widgets.js as it is) and a system
// Chromium (scripts/find-browser.mjs); it never downloads a browser.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { ENGINES, cpuRate, launchEngine } from './browser.mjs';
import { missingBrowserMessage } from '../find-browser.mjs';
import { DATASET_SIZES } from './data.mjs';
import { measureBundle } from './measure-bundle.mjs';
import { measureDemo } from './measure-demo.mjs';
import { measureSeedLoad, measureSeedLoadSlow } from './measure-seed.mjs';
import { SET_BUDGET_MS, measureSet } from './measure-sets.mjs';
import { checkFloors } from './floor.mjs';
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
  const usage = 'usage: npm run bench [-- --runs N] [--large-throttle RATE] [--profile] [--engines chromium[,firefox]]';
  const options = { runs: 5, largeThrottle: DEFAULT_LARGE_THROTTLE, profile: false, engines: undefined };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split('=');
    const text = () => inline ?? argv[++i] ?? '';
    const value = () => Number(text());
    if (name === '--runs') options.runs = value();
    else if (name === '--large-throttle') options.largeThrottle = value();
    else if (name === '--profile') options.profile = true;
    else if (name === '--engines') options.engines = text().toLowerCase().split(',').filter(Boolean);
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
  const unknown = options.engines?.filter((key) => !(key in ENGINES)) ?? [];
  if (unknown.length) {
    console.error(`--engines: unknown engine ${unknown.join(', ')} (known: ${Object.keys(ENGINES).join(', ')})`);
    process.exit(2);
  }
  if (options.engines?.includes('chromium') === false) {
    console.error('--engines needs chromium: it renders the true floors, and the targets are judged on it');
    process.exit(2);
  }
  return options;
}

/**
 * The engines to run, in the order of ENGINES (Chromium first): [{key, executablePath}], and why any
 * other was left out. An engine named in --engines must be found; by default one that is not is left
 * out, with a note.
 */
function selectEngines(requested) {
  const run = [];
  const skipped = [];
  for (const key of Object.keys(ENGINES).filter((name) => !requested || requested.includes(name))) {
    const executablePath = ENGINES[key].find();
    if (executablePath) run.push({ key, executablePath });
    else if (key === 'chromium') {
      console.error(missingBrowserMessage);
      process.exit(1);
    } else if (requested) {
      console.error(`--engines asks for ${key}, but there is ${ENGINES[key].missing}`);
      process.exit(1);
    } else skipped.push(`${ENGINES[key].name} not measured: ${ENGINES[key].missing}.`);
  }
  return { run, skipped };
}

/**
 * Every measure `engine` can take: the seed load, each set and (with performance entries) the demo;
 * the true floors only once `engine` has shown that it renders them. The second reference (plain
 * HTML) only where `engine.plain`.
 */
async function measureEngine(engine, pages, { runs, largeThrottle, origin, seedRows }) {
  const started = Date.now();
  const own = (set) =>
    engine.plain ? set : { widget: set.widget, floor: set.floor, ...(set.drawn && { drawn: set.drawn }) };
  const at = `in ${engine.name}`;
  log(`Checking that ${engine.name} renders the true floors…`);
  await checkFloors(engine, [pages.seed, ...pages.sets.map((set) => set.pages)]);
  log(`2. Seed load ${at}, ${runs} runs…`);
  const seedLoad = await measureSeedLoad(engine, own(pages.seed), runs);
  if (engine.network) log(`2b. Seed load ${at} on slow 4G, ${runs} runs…`);
  const seedLoadSlow = await measureSeedLoadSlow(engine, pages.seed, runs);
  const datasets = [];
  for (const set of pages.sets) {
    const rate = cpuRate(engine, largeThrottle);
    log(`3. ${set.size} services ${at}, up to ${runs} runs in ${SET_BUDGET_MS / 1000} s, at ${rate}x CPU…`);
    datasets.push(await measureSet(engine, { ...set, pages: own(set.pages) }, runs, largeThrottle));
  }
  let demo;
  if (engine.entries) {
    log(`4. Demo page ${at}, ${runs} runs…`);
    demo = await measureDemo(engine, origin, own(pages.seed), runs, seedRows);
  }
  const took = (Date.now() - started) / 1000;
  log(`${engine.name}: measured in ${took.toFixed(0)} s.`);
  return { engine, seedLoad, seedLoadSlow, datasets, demo, took };
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
const engines = selectEngines(options.engines);
engines.skipped.forEach(log);
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
const [first, ...others] = engines.run;
const chromium = await launchEngine(first.key, first.executablePath);
try {
  // Rendering the widget pages for their floors also warms Chromium up.
  log('Generating data, pages and floors…');
  const pages = await writeAllPages(chromium, origin, seed);
  log('1. Bundle sizes…');
  const bundleSizes = await measureBundle(seed, bundle);
  const context = { runs, largeThrottle, origin, seedRows };
  const measured = [await measureEngine(chromium, pages, context)];
  const notMeasured = [...engines.skipped];
  for (const { key, executablePath } of others) {
    // Each further engine runs alone, after Chromium; if it fails, the report says so instead of its rows.
    let engine;
    try {
      engine = await launchEngine(key, executablePath);
      measured.push(await measureEngine(engine, pages, context));
    } catch (error) {
      const why = `${ENGINES[key].name} not measured: ${error.message.split('\n')[0]}`;
      log(why);
      notMeasured.push(why);
    } finally {
      await engine?.browser.close();
    }
  }

  const digest = createHash('sha256').update(bundle).digest('hex').slice(0, 12);
  const built = `built ${bundleInfo.mtime.toISOString()}${stale ? ' (src/ has newer files: not rebuilt)' : ''}`;
  const head = [
    `gov-service-widgets bench, ${new Date(started).toISOString()}`,
    `Browser${measured.length > 1 ? 's' : ''}: ${measured.map(({ engine }) => engine.version).join('; ')}; Node ${process.version}`,
    `CPU: ${cpus()[0]?.model ?? 'unknown'}, nproc ${availableParallelism()}; load average (1 min) ${loadAtStart} at start, ${loadAverage()} at end`,
    `Bundle: dist/gov-service-widgets.js, ${bundle.length} bytes, sha256 ${digest}…, ${built}; runs per measure: ${runs} (medians)`,
  ];
  const rows = buildRows({ bundle: bundleSizes, measured });
  const foot = notes({ bundle: bundleSizes, measured, notMeasured, options });
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
    const lines = await profileWidgets(chromium, origin, { size: DATASET_SIZES.at(-1), seedRows, unminified });
    console.log(['', 'Profile (--profile)', ...lines].join('\n'));
    await writeFile(join(OUT_DIR, 'profile.txt'), `${lines.join('\n')}\n`);
  }
} finally {
  await chromium.browser.close();
  await server.stop();
  await rm(RUN_DIR, { recursive: true, force: true });
}
