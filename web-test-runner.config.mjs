// Browser tests: `npm test` (scripts/test.mjs) or `npx wtr --config web-test-runner.config.mjs [files]`.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, missingBrowserMessage } from './scripts/find-browser.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(missingBrowserMessage);
  process.exit(1);
}

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

/** One plain closing line, `Tests: N passed, N failed`, that CI and people read at a glance. */
function summaryReporter() {
  return {
    stop({ sessions }) {
      const count = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite.tests) count[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load, or threw outside a test, counts as a failure too.
        if (!session.passed && session.errors?.length) count.failed++;
      }
      console.log(`\nTests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
    },
  };
}

export default {
  rootDir: '.', // serve the repo root, so tests can fetch /data/... and /dist/...
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1, // one test file at a time: slower but deterministic
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }),
    jsonModules(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  // Lit's one-line dev-mode notice is noise in every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="kk"><head><meta charset="utf-8"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
