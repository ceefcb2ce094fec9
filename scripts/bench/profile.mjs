// Optional (--profile): where the time goes when the seed page loads, when 5 000 services load and
// when the word is typed over them. The pages load an unminified build of dist/esm (the same code
// as the bundle, readable names), so absolute times differ a little from the table's.
// Two cheap views: a V8 CPU profile summarised by self time per JS function, and a trace of the
// renderer main thread summarised by self time per event (script vs style vs layout vs paint).
/* global window -- in the page */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import { loadAndWaitForPaint, typeWord, widgetPageWith, withFreshPage } from './browser.mjs';
import { SEARCH_WORD } from './data.mjs';
import { SEED_ELEMENTS, htmlPage, registryOf } from './pages.mjs';
import { ROOT, RUN_DIR, RUN_PATH } from './server.mjs';
import { mb, ms, sum } from './stats.mjs';

/**
 * The unminified bundle, and for any of its lines the module it came from (Lit ships minified,
 * so its functions are named `V` or `$`: the module name says where they are).
 */
export async function unminifiedBundle() {
  const build = await rollup({ input: join(ROOT, 'dist/esm/index.js'), plugins: [nodeResolve()], onwarn() {} });
  const { output } = await build.generate({ format: 'iife', name: 'gsw', indent: false });
  await build.close();
  const { code, modules } = output[0];
  const ranges = [];
  let from = 0;
  for (const [id, rendered] of Object.entries(modules)) {
    const at = rendered.code ? code.indexOf(rendered.code, from) : -1;
    if (at < 0) continue;
    const first = code.slice(0, at).split('\n').length; // 1-based
    const name = id.slice(ROOT.length).replace(/^(node_modules|dist\/esm)\//, '');
    ranges.push({ first, last: first + rendered.code.split('\n').length - 1, name });
    from = at + rendered.code.length;
  }
  const moduleAt = (line) => ranges.find((r) => line >= r.first && line <= r.last)?.name ?? 'bundle';
  return { code, moduleAt };
}

/**
 * "render (elements/x.js)" for a function of the bundle; for a built-in such as `replace` or
 * `importNode`, also the bundle function that called it: "replace <- foldForSearch (i18n/…)".
 */
function frameLabel(callFrame, parentLabel, moduleAt) {
  const { functionName, url, lineNumber } = callFrame;
  const name = functionName || '(anonymous)';
  if (url.endsWith('/unminified.js')) return `${name} (${moduleAt(lineNumber + 1)})`;
  const builtin = !url && !name.startsWith('(');
  return builtin && parentLabel ? `${name} <- ${parentLabel.split(' <- ').pop()}` : name;
}

/** The `limit` largest of `totals` (name → amount), one line each. */
const top = (totals, limit, line) =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, amount]) => line(name, amount));

function topSelfTimeFunctions(profile, moduleAt, limit = 12) {
  const labels = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const label = (node, parentLabel) => {
    labels.set(node.id, frameLabel(node.callFrame, parentLabel, moduleAt));
    for (const child of node.children ?? []) label(byId.get(child), labels.get(node.id));
  };
  label(profile.nodes[0]);
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const key = labels.get(id);
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  self.delete('(idle)');
  const total = sum([...self.values()]);
  return top(
    self,
    limit,
    (name, time) => `    ${ms(time).padStart(9)}  ${((100 * time) / total).toFixed(0).padStart(3)}%  ${name}`,
  );
}

function topSelfTimeTraceEvents(events, limit = 10) {
  // The page's main thread: of the renderer main threads in the trace, the busiest one.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (thread) =>
    sum(events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X').map((e) => e.dur ?? 0));
  const main = mains.map((thread) => ({ thread, busy: busy(thread) })).sort((a, b) => b.busy - a.busy)[0]?.thread;
  if (!main) return ['    (no renderer main thread in the trace)'];
  const slices = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const slice of slices) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= slice.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - slice.dur / 1000);
    self.set(slice.name, (self.get(slice.name) ?? 0) + slice.dur / 1000);
    stack.push(slice);
  }
  for (const [name, time] of self) if (time <= 0.5) self.delete(name);
  return top(self, limit, (name, time) => `    ${ms(time).padStart(9)}  ${name}`);
}

