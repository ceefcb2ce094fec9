#!/usr/bin/env node
// `npm run bench`: how far the widgets are from the cheapest possible way to show the same thing.
//
//   npm run bench                         5 runs of every measure (medians)
//   npm run bench -- --runs 3             3 runs
//   npm run bench -- --large-throttle 4   the 1 000 / 5 000-service sets at 4x CPU too (much slower)
//   npm run bench -- --profile            then profile the seed load, the 5 000-service load and
//                                         the search (CPU, main-thread trace, retained heap; +1 min)
//
// Every measure is printed beside its "floor" (the same content as plain HTML, or the bare Lit
// runtime plus the data) and the ratio widget / floor. Nothing is asserted: numbers only.
// The table is printed and also written as Markdown to .bench/results.md.
//
// Needs `npm run build` first (it measures dist/gov-service-widgets.js as it is) and a system
// Chromium (scripts/find-browser.mjs); it never downloads a browser.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir, cpus, availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { findChromium, missingBrowserMessage } from './find-browser.mjs';
import { contentType, fileFor } from './static-files.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BUNDLE = join(ROOT, 'dist/gov-service-widgets.js');
const SEED = join(ROOT, 'data/osakarovka-education.json');
const SCHEMA = join(ROOT, 'data/provider.schema.json');
const OUT_DIR = join(ROOT, '.bench');

const CPU_THROTTLE = 4; // a cheap Android phone is roughly a desktop core slowed 4x
// The 1 000 / 5 000-service pages take 10–50 s per load at 4x on a 2-core machine, which does not
// fit a bench of ~3 minutes; they run unthrottled unless `--large-throttle 4` is given.
const DEFAULT_LARGE_THROTTLE = 1;
const VIEWPORT = { width: 1280, height: 900 };
const SEARCH_WORD = 'құжаттар'; // "documents": in the Kazakh name of about a third of the generated services
const DATASET_SIZES = [1000, 5000];
// Each generated set gets at most this much time: once a run ends past it, no further run starts
// (at least one always runs). Keeps the whole bench near 3 minutes on 2 cores; the output says
// how many runs each set got.
const SET_BUDGET_MS = 60_000;
const PAINT_TIMEOUT_MS = 60_000;

// ---------------------------------------------------------------------------------------------
// Options, statistics, formatting

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

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** Nearest-rank percentile: with 8 keystrokes, p95 is the slowest one. */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const sum = (values) => values.reduce((a, b) => a + b, 0);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value) => `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`;
const count = (value) => String(Math.round(value));
const ratio = (widget, floor) => (floor > 0 ? `${(widget / floor).toFixed(widget / floor >= 10 ? 0 : 1)}x` : 'n/a');
const log = (message) => process.stderr.write(`${message}\n`);

// ---------------------------------------------------------------------------------------------
// A tiny static server: the logic of scripts/serve.mjs, on a random free port, plus /__bench/
// for the generated pages and data. It sends Content-Length, as real web servers do, so the
// widget's 4 MB limit on data files applies as it would in production. The bundle is served from
// a copy taken when the bench starts, so a rebuild during the bench cannot mix two versions.

function startServer(benchDir) {
  const snapshot = { file: join(benchDir, 'gov-service-widgets.js') };
  const server = createServer(async (req, res) => {
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const [root, path] = urlPath.startsWith('/__bench/') ? [benchDir, urlPath.slice(8)] : [ROOT, urlPath];
    const found =
      urlPath === '/dist/gov-service-widgets.js'
        ? { ...snapshot, size: (await stat(snapshot.file)).size }
        : await fileFor(root, path);
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': contentType(found.file),
      'Content-Length': found.size,
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(found.file).on('error', () => res.destroy()).pipe(res);
  });
  return new Promise((done, fail) => {
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

// ---------------------------------------------------------------------------------------------
// Browser: one headless Chromium; every measurement gets a fresh browser context (cold cache,
// own renderer process), the 1280x900 viewport and CPU throttling (4x unless said otherwise).

async function launchBrowser() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(missingBrowserMessage);
    process.exit(1);
  }
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
}

/** What the page harness waits for: the widgets, with `rows` services in <service-registry>; or a static page. */
const widgetPageWith = (rows) => ({ kind: 'widgets', rows });
const STATIC_PAGE = { kind: 'static', rows: 0 };

/**
 * Runs `measure(page, cdp)` in a fresh context. The page harness (below) is installed before any
 * of the page's own scripts run.
 */
async function withFreshPage(browser, harness, measure, { throttle = CPU_THROTTLE } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.setCacheEnabled(false);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.evaluateOnNewDocument(pageHarness, harness);
    return await measure(page, cdp);
  } finally {
    await context.close();
  }
}

