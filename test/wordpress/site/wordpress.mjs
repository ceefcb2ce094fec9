// What the WordPress site tests (test/wordpress/site/*.test.mjs) share: the site scripts/wordpress/boot.sh
// started (its site.json), one headless Chromium, and what an admin and a reader do there.
/* global document, window, customElements -- in the page */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, missingBrowserMessage } from '../../../scripts/find-browser.mjs';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const runDir = process.env.GSW_WP_RUN_DIR ?? join(tmpdir(), 'gov-service-widgets-wordpress');
/** {url, admin: {user, password}, multisite, subSitePath, contentDir, debugLog, serverLog} */
export const site = JSON.parse(readFileSync(join(runDir, 'site.json'), 'utf8'));
// GSW_WP_PLUGIN_ZIP: another build of the plugin to test, e.g. a released one.
export const pluginZip = process.env.GSW_WP_PLUGIN_ZIP ?? join(root, 'dist/gov-service-widgets-wordpress.zip');
export const pluginFolder = 'gov-service-widgets';
export const settingsPath = '/wp-admin/options-general.php?page=gov-service-widgets';
export const TAGS = ['service-registry', 'appeal-procedure', 'contact-card'];

export const fixturePath = (name) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
export const readFixture = (name) => readFileSync(fixturePath(name), 'utf8');

/**
 * What the bundled seed organisation (data/osakarovka-education.json, inside the script) would show:
 * none of it may appear on a site that has its own data, or none.
 */
export const SEED_MARKS = ['Осакаров', 'Абдуова', 'Кузьмина', 'tel:+77214941394', 'tel:+77789250484'];

export async function launchBrowser() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingBrowserMessage);
  // Wide enough for wp-admin's full menu (narrower, it folds into icons with fly-out submenus).
  const defaultViewport = { width: 1280, height: 900 };
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, defaultViewport });
  // A missing element fails its test in 20 s, not in puppeteer's 30 (wp-admin pages take 1-2 s here).
  browser.on('targetcreated', async (target) => (await target.page())?.setDefaultTimeout(20_000));
  return browser;
}

/**
 * Runs PHP inside the test WordPress (wp-eval.php) and returns its return value.
 * `values` reach the code as `$values`, decoded from JSON: no quoting of PHP strings by hand.
 */
export function wpEval(code, values = {}, sitePath = '/') {
  const prelude = `$values = json_decode(base64_decode('${Buffer.from(JSON.stringify(values)).toString('base64')}'), true);\n`;
  const out = execFileSync('php', [fileURLToPath(new URL('wp-eval.php', import.meta.url)), site.url, sitePath], {
    input: prelude + code,
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1));
}

/**
 * Publishes a page with `content` exactly as given, and returns {id, url}. WordPress's HTML filter
 * (kses) is off for it: hostile markup must reach the plugin as a page builder or an administrator
 * would write it, so what comes out is the plugin's doing.
 */
export function createPage(title, content, sitePath = '/') {
  return wpEval(
    `kses_remove_filters();
     $id = wp_insert_post(['post_type' => 'page', 'post_status' => 'publish',
       'post_title' => $values['title'], 'post_content' => wp_slash($values['content'])], true);
     if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
     return ['id' => $id, 'url' => get_permalink($id)];`,
    { title, content },
    sitePath,
  );
}

/** Logs in through the form at wp-login.php, as a person would. */
export async function logIn(page, { user, password }, base = site.url) {
  await page.goto(`${base}/wp-login.php`, { waitUntil: 'load' });
  // The login page focuses and selects the user field 200 ms after loading: typing before that
  // would be half replaced.
  await page.waitForFunction(() => document.activeElement?.id === 'user_login');
  await page.type('#user_login', user);
  await page.type('#user_pass', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  const loggedIn = await page.$('#wpadminbar');
  if (!loggedIn) {
    const error = await page.$eval('#login_error', (el) => el.textContent.trim()).catch(() => page.url());
    throw new Error(`logging in as ${user} failed: ${error}`);
  }
}

/**
 * Puts an organisation's data file (a fixture's name, or a path) into the settings form as an admin
 * would: through the data builder's «Open a data file» where the page has the builder (which then
 * rewrites the form's field), else by pasting the file's text into the field.
 */
export async function enterData(page, file) {
  const path = file.includes('/') ? file : fixturePath(file);
  const text = readFileSync(path, 'utf8');
  if (await page.$('gsw-data-builder')) {
    const accept = (dialog) => dialog.accept(); // «Replace the current draft with this file?»
    page.on('dialog', accept);
    try {
      const before = await page.$eval('#gsw-data', (textarea) => textarea.value);
      const open = await page.$('gsw-data-builder >>> input[type="file"]');
      await open.uploadFile(path);
      await page.waitForFunction(
        (before, id) => {
          const now = document.querySelector('#gsw-data').value;
          return now !== before && now.includes(id);
        },
        {},
        before,
        JSON.parse(text).id,
      );
    } finally {
      page.off('dialog', accept);
    }
  } else {
    await page.$eval(
      '#gsw-data',
      (textarea, text) => {
        textarea.value = text;
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      },
      text,
    );
  }
}

/** Clicks `selector` and waits for the page it leads to. */
export async function clickAndWait(page, selector) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}