/** The sampling heap profile's live bytes, summed per allocating function. */
function topRetainedAllocations(profile, moduleAt, limit = 8) {
  const bytes = new Map();
  const visit = (node, parentLabel) => {
    const key = frameLabel(node.callFrame, parentLabel, moduleAt);
    if (node.selfSize) bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
    node.children.forEach((child) => visit(child, key));
  };
  visit(profile.head);
  return top(bytes, limit, (name, size) => `    ${mb(size).padStart(9)}  ${name}`);
}

/** Runs `action` under both the V8 sampling profiler and a main-thread trace; returns its result and both summaries. */
async function profiled(page, cdp, moduleAt, action) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); // microseconds
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await cdp.send('Profiler.start');
  const result = await action();
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  return {
    result,
    summary: [
      '  JS self time by function:',
      ...topSelfTimeFunctions(profile, moduleAt),
      '  Main-thread self time by trace event:',
      ...topSelfTimeTraceEvents(trace.traceEvents),
    ],
  };
}

/**
 * Profiles run unthrottled: CPU throttling works by pausing the main thread, which the sampling
 * profiler books as "(program)" and which would drown the attribution.
 */
export async function profileWidgets(engine, origin, { size, seedRows, unminified }) {
  const { code, moduleAt } = unminified;
  await writeFile(join(RUN_DIR, 'unminified.js'), code);
  const script = `<script src="${RUN_PATH}/unminified.js"></script>\n`;
  await writeFile(join(RUN_DIR, 'profile-seed.html'), htmlPage(script + SEED_ELEMENTS));
  await writeFile(join(RUN_DIR, 'profile-set.html'), htmlPage(script + registryOf(size)));
  const url = (name) => `${origin}${RUN_PATH}/profile-${name}.html`;
  const lines = [
    'Unminified build of dist/esm, 1x CPU. "(program)" is native work (parsing, style, layout);',
    "in the typing trace, FireAnimationFrame is the keystroke's own JS (input handler + Lit update).",
  ];
  const profileSeed = async (page, cdp) => {
    const load = await profiled(page, cdp, moduleAt, () => loadAndWaitForPaint(page, url('seed')));
    lines.push(`Seed page load: painted at ${ms(load.result)}`, ...load.summary);
  };
  const profileSet = async (page, cdp) => {
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 16384 });
    const load = await profiled(page, cdp, moduleAt, () => loadAndWaitForPaint(page, url('set')));
    await cdp.send('HeapProfiler.collectGarbage');
    const { profile: heap } = await cdp.send('HeapProfiler.stopSampling');
    const longTasks = await page.evaluate(() => window.__bench.longTasks);
    const total = `total ${ms(sum(longTasks))}, longest ${ms(Math.max(...longTasks))}`;
    const tasks = longTasks.length ? `${longTasks.length}, ${total}` : 'none';
    lines.push(`Load of ${size} services: painted at ${ms(load.result)}; long tasks: ${tasks}`, ...load.summary);
    lines.push('  JS heap still alive after load and GC, by allocating function (sampled):');
    lines.push(...topRetainedAllocations(heap, moduleAt));
    const typing = await profiled(page, cdp, moduleAt, () => typeWord(page, SEARCH_WORD));
    const keystrokes = typing.result.map((t) => t.toFixed(0)).join(', ');
    lines.push(`Typing "${SEARCH_WORD}" over ${size} services: keystrokes ${keystrokes} ms`, ...typing.summary);
  };
  await withFreshPage(engine, widgetPageWith(seedRows), profileSeed, { throttle: 1 });
  await withFreshPage(engine, widgetPageWith(size), profileSet, { throttle: 1 });
  return lines;
}