/**
 * Injected into every page before its own scripts (so the widget page and its static floor get
 * exactly the same instrumentation).
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
  const itemsIn = (node) => (node.nodeType === Node.ELEMENT_NODE ? [...(node.matches(ITEM) ? [node] : []), ...node.querySelectorAll(ITEM)] : []);
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
  bench.progress = () => widgets().map((el) => `<${el.localName}> ${items(el)} items`).join(', ') || 'no widget';
  bench.painted = new Promise((resolvePainted, rejectPainted) => {
    addEventListener('data-failed', (event) => rejectPainted(new Error(`data-failed: ${JSON.stringify(event.detail)}`)));
    const poll = () => {
      if (!complete()) return requestAnimationFrame(poll);
      stopCounting();
      afterThisFrame(resolvePainted);
    };
    requestAnimationFrame(poll);
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  window.__bench = bench;
}

/** Navigates and returns the ms from navigation start to the first frame painted with all content. */
async function loadAndWaitForPaint(page, url) {
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
async function heapAndNodes(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heap: get('JSHeapUsedSize'), nodes: get('Nodes') };
}

/**
 * Types `word` into the page's search field one character at a time and returns, for each
 * keystroke, the ms from setting the value and dispatching `input` to the end of the next painted
 * frame (Lit renders in a microtask, then style, layout and paint; timed as in pageHarness).
 * Each keystroke is dispatched at the start of an animation frame, so the time measured is the
 * work the keystroke causes, not the wait for the next vsync (up to 16.7 ms, pure noise);
 * 50 ms pass between keystrokes, like a fast typist. Work a page defers beyond that frame (a
 * debounce, an idle callback) would not be counted; neither page defers any today.
 */
async function typeWord(page, kind, word) {
  return page.evaluate(
    async (kind, word) => {
      const input =
        kind === 'static'
          ? document.getElementById('q')
          : document.querySelector('service-registry').shadowRoot.querySelector('input[type="search"]');
      const times = [];
      for (let i = 1; i <= word.length; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const time = await new Promise((resolve) =>
          requestAnimationFrame(() => {
            const start = performance.now();
            input.value = word.slice(0, i);
            input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: word[i - 1] }));
            window.__bench.afterThisFrame((end) => resolve(end - start));
          }),
        );
        times.push(time);
      }
      return times;
    },
    kind,
    word,
  );
}

/** How many rows the search left visible (forces a full layout, so never inside a timing or profile). */
async function countShown(page, kind) {
  return page.evaluate((kind) => {
    const rows =
      kind === 'static'
        ? document.querySelectorAll('tbody tr')
        : document.querySelector('service-registry').shadowRoot.querySelectorAll('[part~="item"]');
    return [...rows].filter((row) => row.checkVisibility()).length; // neither hidden nor display: none
  }, kind);
}

// ---------------------------------------------------------------------------------------------
// Data: the seed, and generated organisations of 1 000 and 5 000 services.

/** A small deterministic PRNG, so every run and every machine measures the same data. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const pickSome = (list, n) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  return { next, int, pick, pickSome };
}

// Kazakh and Russian fragments in the style of the Register of state services; same index, same meaning.
const ACTIONS = [
  ['құжаттар қабылдау және жолдама беру', 'прием документов и выдача направлений'],
  ['құжаттарды қабылдау және балаларды қабылдау', 'прием документов и зачисление детей'],
  ['тегін және жеңілдетілген тамақтандыруды ұсыну', 'предоставление бесплатного и льготного питания'],
  ['тегін тасымалдауды ұсыну', 'предоставление бесплатного подвоза'],
  ['анықтама беру', 'выдача справок'],
  ['кезекке қою', 'постановка на очередь'],
  ['үйде жеке тегін оқытуды ұйымдастыру үшін құжаттарды қабылдау', 'прием документов для организации индивидуального бесплатного обучения на дому'],
  ['біліктілік санаттарын беру үшін аттестаттаудан өткізу', 'проведение аттестации на присвоение квалификационных категорий'],
  ['қосымша білім беру бағдарламаларына оқуға қабылдау', 'прием на обучение по программам дополнительного образования'],
  ['білім туралы құжаттардың телнұсқаларын беру', 'выдача дубликатов документов об образовании'],
  ['ата-аналарына ақшалай қаражат төлеу', 'выплата денежных средств родителям'],
  ['психологиялық-медициналық-педагогикалық тексеру жүргізу', 'проведение психолого-медико-педагогического обследования'],
];
const MODIFIERS = [
  ['мемлекеттік білім беру мекемелеріндегі', 'в государственных учреждениях образования'],
  ['жалпы білім беретін мектептердегі', 'в общеобразовательных школах'],
  ['білім алушылар мен тәрбиеленушілердің', 'обучающихся и воспитанников'],
  ['жекелеген санаттарына', 'отдельным категориям'],
  ['шалғайдағы ауылдық елді мекендерде тұратын балаларға', 'детям, проживающим в отдаленных сельских пунктах'],
  ['мектепке дейінгі ұйымдарға', 'в дошкольные организации'],
  ['мүгедектігі бар балаларға', 'детям с инвалидностью'],
  ['ата-анасының қамқорлығынсыз қалған', 'оставшимся без попечения родителей'],
  ['аз қамтылған отбасылардың', 'из малообеспеченных семей'],
  ['қала сыртындағы және мектеп жанындағы лагерьлерде демалуы үшін', 'для отдыха в загородных и пришкольных лагерях'],
  ['техникалық және кәсіптік білім беру ұйымдарында', 'в организациях технического и профессионального образования'],
  ['педагогтерге', 'педагогам'],
  ['Қарағанды облысы бойынша', 'по Карагандинской области'],
  ['аудандық білім бөлімі арқылы', 'через районный отдел образования'],
];
const SURNAMES = [
  ['Абдуова', 'abduova'], ['Кузьмина', 'kuzmina'], ['Ахметова', 'akhmetova'], ['Серікбаева', 'serikbayeva'],
  ['Жұмабаева', 'zhumabayeva'], ['Омарова', 'omarova'], ['Қасымова', 'kassymova'], ['Иванова', 'ivanova'],
  ['Нұрланова', 'nurlanova'], ['Ким', 'kim'], ['Шевченко', 'shevchenko'], ['Тұрсынова', 'tursynova'],
  ['Бекова', 'bekova'], ['Сейтқалиева', 'seitkaliyeva'], ['Петренко', 'petrenko'], ['Мұқанова', 'mukanova'],
];
const FIRST_NAMES = ['Нургуль', 'Анна', 'Гүлнар', 'Айгерім', 'Елена', 'Сәуле', 'Динара', 'Ольга', 'Жанар', 'Мария', 'Ботагөз', 'Татьяна'];
const PATRONYMICS = ['Сембаевна', 'Сергеевна', 'Қайратқызы', 'Ерлановна', 'Викторовна', 'Бауыржанқызы', 'Николаевна', 'Маратовна'];
const POSITIONS = [
  ['Әдіскер', 'Методист'],
  ['Бас маман', 'Главный специалист'],
  ['Директордың орынбасары', 'Заместитель директора'],
  ['Хатшы', 'Секретарь'],
];
const FORMS = [['partly-automated', 'paper'], ['electronic'], ['paper'], ['electronic', 'paper']];

/** "8 (7212) 50-40-66", "8 (72149) 4-13-94" or "8 (778) 925-04-84", like real pages write them. */
function phone(rnd) {
  const area = rnd.pick(['7212', '7212', '72149', '72130', '778', '701', '747']);
  const digits = Array.from({ length: 10 - area.length }, (_, i) => (i === 0 ? rnd.int(2, 9) : rnd.int(0, 9))).join('');
  const head = digits.length - 4;
  return `8 (${area}) ${digits.slice(0, head)}-${digits.slice(head, head + 2)}-${digits.slice(head + 2)}`;
}

