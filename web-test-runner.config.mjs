// Browser tests: `npm test` (scripts/test.mjs) or `npx wtr --config web-test-runner.config.mjs [files]`.
// Engines: Chromium, Firefox ESR and WebKitGTK, each when found (scripts/find-browser.mjs); ENGINES=chromium,firefox
// restricts the set. WebKit needs a running WebKitWebDriver under an X display: scripts/test.mjs starts one under
// xvfb-run and passes its port in WEBKIT_DRIVER_PORT.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS, describeEngines, selectEngines } from './scripts/find-browser.mjs';

// Native coverage (--coverage) is V8's: Firefox and WebKit would only add empty reports.
const engines = selectEngines({ coverage: process.argv.includes('--coverage') });
const webkit = engines.run.find((e) => e.name === 'webkit');
const driverPort = Number(process.env.WEBKIT_DRIVER_PORT);
if (webkit && !driverPort) {
  engines.run = engines.run.filter((e) => e !== webkit);
  const reason = 'WebKitWebDriver is not running: use npm test, or start it and set WEBKIT_DRIVER_PORT';
  engines.skipped.push({ name: 'webkit', reason });
  if (process.env.ENGINES) engines.error = `ENGINES asks for webkit, but ${reason}`;
}
if (engines.error) {
  console.error(engines.error);
  process.exit(1);
}
// scripts/test.mjs has already said it.
if (!process.env.ENGINES_ANNOUNCED) console.log(describeEngines(engines));

const launchers = {
  chromium: ({ executablePath }) =>
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [...CHROMIUM_ARGS, '--disable-quic'],
      },
    }),
  // puppeteer-core drives Firefox over WebDriver BiDi; passing it makes the launcher call itself "Firefox".
  firefox: ({ executablePath }) =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath, headless: true },
    }),
  webkit: ({ miniBrowser }) =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: driverPort,
      path: '/',
      logLevel: 'warn',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver rejects the `webSocketUrl` (BiDi) capability that webdriverio adds otherwise.
        'wdio:enforceWebDriverClassic': true,
        // MiniBrowser has no --headless: it draws on the Xvfb display that xvfb-run gave the driver.
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    }),
};

/**
 * `import seed from '../data/x.json'` in a test becomes an ES module (export default ...),
 * while `fetch('/data/x.json')` keeps getting the real JSON file.
 * (esbuildPlugin's `json: true` would serve EVERY .json URL as JavaScript, breaking fetch().)
 */
function jsonModules() {
  const isJsonModule = (ctx) => ctx.path.endsWith('.json') && 'module' in ctx.query;
  return {
    name: 'json-modules',
    transformImport: ({ source }) => (/\.json$/.test(source) ? `${source}?module` : undefined),
    resolveMimeType: (ctx) => (isJsonModule(ctx) ? 'js' : undefined),
    transform: (ctx) => (isJsonModule(ctx) ? { body: `export default ${ctx.body};` } : undefined),
  };
}

/**
 * Commands a test may run on the Node side (`executeServerCommand`): the data checker as a webmaster
 * runs it (`dist/cli.mjs`, built by `npm test`), and the JSON Schema under Ajv as an editor reads it,
 * so that tests compare them with the widget in the browser.
 */
function dataCheckCommands() {
  let schemaValidate;
  return {
    name: 'data-check-commands',
    async executeCommand({ command, payload }) {
      if (command === 'check-data-cli') {
        const args = ['dist/cli.mjs', 'check', '--lang', payload.lang, ...payload.files];
        const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
        return { status: result.status, stdout: result.stdout, stderr: result.stderr };
      }
      if (command === 'schema-validate') {
        schemaValidate ??= await compileSchema();
        const valid = schemaValidate(payload.data);
        return { valid, errors: valid ? [] : schemaValidate.errors.map((e) => `${e.instancePath} ${e.message}`) };
      }
      return undefined;
    },
  };
}

