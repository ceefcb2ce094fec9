// Locates the browser engines for the tests: Chromium, Firefox ESR and WebKitGTK.
// Never downloads a browser: it only looks at the environment variables below and the usual system paths.
//   CHROME_PATH        a Chrome/Chromium executable
//   FIREFOX_PATH       a Firefox executable
//   WEBKIT_WEBDRIVER   the WebKitWebDriver executable (default: on PATH, or /usr/bin/WebKitWebDriver)
//   WEBKIT_MINIBROWSER the WebKitGTK MiniBrowser executable
//   ENGINES            engines to run, comma-separated: chromium,firefox,webkit (default: every one found)
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `command -v name`: the first executable `name` on PATH, else the first existing fallback. */
function onPath(name, fallbacks = []) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return fallbacks.find(isExecutable) ?? null;
}

/** @returns {string | null} path of a Chrome/Chromium executable, or null if none is found */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  return CANDIDATES.find(isExecutable) ?? null;
}

/** @returns {string | null} path of a Firefox (ESR) executable, or null if none is found */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  return FIREFOX_CANDIDATES.find(isExecutable) ?? null;
}

/**
 * WebKitGTK runs as MiniBrowser driven by WebKitWebDriver; MiniBrowser has no headless mode, so it
 * needs an X display, which xvfb-run provides.
 * @returns {{driver: string, miniBrowser: string, xvfbRun: string} | {missing: string}}
 */
export function findWebKit() {
  const envDriver = process.env.WEBKIT_WEBDRIVER;
  const driver = envDriver && isExecutable(envDriver) ? envDriver : onPath('WebKitWebDriver', ['/usr/bin/WebKitWebDriver']);
  const envBrowser = process.env.WEBKIT_MINIBROWSER;
  const miniBrowser = envBrowser && isExecutable(envBrowser) ? envBrowser : MINIBROWSER_CANDIDATES.find(isExecutable);
  const xvfbRun = onPath('xvfb-run', ['/usr/bin/xvfb-run']);
  const missing = [!driver && 'WebKitWebDriver', !miniBrowser && 'MiniBrowser', !xvfbRun && 'xvfb-run'].filter(Boolean);
  if (missing.length) return { missing: `no ${missing.join(', ')}: apt-get install webkit2gtk-driver xvfb xauth` };
  return { driver, miniBrowser, xvfbRun };
}

export const missingBrowserMessage = [
  'No Chrome/Chromium found, so the browser tests cannot run.',
  '  On Debian/Ubuntu:  sudo apt-get install chromium',
  '  Or point to one:   CHROME_PATH=/path/to/chrome npm test',
].join('\n');

/**
 * Decides which engines to run.
 * @param {{coverage?: boolean}} [options] coverage: only Chromium can collect it
 * @returns {{run: {name: string, [k: string]: string}[], skipped: {name: string, reason: string}[], error?: string}}
 *   `error` is set when Chromium (by default) or an engine named in ENGINES cannot run.
 */
export function selectEngines({ coverage = false } = {}) {
  const requested = (process.env.ENGINES ?? '').split(/[\s,]+/).filter(Boolean).map((n) => n.toLowerCase());
  const unknown = requested.filter((n) => !ENGINE_NAMES.includes(n));
  if (unknown.length) {
    return { run: [], skipped: [], error: `ENGINES: unknown engine ${unknown.join(', ')} (known: ${ENGINE_NAMES.join(', ')})` };
  }
  const explicit = requested.length > 0;
  const wanted = explicit ? ENGINE_NAMES.filter((n) => requested.includes(n)) : ENGINE_NAMES;

  const found = {
    chromium: () => {
      const executablePath = findChromium();
      return executablePath ? { executablePath } : { missing: 'no Chrome/Chromium: apt-get install chromium' };
    },
    firefox: () => {
      const executablePath = findFirefox();
      return executablePath ? { executablePath } : { missing: 'no Firefox: apt-get install firefox-esr' };
    },
    webkit: findWebKit,
  };

  const run = [];
  const skipped = [];
  const errors = [];
  for (const name of ENGINE_NAMES) {
    if (!wanted.includes(name)) {
      skipped.push({ name, reason: 'not in ENGINES' });
      continue;
    }
    if (coverage && name !== 'chromium') {
      skipped.push({ name, reason: 'coverage is Chromium-only' });
      continue;
    }
    const result = found[name]();
    if (result.missing) {
      skipped.push({ name, reason: result.missing });
      if (explicit) errors.push(`ENGINES asks for ${name}, but there is ${result.missing}`);
      else if (name === 'chromium') errors.push(missingBrowserMessage);
    } else {
      run.push({ name, ...result });
    }
  }
  if (!errors.length && !run.length) errors.push('No engine to run (check ENGINES).');
  return { run, skipped, error: errors.length ? errors.join('\n') : undefined };
}

/** One line, e.g. `Engines: chromium, firefox; skipped webkit (no WebKitWebDriver: apt-get install ...)` */
export function describeEngines({ run, skipped }) {
  const line = `Engines: ${run.map((e) => e.name).join(', ') || 'none'}`;
  if (!skipped.length) return line;
  return `${line}; skipped ${skipped.map((e) => `${e.name} (${e.reason})`).join(', ')}`;
}