/** A service name of 80–200 characters in both languages, built from parallel fragments. */
function serviceName(rnd) {
  for (;;) {
    const action = rnd.pick(ACTIONS);
    const modifiers = rnd.pickSome(MODIFIERS, rnd.int(1, 4));
    const kk = [...modifiers.map((m) => m[0]), action[0]].join(' ');
    const ru = [action[1], ...modifiers.map((m) => m[1])].join(' ');
    const ok = (text) => text.length >= 80 && text.length <= 200;
    if (ok(kk) && ok(ru)) return { kk: kk[0].toUpperCase() + kk.slice(1), ru: ru[0].toUpperCase() + ru.slice(1) };
  }
}

function generateProvider(seed, size) {
  const rnd = prng(size);
  const officials = Array.from({ length: 50 }, (_, i) => {
    const [surname, latin] = SURNAMES[i % SURNAMES.length];
    const name = `${surname} ${rnd.pick(FIRST_NAMES)} ${rnd.pick(PATRONYMICS)}`;
    const official = { id: `${latin}-${i + 1}`, name: { kk: name, ru: name }, phones: Array.from({ length: rnd.int(1, 2) }, () => phone(rnd)) };
    if (rnd.next() < 0.6) {
      const [kk, ru] = rnd.pick(POSITIONS);
      official.position = { kk, ru };
    }
    return official;
  });
  const codes = new Set();
  while (codes.size < size) codes.add(String(rnd.int(100000, 999999)));
  const services = [...codes].map((code) => ({
    code,
    name: serviceName(rnd),
    channels: rnd.pickSome(seed.channels, rnd.int(2, 3)).map((channel) => channel.id),
    forms: rnd.pick(FORMS),
    responsible: rnd.pickSome(officials, rnd.int(1, 2)).map((official) => official.id),
  }));
  return {
    schemaVersion: 1,
    id: `generated-${size}`,
    updated: seed.updated,
    organizations: seed.organizations,
    channels: seed.channels,
    officials,
    services,
    appeal: seed.appeal,
  };
}

async function schemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(await readFile(SCHEMA, 'utf8')));
}

// ---------------------------------------------------------------------------------------------
// Pages: the widget page and its static-HTML floor, for the seed and for the generated sets.

const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const telHref = (written) => `tel:+7${written.replace(/\D/g, '').slice(1)}`;
const phoneLinks = (phones) => phones.map((p) => ` <a href="${telHref(p)}">${escapeHtml(p)}</a>`).join('');
const FORM_LABELS = { electronic: 'Электрондық', 'partly-automated': 'Электрондық (ішінара автоматтандырылған)', paper: 'Қағаз' };

function page(body) {
  return `<!doctype html>
<html lang="kk">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title></head>
<body>
${body}
</body>
</html>
`;
}

/** The pasted snippet of the README: one script tag, then the elements. */
function widgetPage(elements) {
  return page(`<script src="/dist/gov-service-widgets.js"></script>\n${elements}`);
}

