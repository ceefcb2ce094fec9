// Locates a Chrome/Chromium executable for the browser tests.
// Never downloads a browser: it only looks at CHROME_PATH and the usual system paths.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

/** @returns {string | null} path of a Chrome/Chromium executable, or null if none is found */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const missingBrowserMessage = [
  'No Chrome/Chromium found, so the browser tests cannot run.',
  '  On Debian/Ubuntu:  sudo apt-get install chromium',
  '  Or point to one:   CHROME_PATH=/path/to/chrome npm test',
].join('\n');
