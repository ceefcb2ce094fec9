// The one place that knows where the browser engines are: Chromium, Firefox ESR and WebKitGTK, all from
// Debian packages. Used by npm test, the bench and .ci/run; it never downloads a browser. Overrides:
//   CHROME_PATH        a Chrome/Chromium executable
//   FIREFOX_PATH       a Firefox executable
//   WEBKIT_WEBDRIVER   the WebKitWebDriver executable
//   WEBKIT_MINIBROWSER the WebKitGTK MiniBrowser executable
//   ENGINES            engines to run, comma-separated: chromium,firefox,webkit (default: every one found)
//
//   node scripts/find-browser.mjs                      each engine found, with its version (exit 1 without Chromium)
//   node scripts/find-browser.mjs --missing-packages   the Debian packages of the engines not found
// Plain Node only: .ci/run runs it before `npm ci`.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'];

const PACKAGES = {
  chromium: 'chromium fonts-dejavu-core',
  firefox: 'firefox-esr',
  webkit: 'webkit2gtk-driver xvfb xauth',
};

const MINIBROWSERS = [
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

/** The override if it is executable, else `command -v names...`: the first name on PATH (or in /usr/bin). */
function find(override, names) {
  if (override && isExecutable(override)) return override;
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin'];
  for (const name of names) {
    const dir = dirs.find((d) => isExecutable(join(d, name)));
    if (dir) return join(dir, name);
  }
  return null;
}

/**
 * How every headless Chromium of ours starts (tests, bench, WordPress and package checks): as root
 * it needs --no-sandbox; the rest keeps it from talking to Google or updating itself mid-run.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @returns {string | null} path of a Chrome/Chromium executable, or null if none is found */
export const findChromium = () =>
  find(process.env.CHROME_PATH, ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']);

/** @returns {string | null} path of a Firefox (ESR) executable, or null if none is found */
export const findFirefox = () => find(process.env.FIREFOX_PATH, ['firefox-esr', 'firefox']);

/**
 * WebKitGTK runs as MiniBrowser driven by WebKitWebDriver; MiniBrowser has no headless mode, so it
 * needs an X display, which xvfb-run provides (and xvfb-run needs xauth).
 * @returns {{driver: string, miniBrowser: string, xvfbRun: string} | {missing: string}}
 */
export function findWebKit() {
  const driver = find(process.env.WEBKIT_WEBDRIVER, ['WebKitWebDriver']);
  const miniBrowser = [process.env.WEBKIT_MINIBROWSER, ...MINIBROWSERS].find((path) => path && isExecutable(path));
  const xvfbRun = find(null, ['xvfb-run']);
  const parts = {
    WebKitWebDriver: driver,
    MiniBrowser: miniBrowser,
    'xvfb-run': xvfbRun,
    xauth: find(null, ['xauth']),
  };
  const missing = Object.keys(parts).filter((name) => !parts[name]);
  if (missing.length) return { missing: `no ${missing.join(', ')}: apt-get install ${PACKAGES.webkit}` };
  return { driver, miniBrowser, xvfbRun };
}

export const missingBrowserMessage = [
  'No Chrome/Chromium found, so the browser tests cannot run.',
  '  On Debian/Ubuntu:  sudo apt-get install chromium',
  '  Or point to one:   CHROME_PATH=/path/to/chrome npm test',
].join('\n');

/** Each engine: what runs it, or why it cannot run. */
function findAll() {
  const executable = (executablePath, missing) => (executablePath ? { executablePath } : { missing });
  return {
    chromium: executable(findChromium(), 'no Chrome/Chromium: apt-get install chromium'),
    firefox: executable(findFirefox(), 'no Firefox: apt-get install firefox-esr'),
    webkit: findWebKit(),
  };
}

/**
 * Decides which engines to run.
 * @param {{coverage?: boolean}} [options] coverage: only Chromium can collect it
 * @returns {{run: {name: string, [k: string]: string}[], skipped: {name: string, reason: string}[], error?: string}}
 *   `error` is set when Chromium (by default) or an engine named in ENGINES cannot run.
 */
export function selectEngines({ coverage = false } = {}) {
  const requested = (process.env.ENGINES?.toLowerCase() ?? '').split(/[\s,]+/).filter(Boolean);
  const unknown = requested.filter((n) => !ENGINE_NAMES.includes(n));
  if (unknown.length) {
    return {
      run: [],
      skipped: [],
      error: `ENGINES: unknown engine ${unknown.join(', ')} (known: ${ENGINE_NAMES.join(', ')})`,
    };
  }
  const explicit = requested.length > 0;
  const found = findAll();
  const run = [];
  const skipped = [];
  const errors = [];
  for (const name of ENGINE_NAMES) {
    if (explicit && !requested.includes(name)) {
      skipped.push({ name, reason: 'not in ENGINES' });
    } else if (coverage && name !== 'chromium') {
      skipped.push({ name, reason: 'coverage is Chromium-only' });
    } else if (found[name].missing) {
      skipped.push({ name, reason: found[name].missing });
      if (explicit) errors.push(`ENGINES asks for ${name}, but there is ${found[name].missing}`);
      else if (name === 'chromium') errors.push(missingBrowserMessage);
    } else {
      run.push({ name, ...found[name] });
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

// WebKitWebDriver has no --version: the library's package says which WebKit it is.
const WEBKIT_VERSION = ['dpkg-query', '-W', '-f=libwebkit2gtk-4.1-0 ${Version}', 'libwebkit2gtk-4.1-0'];
const version = ([command, ...args]) =>
  spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).stdout?.trim() ||
  'version unknown';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = findAll();
  if (process.argv[2] === '--missing-packages') {
    const missing = ENGINE_NAMES.filter((name) => found[name].missing);
    console.log(missing.map((name) => PACKAGES[name]).join(' '));
  } else {
    for (const name of ENGINE_NAMES) {
      const { missing, executablePath, driver } = found[name];
      const about = () => version(driver ? WEBKIT_VERSION : [executablePath, '--version']);
      console.log(`${name.padEnd(9)}${missing ?? `${executablePath ?? driver} (${about()})`}`);
    }
    if (found.chromium.missing) {
      console.error(missingBrowserMessage);
      process.exitCode = 1;
    }
  }
}