function serviceRows(provider) {
  const channels = new Map(provider.channels.map((c) => [c.id, c]));
  const officials = new Map(provider.officials.map((o) => [o.id, o]));
  return provider.services
    .map((service) => {
      const where = service.channels
        .map((id) => channels.get(id))
        .map((c) => `<li>${c.url ? `<a href="${escapeHtml(c.url)}">${escapeHtml(c.name.kk)}</a>` : escapeHtml(c.name.kk)}</li>`)
        .join('');
      const forms = service.forms.map((f) => `<li>${FORM_LABELS[f]}</li>`).join('');
      const people = service.responsible
        .map((id) => officials.get(id))
        .map((o) => `<li>${escapeHtml(o.name.kk)}${phoneLinks(o.phones)}</li>`)
        .join('');
      return `<tr><td>${service.code}</td><th scope="row">${escapeHtml(service.name.kk)}</th><td><ul>${where}</ul></td><td><ul>${forms}</ul></td><td><ul>${people}</ul></td></tr>`;
    })
    .join('\n');
}

function servicesTable(provider) {
  return `<h2>Мемлекеттік көрсетілетін қызметтер</h2>
<table>
<thead><tr><th>Код</th><th>Мемлекеттік көрсетілетін қызмет</th><th>Қайда жүгінуге болады</th><th>Нысаны</th><th>Жауапты тұлғалар</th></tr></thead>
<tbody>
${serviceRows(provider)}
</tbody>
</table>`;
}

function appealSteps(appeal) {
  const t = (text) => escapeHtml(text.kk);
  const list = (items, render) => `<ul>${items.map((item) => `<li>${render(item)}</li>`).join('')}</ul>`;
  const contact = (c) => `${t(c.name)}${phoneLinks(c.phones)}`;
  return `<h2>Мемлекеттік көрсетілетін қызметке қалай шағымдануға болады</h2>
<ol>
<li><h3>Алдымен телефон арқылы сұраңыз</h3><p>${contact(appeal.callCentre)}</p></li>
<li><h3>Шағымды қайда жіберу керектігін таңдаңыз</h3><p>${t(appeal.grounds)}</p>${list(appeal.addressees, (a) => (a.url ? `<a href="${escapeHtml(a.url)}">${t(a.name)}</a>` : t(a.name)))}<p>${t(appeal.recipient)}</p></li>
<li><h3>Шағымда не болуы керек</h3>${list(appeal.contents, t)}</li>
<li><h3>Қабылданғанын растайтын құжатты сақтаңыз</h3><p>${t(appeal.receipt)}</p></li>
<li><h3>Шағымыңызды қадағалаңыз</h3>${appeal.tracking.map((p) => `<p>${t(p)}</p>`).join('')}</li>
<li><h3>Әлі де келіспесеңіз: сот</h3><p>${t(appeal.court)}</p></li>
</ol>
<h3>Құқықтық негіз</h3><p>${t(appeal.legalBasis)}</p>${list(appeal.laws, (law) => `${t(law.title)}, <time datetime="${law.date}">${law.date}</time>${law.article ? `, ${law.article}-бап` : ''}`)}
<h3>Шағымдар туралы қосымша ақпарат</h3>${list(appeal.contacts, contact)}`;
}

function officialsList(provider) {
  const items = provider.officials.map((o) => {
    const services = provider.services.filter((s) => s.responsible.includes(o.id));
    return `<li><h3>${escapeHtml(o.name.kk)}</h3><p>${phoneLinks(o.phones)}</p><p>Жауапты:</p><ul>${services.map((s) => `<li>${s.code} ${escapeHtml(s.name.kk)}</li>`).join('')}</ul></li>`;
  });
  return `<h2>Жауапты тұлғалар</h2>\n<ul>${items.join('\n')}</ul>`;
}

/** The seed pre-rendered as plain HTML: what the three elements show, with no script at all. */
function seedStaticPage(seed) {
  return page(`${servicesTable(seed)}\n${appealSteps(seed.appeal)}\n${officialsList(seed)}\n<p id="bench-end"></p>`);
}

/**
 * The rows of a generated set as a plain table, with the plainest search a site could write:
 * every keystroke hides the rows whose text does not contain the query.
 */
function datasetStaticPage(provider) {
  const search = `<script>
const input = document.getElementById('q');
const rows = [...document.querySelectorAll('tbody tr')];
const texts = rows.map((row) => row.textContent.toLowerCase());
input.addEventListener('input', () => {
  const query = input.value.trim().toLowerCase();
  rows.forEach((row, i) => { row.hidden = !texts[i].includes(query); });
});
</script>`;
  return page(`<label for="q">Іздеу</label> <input id="q" type="search">\n${servicesTable(provider)}\n<p id="bench-end"></p>\n${search}`);
}

// ---------------------------------------------------------------------------------------------
// Measure 1. Bundle size. What is measured: the bytes of dist/gov-service-widgets.js raw, with
// gzip -9 and with brotli q11 (what a reader downloads). The floor is what any Lit widget showing
// this data must ship: the Lit runtime (a bare LitElement bundled with the same rollup, node-resolve
// and terser settings as the real build) plus the seed data as minified JSON, each compressed alone.