async function compileSchema() {
  const { default: Ajv2020 } = await import('ajv/dist/2020.js');
  const { default: addFormats } = await import('ajv-formats');
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync('data/provider.schema.json', 'utf8')));
}

/**
 * One plain closing line, `Tests: N passed, N failed`, that CI and people read at a glance (all engines
 * together), after one line per engine when there are several.
 */
function summaryReporter() {
  return {
    stop({ sessions }) {
      const zero = () => ({ passed: 0, failed: 0, skipped: 0 });
      const count = zero();
      const perBrowser = new Map();
      const format = (c) => `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
      for (const session of sessions) {
        const name = session.browser.name;
        if (!perBrowser.has(name)) perBrowser.set(name, zero());
        const add = (kind) => {
          count[kind]++;
          perBrowser.get(name)[kind]++;
        };
        const walk = (suite) => {
          for (const test of suite.tests) add(test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed');
          suite.suites.forEach(walk);
        };
        if (session.testResults) walk(session.testResults);
        // A file that failed to load, or threw outside a test, counts as a failure too.
        if (!session.passed && session.errors?.length) add('failed');
      }
      console.log('');
      if (perBrowser.size > 1) for (const [name, c] of perBrowser) console.log(`  ${name}: ${format(c)}`);
      console.log(`Tests: ${format(count)}`);
    },
  };
}

/**
 * Data fixtures are served as the bytes on disk, as a plain web server would: the dev server reads
 * files as UTF-8 text, which would turn a Windows-1251 file into «�» and drop a byte-order mark.
 */
function rawDataFixtures(ctx, next) {
  if (!ctx.path.startsWith('/test/fixtures/') || !ctx.path.endsWith('.json') || 'module' in ctx.query) return next();
  try {
    ctx.body = readFileSync(`.${decodeURIComponent(ctx.path)}`);
    ctx.type = 'application/json';
  } catch {
    return next();
  }
}

/**
 * WordPress's own admin styles and scripts, from Debian's `wordpress` package (or WORDPRESS_DIR),
 * at /__wordpress/…: the embedded data builder is tested under the real ones, not an imitation.
 */
const WORDPRESS_DIR = process.env.WORDPRESS_DIR ?? '/usr/share/wordpress';
function wordpressAssets(ctx, next) {
  const path = decodeURIComponent(ctx.path);
  if (!path.startsWith('/__wordpress/') || path.includes('..') || !/\.(css|js)$/.test(path)) return next();
  try {
    ctx.body = readFileSync(`${WORDPRESS_DIR}/${path.slice('/__wordpress/'.length)}`, 'utf8');
    ctx.type = path.endsWith('.css') ? 'text/css' : 'application/javascript';
  } catch {
    ctx.status = 404;
  }
}

/** `import script from 'virtual:readers-script'` (the data builder): the built readers' script, as text. */
function readersScript() {
  return {
    name: 'readers-script',
    resolveImport: ({ source }) => (source === 'virtual:readers-script' ? '/__readers-script.js' : undefined),
    serve: (ctx) =>
      ctx.path === '/__readers-script.js'
        ? { body: `export default ${JSON.stringify(readFileSync('dist/gov-service-widgets.js', 'utf8'))};`, type: 'js' }
        : undefined,
  };
}

export default {
  middleware: [rawDataFixtures, wordpressAssets],
  rootDir: '.', // serve the repo root, so tests can fetch /data/... and /dist/...
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1, // one test file at a time in each engine: slower but deterministic
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }),
    jsonModules(),
    dataCheckCommands(),
    readersScript(),
  ],
  // One engine at a time too: on 2 cores, engines side by side were hardly faster and made timing-sensitive tests flaky.
  concurrentBrowsers: 1,
  browsers: engines.run.map((engine) => launchers[engine.name](engine)),
  // Lit's one-line dev-mode notice is noise in every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="kk"><head><meta charset="utf-8"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