/**
 * Keeps what a page does that a test may check: its console errors and uncaught exceptions, and the
 * URLs it requested. What WordPress fetches from outside (Gravatar, the editor's welcome pictures)
 * fails offline, as the test site is: those errors are kept apart, in `offline`.
 */
export function watch(page) {
  const seen = { errors: [], offline: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location()?.url ?? '';
    const outside = /^Failed to load resource/.test(message.text()) && url && !url.startsWith(`${site.url}/`);
    (outside ? seen.offline : seen.errors).push(`console: ${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => seen.errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => seen.requests.push(request.url()));
  return seen;
}

/** The requests for our script among `requests`. */
export const scriptRequests = (requests) =>
  requests.filter((url) => new URL(url).pathname.endsWith('/gov-service-widgets.js'));

/**
 * Waits until every element `selector` matches has rendered into its shadow root (or 10 s pass), then
 * returns, for each, its shadow root's text and its `tel:` links.
 */
export async function renderedElements(page, selector = TAGS.join(',')) {
  await page
    .waitForFunction(
      (selector) => {
        const all = [...document.querySelectorAll(selector)];
        // A drawn element (drawn.php) has its shadow root from the page: it counts once ours took it over (no <style> of its own left).
        const ours = (el) =>
          !customElements.get(el.localName) || (el.hasUpdated && !el.shadowRoot.querySelector('style'));
        return (
          all.length > 0 &&
          all.every((el) => el.shadowRoot?.querySelector('[part~="base"], [part~="message"]') && ours(el))
        );
      },
      { timeout: 10_000 },
      selector,
    )
    .catch(() => {});
  return page.$$eval(selector, (elements) =>
    elements.map((el) => {
      const text = (node) =>
        [...node.childNodes]
          .map((child) =>
            child.nodeType === 3 ? child.data : ['STYLE', 'SCRIPT'].includes(child.nodeName) ? '' : text(child),
          )
          .join(' ');
      return {
        tag: el.localName,
        defined: customElements.get(el.localName) !== undefined,
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        shadowText: el.shadowRoot ? text(el.shadowRoot).replace(/\s+/g, ' ') : null,
        shadowPhones: el.shadowRoot ? [...el.shadowRoot.querySelectorAll('a[href^="tel:"]')].map((a) => a.href) : [],
        fallbackShown: [...el.querySelectorAll('.gsw-fallback')].some((f) => f.getClientRects().length > 0),
      };
    }),
  );
}

/**
 * The page's visible text and its `tel:` links: what a reader without JavaScript gets, also inside
 * the elements the page came with already drawn (a declarative shadow root, drawn.php).
 */
export function visibleContent(page) {
  return page.evaluate(() => ({
    text: [
      document.body.innerText,
      ...[...document.querySelectorAll('service-registry, appeal-procedure, contact-card')]
        .filter((el) => el.shadowRoot)
        .flatMap((el) => [...el.shadowRoot.children].filter((child) => child.localName !== 'style'))
        .map((child) => child.innerText),
    ]
      .join(' ')
      .replace(/\s+/g, ' '),
    phones: [
      document,
      ...[...document.querySelectorAll('service-registry, appeal-procedure, contact-card')]
        .map((el) => el.shadowRoot)
        .filter(Boolean),
    ]
      .flatMap((root) => [...root.querySelectorAll('a[href^="tel:"]')])
      .map((a) => a.getAttribute('href')),
    elements: [...document.querySelectorAll('service-registry, appeal-procedure, contact-card')].map(
      (el) => el.localName,
    ),
    pwned: window.pwned,
  }));
}

/**
 * The lines of a log file that name one of our plugin's files: PHP's messages ("PHP Warning: … in
 * /…/plugins/gov-service-widgets/x.php on line 3", stack traces), not the server's request lines.
 */
export function pluginLines(file) {
  let log = '';
  try {
    log = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const request = /\[\d{3}\]: [A-Z]+ \//;
  return log.split('\n').filter((line) => line.includes(`/plugins/${pluginFolder}/`) && !request.test(line));
}