const brotli = (buffer) => brotliCompressSync(buffer, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const sizes = (buffer) => ({ raw: buffer.length, gzip: gzip(buffer), brotli: brotli(buffer) });

async function bareLitBundle() {
  const entry = join(OUT_DIR, 'floor-entry.js'); // inside the repo, so `lit` resolves from node_modules
  await writeFile(
    entry,
    "import {LitElement, html} from 'lit';\ncustomElements.define('x-a', class extends LitElement { render() { return html`<p>x</p>`; } });\n",
  );
  const build = await rollup({ input: entry, plugins: [nodeResolve(), terser({ ecma: 2021, compress: { passes: 2 } })], onwarn() {} });
  const { output } = await build.generate({ format: 'iife' });
  await build.close();
  return Buffer.from(output[0].code);
}

async function measureBundle(seed, bundle) {
  const widget = sizes(bundle);
  const lit = sizes(await bareLitBundle());
  const data = sizes(Buffer.from(JSON.stringify(seed)));
  const floor = { raw: lit.raw + data.raw, gzip: lit.gzip + data.gzip, brotli: lit.brotli + data.brotli };
  return { widget, lit, data, floor };
}

// ---------------------------------------------------------------------------------------------
// Measure 2. Seed page load. What is timed: navigation start to the first frame painted with all
// three elements rendered (see pageHarness), at 4x CPU throttling, cold cache, versus the same
// content as static HTML timed the same way. Widget and static page alternate within each run.

async function measureSeedLoad(browser, origin, runs, seedRows) {
  const widget = [];
  const floor = [];
  for (let run = 0; run < runs; run++) {
    widget.push(await withFreshPage(browser, widgetPageWith(seedRows), (page) => loadAndWaitForPaint(page, `${origin}/__bench/seed-widgets.html`)));
    floor.push(await withFreshPage(browser, STATIC_PAGE, (page) => loadAndWaitForPaint(page, `${origin}/__bench/seed-static.html`)));
  }
  return { widget: median(widget), floor: median(floor), samples: { widget, floor } };
}

// ---------------------------------------------------------------------------------------------
// Measure 3. Large organisations (1 000 and 5 000 services). For each page, in one fresh context:
// (a) navigation start to the first frame painted with all rows (the widget fetches, validates
// and renders the `src` file; the floor's rows are in the HTML and are laid out as they are
// parsed); (b) JS heap (and DOM nodes) after a forced GC; (c) the search word typed one character
// at a time, each keystroke timed to its painted frame (see typeWord): median and p95 of the 8
// keystrokes per run. Unthrottled by default (see DEFAULT_LARGE_THROTTLE); medians over runs.

async function measureDatasetPage(browser, url, harness, throttle) {
  const measure = async (page, cdp) => {
    const paint = await loadAndWaitForPaint(page, url);
    const { heap, nodes } = await heapAndNodes(cdp);
    const times = await typeWord(page, harness.kind, SEARCH_WORD);
    const shown = await countShown(page, harness.kind);
    return { paint, heap, nodes, keyMedian: median(times), keyP95: percentile(times, 95), shown, times };
  };
  return withFreshPage(browser, harness, measure, { throttle });
}

async function measureDataset(browser, origin, size, maxRuns, throttle) {
  const widget = [];
  const floor = [];
  const started = Date.now();
  while (widget.length < maxRuns && (widget.length === 0 || Date.now() - started < SET_BUDGET_MS)) {
    widget.push(await measureDatasetPage(browser, `${origin}/__bench/services-${size}-widget.html`, widgetPageWith(size), throttle));
    floor.push(await measureDatasetPage(browser, `${origin}/__bench/services-${size}-static.html`, STATIC_PAGE, throttle));
  }
  const runs = widget.length;
  const summarise = (samples) => ({
    paint: median(samples.map((s) => s.paint)),
    keyMedian: median(samples.map((s) => s.keyMedian)),
    keyP95: median(samples.map((s) => s.keyP95)),
    heap: median(samples.map((s) => s.heap)),
    nodes: median(samples.map((s) => s.nodes)),
    shown: samples[0].shown,
  });
  return { size, runs, maxRuns, throttle, widget: summarise(widget), floor: summarise(floor), samples: { widget, floor } };
}

// ---------------------------------------------------------------------------------------------
// Measure 4. The demo page (demo/index.html, five elements) at 4x CPU throttling: main-thread
// long tasks (> 50 ms) from navigation until 1 s after everything is painted, their count and
// total duration, and the Cumulative Layout Shift (every layout-shift entry without recent input,
// summed). The floor is the static seed page of measure 2, observed the same way.

async function measureLongTasksAndShifts(browser, url, harness) {
  return withFreshPage(browser, harness, async (page) => {
    await loadAndWaitForPaint(page, url);
    await new Promise((done) => setTimeout(done, 1000));
    return page.evaluate(() => ({ longTasks: window.__bench.longTasks, layoutShift: window.__bench.layoutShift }));
  });
}

async function measureDemo(browser, origin, runs, seedRows) {
  const widget = [];
  const floor = [];
  for (let run = 0; run < runs; run++) {
    widget.push(await measureLongTasksAndShifts(browser, `${origin}/demo/`, widgetPageWith(seedRows)));
    floor.push(await measureLongTasksAndShifts(browser, `${origin}/__bench/seed-static.html`, STATIC_PAGE));
  }
  const summarise = (samples) => ({
    count: median(samples.map((s) => s.longTasks.length)),
    total: median(samples.map((s) => sum(s.longTasks))),
    longest: median(samples.map((s) => Math.max(0, ...s.longTasks))),
    cls: median(samples.map((s) => s.layoutShift)),
  });
  return { widget: summarise(widget), floor: summarise(floor), samples: { widget, floor } };
}

// ---------------------------------------------------------------------------------------------
// Optional (--profile): where the time goes when the seed page loads, when 5 000 services load and
// when the word is typed over them. The pages load an unminified build of dist/esm (the same code
// as the bundle, readable names), so absolute times differ a little from the table's.
// Two cheap views: a V8 CPU profile summarised by self time per JS function, and a trace of the
// renderer main thread summarised by self time per event (script vs style vs layout vs paint).

/**
 * The unminified bundle, and for any of its lines the module it came from (Lit ships minified,
 * so its functions are named `V` or `$`: the module name says where they are).
 */
async function unminifiedBundle() {
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
    ranges.push({ first, last: first + rendered.code.split('\n').length - 1, name: id.slice(ROOT.length + 1).replace(/^(node_modules|dist\/esm)\//, '') });
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
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, time]) => `    ${ms(time).padStart(9)}  ${((100 * time) / total).toFixed(0).padStart(3)}%  ${name}`);
}

function topSelfTimeTraceEvents(events, limit = 10) {
  // The page's main thread: of the renderer main threads in the trace, the busiest one.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (thread) => sum(events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X').map((e) => e.dur ?? 0));
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
  return [...self.entries()]
    .filter(([, time]) => time > 0.5)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, time]) => `    ${ms(time).padStart(9)}  ${name}`);
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
  return [...bytes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, size]) => `    ${mb(size).padStart(9)}  ${name}`);
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
async function profileWidgets(browser, origin, benchDir, { size, seedRows, unminified }) {
  const { code, moduleAt } = unminified;
  await writeFile(join(benchDir, 'unminified.js'), code);
  const script = '<script src="/__bench/unminified.js"></script>';
  await writeFile(join(benchDir, 'profile-seed.html'), page(`${script}\n<service-registry></service-registry>\n<appeal-procedure></appeal-procedure>\n<contact-card></contact-card>`));
  await writeFile(join(benchDir, `profile-${size}.html`), page(`${script}\n<service-registry src="/__bench/services-${size}.json"></service-registry>`));
  const lines = [
    'Unminified build of dist/esm, 1x CPU. "(program)" is native work (parsing, style, layout);',
    'in the typing trace, FireAnimationFrame is the keystroke\'s own JS (input handler + Lit update).',
  ];
  const unthrottled = { throttle: 1 };

  await withFreshPage(
    browser,
    widgetPageWith(seedRows),
    async (page, cdp) => {
      const load = await profiled(page, cdp, moduleAt, () => loadAndWaitForPaint(page, `${origin}/__bench/profile-seed.html`));
      lines.push(`Seed page load: painted at ${ms(load.result)}`, ...load.summary);
    },
    unthrottled,
  );

  await withFreshPage(
    browser,
    widgetPageWith(size),
    async (page, cdp) => {
      await cdp.send('HeapProfiler.startSampling', { samplingInterval: 16384 });
      const load = await profiled(page, cdp, moduleAt, () => loadAndWaitForPaint(page, `${origin}/__bench/profile-${size}.html`));
      await cdp.send('HeapProfiler.collectGarbage');
      const { profile: heap } = await cdp.send('HeapProfiler.stopSampling');
      const longTasks = await page.evaluate(() => window.__bench.longTasks);
      const tasks = longTasks.length ? `${longTasks.length}, total ${ms(sum(longTasks))}, longest ${ms(Math.max(...longTasks))}` : 'none';
      lines.push(`Load of ${size} services: painted at ${ms(load.result)}; long tasks: ${tasks}`, ...load.summary);
      lines.push('  JS heap still alive after load and GC, by allocating function (sampled):', ...topRetainedAllocations(heap, moduleAt));
      const typing = await profiled(page, cdp, moduleAt, () => typeWord(page, 'widgets', SEARCH_WORD));
      lines.push(`Typing "${SEARCH_WORD}" over ${size} services: keystrokes ${typing.result.map((t) => t.toFixed(0)).join(', ')} ms`, ...typing.summary);
    },
    unthrottled,
  );
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Report: one aligned plain-text table, the same as Markdown.

function buildRows({ bundle, seedLoad, datasets, demo }) {
  const rows = [
    ['1. Bundle, raw', kb(bundle.widget.raw), kb(bundle.floor.raw), ratio(bundle.widget.raw, bundle.floor.raw)],
    ['1. Bundle, gzip -9', kb(bundle.widget.gzip), kb(bundle.floor.gzip), ratio(bundle.widget.gzip, bundle.floor.gzip)],
    ['1. Bundle, brotli q11', kb(bundle.widget.brotli), kb(bundle.floor.brotli), ratio(bundle.widget.brotli, bundle.floor.brotli)],
    [`2. Seed: 3 elements painted (${CPU_THROTTLE}x CPU)`, ms(seedLoad.widget), ms(seedLoad.floor), ratio(seedLoad.widget, seedLoad.floor)],
  ];
  for (const d of datasets) {
    const n = d.size.toLocaleString('en').replace(',', ' ');
    const { widget: w, floor: f } = d;
    rows.push(
      [`3. ${n}: rows painted (${d.throttle}x CPU)`, ms(w.paint), ms(f.paint), ratio(w.paint, f.paint)],
      [`3. ${n}: keystroke, median`, ms(w.keyMedian), ms(f.keyMedian), ratio(w.keyMedian, f.keyMedian)],
      [`3. ${n}: keystroke, p95`, ms(w.keyP95), ms(f.keyP95), ratio(w.keyP95, f.keyP95)],
      [`3. ${n}: JS heap after load`, mb(w.heap), mb(f.heap), ratio(w.heap, f.heap)],
      [`3. ${n}: DOM nodes`, count(w.nodes), count(f.nodes), ratio(w.nodes, f.nodes)],
    );
  }
  rows.push(
    [`4. Demo: long tasks, count (${CPU_THROTTLE}x CPU)`, count(demo.widget.count), count(demo.floor.count), ratio(demo.widget.count, demo.floor.count)],
    ['4. Demo: long tasks, total', ms(demo.widget.total), ms(demo.floor.total), ratio(demo.widget.total, demo.floor.total)],
    ['4. Demo: longest task', ms(demo.widget.longest), ms(demo.floor.longest), ratio(demo.widget.longest, demo.floor.longest)],
    ['4. Demo: CLS', demo.widget.cls.toFixed(3), demo.floor.cls.toFixed(3), ratio(demo.widget.cls, demo.floor.cls)],
  );
  return rows;
}

const HEAD = ['Measure', 'Widget', 'Floor', 'Ratio'];

function plainTable(rows) {
  const widths = HEAD.map((_, col) => Math.max(...[HEAD, ...rows].map((row) => row[col].length)));
  const line = (row) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ');
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable(rows) {
  return [`| ${HEAD.join(' | ')} |`, '|---|--:|--:|--:|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function notes({ bundle, datasets, seedLoad, options }) {
  const lines = [
    `Floor of 1: Lit runtime ${kb(bundle.lit.brotli)} brotli (${kb(bundle.lit.raw)} raw, ${kb(bundle.lit.gzip)} gzip) + seed JSON minified ${kb(bundle.data.brotli)} brotli (${kb(bundle.data.raw)} raw, ${kb(bundle.data.gzip)} gzip), compressed separately.`,
    `Floor of 2: the seed as plain HTML (services table, appeal steps, officials), no script, no CSS. Samples (ms): widget ${seedLoad.samples.widget.map((t) => t.toFixed(0)).join(' ')}; static ${seedLoad.samples.floor.map((t) => t.toFixed(0)).join(' ')}.`,
  ];
  for (const d of datasets) {
    lines.push(
      `Set of ${d.size}: ${d.runs} run${d.runs === 1 ? '' : 's'}${d.runs < d.maxRuns ? ` of ${d.maxRuns} (the set's ${SET_BUDGET_MS / 1000} s budget ran out)` : ''}; file ${mb(d.fileBytes)}; "${SEARCH_WORD}" leaves ${d.widget.shown} rows in the widget (folded, kk+ru), ${d.floor.shown} in the floor (plain substring). Paint samples (ms): widget ${d.samples.widget.map((s) => s.paint.toFixed(0)).join(' ')}; static ${d.samples.floor.map((s) => s.paint.toFixed(0)).join(' ')}.`,
    );
  }
  lines.push(
    `Floor of 3: the same rows as a plain table, no CSS; search hides non-matching rows by substring (a 10-line script). Sets of 3 run at ${options.largeThrottle}x CPU${options.largeThrottle === CPU_THROTTLE ? '' : ` (not ${CPU_THROTTLE}x: too slow for a ~3 min bench; \`--large-throttle ${CPU_THROTTLE}\` to change)`}. Keystroke p95 is nearest-rank over the 8 keystrokes, i.e. the slowest one.`,
    'Floor of 4: the static seed page of 2. Long tasks and CLS: navigation until 1 s after all is painted.',
    `All timings: fresh browser context per page load, cache disabled, ${VIEWPORT.width}x${VIEWPORT.height}, no network throttling (127.0.0.1); "painted" = end of the first frame showing all content (rAF + MessageChannel). Keystrokes: from the input event to the end of its frame, dispatched at frame start.`,
  );
  return lines;
}

// ---------------------------------------------------------------------------------------------

async function prepareFiles(benchDir, seed, bundle) {
  const validate = await schemaValidator();
  await writeFile(join(benchDir, 'gov-service-widgets.js'), bundle);
  await writeFile(join(benchDir, 'seed-widgets.html'), widgetPage('<service-registry></service-registry>\n<appeal-procedure></appeal-procedure>\n<contact-card></contact-card>'));
  await writeFile(join(benchDir, 'seed-static.html'), seedStaticPage(seed));
  const fileBytes = {};
  for (const size of DATASET_SIZES) {
    const provider = generateProvider(seed, size);
    if (!validate(provider)) throw new Error(`generated set of ${size} is invalid: ${JSON.stringify(validate.errors.slice(0, 3))}`);
    const json = JSON.stringify(provider);
    fileBytes[size] = Buffer.byteLength(json);
    await writeFile(join(benchDir, `services-${size}.json`), json);
    await writeFile(join(benchDir, `services-${size}-widget.html`), widgetPage(`<service-registry src="/__bench/services-${size}.json"></service-registry>`));
    await writeFile(join(benchDir, `services-${size}-static.html`), datasetStaticPage(provider));
  }
  return fileBytes;
}

/** The newest modification time of the files under `dir`. */
async function newestIn(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  const times = await Promise.all(entries.filter((e) => e.isFile()).map((e) => stat(join(e.parentPath ?? e.path, e.name)).then((i) => i.mtimeMs)));
  return Math.max(0, ...times);
}

const loadAverage = () => loadavg()[0].toFixed(1);

async function header({ browser, runs, bundle, bundleInfo, stale, startedAt, loadAtStart }) {
  const digest = createHash('sha256').update(bundle).digest('hex').slice(0, 12);
  return [
    `gov-service-widgets bench, ${startedAt.toISOString()}`,
    `Browser: ${await browser.version()} (headless, ${findChromium()}); Node ${process.version}`,
    `CPU: ${cpus()[0]?.model ?? 'unknown'}, nproc ${availableParallelism()}; load average (1 min) ${loadAtStart} at start, ${loadAverage()} at end`,
    `Bundle: dist/gov-service-widgets.js, ${bundle.length} bytes, sha256 ${digest}…, built ${bundleInfo.mtime.toISOString()}${stale ? ' (src/ has newer files: not rebuilt)' : ''}; runs per measure: ${runs} (medians)`,
  ];
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (!(await stat(BUNDLE).catch(() => null))) {
    console.error('dist/gov-service-widgets.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  const started = Date.now();
  const loadAtStart = loadAverage();
  await mkdir(OUT_DIR, { recursive: true });
  const benchDir = await mkdtemp(join(tmpdir(), 'gsw-bench-'));
  const seed = JSON.parse(await readFile(SEED, 'utf8'));
  const seedRows = seed.services.length;
  // Measured as they are now, whatever happens to dist/ meanwhile.
  const bundleInfo = await stat(BUNDLE);
  const bundle = await readFile(BUNDLE);
  const unminified = options.profile ? await unminifiedBundle() : undefined;
  const stale = (await newestIn(join(ROOT, 'src'))) > bundleInfo.mtimeMs;
  const { server, origin } = await startServer(benchDir);
  const browser = await launchBrowser();
  try {
    log('Generating data and pages…');
    const fileBytes = await prepareFiles(benchDir, seed, bundle);
    log('1. Bundle sizes…');
    const bundleSizes = await measureBundle(seed, bundle);
    log('Warming up the browser…');
    await withFreshPage(browser, widgetPageWith(seedRows), (page) => loadAndWaitForPaint(page, `${origin}/__bench/seed-widgets.html`));
    log(`2. Seed load, ${options.runs} runs…`);
    const seedLoad = await measureSeedLoad(browser, origin, options.runs, seedRows);
    const datasets = [];
    for (const size of DATASET_SIZES) {
      log(`3. ${size} services, up to ${options.runs} runs in ${SET_BUDGET_MS / 1000} s, at ${options.largeThrottle}x CPU…`);
      datasets.push({ ...(await measureDataset(browser, origin, size, options.runs, options.largeThrottle)), fileBytes: fileBytes[size] });
    }
    log(`4. Demo page, ${options.runs} runs…`);
    const demo = await measureDemo(browser, origin, options.runs, seedRows);

    const rows = buildRows({ bundle: bundleSizes, seedLoad, datasets, demo });
    const head = await header({ browser, runs: options.runs, bundle, bundleInfo, stale, startedAt: new Date(started), loadAtStart });
    const foot = notes({ bundle: bundleSizes, datasets, seedLoad, options });
    const took = `Bench took ${((Date.now() - started) / 1000).toFixed(0)} s.`;
    console.log([...head, '', plainTable(rows), '', ...foot, took].join('\n'));
    const markdown = [`# Bench results`, '', ...head.map((line) => `${line}  `), '', markdownTable(rows), '', ...foot.map((line) => `- ${line}`), '', took, ''].join('\n');
    await writeFile(join(OUT_DIR, 'results.md'), markdown);
    log(`Written to ${join('.bench', 'results.md')}`);

    if (options.profile) {
      log('Profiling the seed page and the 5 000-service set…');
      const lines = await profileWidgets(browser, origin, benchDir, { size: 5000, seedRows, unminified });
      console.log(['', 'Profile (--profile)', ...lines].join('\n'));
      await writeFile(join(OUT_DIR, 'profile.txt'), `${lines.join('\n')}\n`);
    }
  } finally {
    await browser.close();
    server.close();
    await rm(benchDir, { recursive: true, force: true });
  }
}

export { startServer, launchBrowser, withFreshPage, loadAndWaitForPaint, typeWord, heapAndNodes, prepareFiles, profileWidgets, unminifiedBundle };

// Run only when started as a script (importing the helpers for an experiment runs nothing).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
