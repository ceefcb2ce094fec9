// The report: one aligned plain-text table, the same as Markdown, and the notes that say what each floor is.
import { CPU_THROTTLE, VIEWPORT } from './browser.mjs';
import { SEARCH_WORD } from './data.mjs';
import { SET_BUDGET_MS } from './measure-sets.mjs';
import { count, kb, mb, ms, ratio } from './stats.mjs';

const HEAD = ['Measure', 'Widget', 'Floor', 'Ratio', 'Plain HTML (ratio)'];

/** A row of the table; `plain`, the second reference, only where there is one. */
const row = (label, format, { widget, floor, plain }) => [
  label,
  format(widget),
  format(floor),
  ratio(widget, floor),
  plain === undefined ? '—' : `${format(plain)} (${ratio(widget, plain)})`,
];
const pick = (measure, key) => ({
  widget: measure.widget[key],
  floor: measure.floor[key],
  plain: measure.plain?.[key],
});

export function buildRows({ bundle, seedLoad, datasets, demo }) {
  const rows = [
    row('1. Bundle, raw', kb, pick(bundle, 'raw')),
    row('1. Bundle, gzip -9', kb, pick(bundle, 'gzip')),
    row('1. Bundle, brotli q11', kb, pick(bundle, 'brotli')),
    row(`2. Seed: 3 elements painted (${CPU_THROTTLE}x CPU)`, ms, seedLoad),
  ];
  for (const d of datasets) {
    const n = d.size.toLocaleString('en').replace(',', ' ');
    rows.push(
      row(`3. ${n}: rows painted (${d.throttle}x CPU)`, ms, pick(d, 'paint')),
      row(`3. ${n}: keystroke, median`, ms, pick(d, 'keyMedian')),
      row(`3. ${n}: keystroke, p95`, ms, pick(d, 'keyP95')),
      row(`3. ${n}: JS heap after load`, mb, pick(d, 'heap')),
      row(`3. ${n}: DOM nodes`, count, pick(d, 'nodes')),
    );
  }
  rows.push(
    row(`4. Demo: long tasks, count (${CPU_THROTTLE}x CPU)`, count, pick(demo, 'count')),
    row('4. Demo: long tasks, total', ms, pick(demo, 'total')),
    row('4. Demo: longest task', ms, pick(demo, 'longest')),
    row('4. Demo: CLS', (cls) => cls.toFixed(3), pick(demo, 'cls')),
  );
  return rows;
}

/** The report as aligned plain text, and as Markdown. */
export function report({ head, rows, foot, took }) {
  const widths = HEAD.map((_, col) => Math.max(...[HEAD, ...rows].map((cells) => cells[col].length)));
  const line = (cells) => cells.map((cell, col) => cell[col ? 'padStart' : 'padEnd'](widths[col])).join('  ');
  const table = [line(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const mdTable = [HEAD, ['---', ...HEAD.slice(1).map(() => '--:')], ...rows].map((row) => `| ${row.join(' | ')} |`);
  const md = ['# Bench results', '', ...head.map((l) => `${l}  `), '', ...mdTable, '', ...foot.map((l) => `- ${l}`)];
  return { text: [...head, '', ...table, '', ...foot, took].join('\n'), markdown: [...md, '', took, ''].join('\n') };
}

export function notes({ bundle, datasets, seedLoad, options }) {
  const samples = (byPage, time = (t) => t) =>
    Object.entries(byPage)
      .map(([name, runs]) => `${name} ${runs.map((run) => time(run).toFixed(0)).join(' ')}`)
      .join('; ');
  const lines = [
    `Floor of 1: Lit runtime ${kb(bundle.lit.brotli)} brotli (${kb(bundle.lit.raw)} raw, ${kb(bundle.lit.gzip)} gzip) + seed JSON minified ${kb(bundle.data.brotli)} brotli (${kb(bundle.data.raw)} raw, ${kb(bundle.data.gzip)} gzip), compressed separately.`,
    `Floor of 2: the widget's own rendering of the seed, copied when the bench starts: each element's shadow root and its stylesheets as a declarative shadow root in a static page, no script. Plain HTML: the same markup with no CSS and no shadow root. Samples (ms): ${samples(seedLoad.samples)}.`,
  ];
  for (const d of datasets) {
    lines.push(
      `Set of ${d.size}: ${d.runs} run${d.runs === 1 ? '' : 's'}${d.runs < d.maxRuns ? ` of ${d.maxRuns} (the set's ${SET_BUDGET_MS / 1000} s budget ran out)` : ''}; file ${mb(d.fileBytes)}; "${SEARCH_WORD}" leaves ${d.widget.shown} rows in the widget (folded, kk+ru), ${d.floor.shown} in the floors (plain substring). Paint samples (ms): ${samples(d.samples, (s) => s.paint)}.`,
    );
  }
  lines.push(
    `Floors of 3: the widget's rows copied as for 2; their search hides the rows whose text lacks the query (a 6-line script). Sets of 3 run at ${options.largeThrottle}x CPU${options.largeThrottle === CPU_THROTTLE ? '' : ` (not ${CPU_THROTTLE}x: too slow for a ~3 min bench; \`--large-throttle ${CPU_THROTTLE}\` to change)`}. Keystroke p95 is nearest-rank over the 8 keystrokes, i.e. the slowest one.`,
    'Floors of 4: the static seed pages of 2. Long tasks and CLS: navigation until 1 s after all is painted.',
    `All timings: fresh browser context per page load, cache disabled, ${VIEWPORT.width}x${VIEWPORT.height}, no network throttling (127.0.0.1); "painted" = end of the first frame showing all content (rAF + MessageChannel). Keystrokes: from the input event to the end of its frame, dispatched at frame start.`,
  );
  return lines;
}
