// The packed tarball, installed into an empty project as a user would (`npm install ./the.tgz`, Lit
// and @lit/localize from the registry or npm's cache), then used both ways in headless Chromium:
// the ES modules in a page without a bundler (an import map names where each package lives), and
// the single script from a plain <script src>. Run after `npm run build`: node --test test/package/
/* global document, customElements, window -- in the page */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, missingBrowserMessage } from '../../scripts/find-browser.mjs';

const seed = JSON.parse(readFileSync('data/osakarovka-education.json', 'utf8'));
const SERVICE = seed.services.find((service) => service.code === '403007').name;
const HEADINGS = {
  'service-registry': { kk: 'Мемлекеттік қызметтер', ru: 'Государственные услуги' },
  'appeal-procedure': {
    kk: 'Мемлекеттік қызмет көрсетуге қалай шағымдануға болады',
    ru: 'Как обжаловать оказание государственной услуги',
  },
  'contact-card': { kk: 'Жауапты тұлғалар', ru: 'Ответственные лица' },
};
const ELEMENTS = ['kk', 'ru']
  .flatMap((lang) => Object.keys(HEADINGS).map((tag) => `<${tag} lang="${lang}"></${tag}>`))
  .join('\n');

// Where a browser finds each bare import: the installed packages, file for file as their `exports` say.
const IMPORT_MAP = {
  imports: Object.fromEntries(
    [
      ['gov-service-widgets', 'dist/esm/index.js'],
      ['lit', 'index.js'],
      ['lit-html', 'lit-html.js'],
      ['lit-element', 'index.js'],
      ['@lit/reactive-element', 'reactive-element.js'],
      ['@lit/localize', 'lit-localize.js'],
    ].flatMap(([name, main]) => [
      [name, `/node_modules/${name}/${main}`],
      [`${name}/`, `/node_modules/${name}/`],
    ]),
  ),
};
const page = (head, body = ELEMENTS) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
// An app with its own translations through @lit/localize's runtime mode (German, so that nothing of
// ours could answer), configured before our elements are imported or after.
const APP_LOCALIZATION = `
  import {configureLocalization, msg} from '@lit/localize';
  const configure = () =>
    configureLocalization({sourceLocale: 'en', targetLocales: ['de'], loadLocale: async () => ({templates: {greeting: 'Hallo'}})}).setLocale('de');
  window.appGreeting = () => msg('Hello', {id: 'greeting'});`;
const appPage = (order) =>
  page(
    `<script type="importmap">${JSON.stringify(IMPORT_MAP)}</script><script type="module">${APP_LOCALIZATION}
    ${order}</script>`,
  );
const PAGES = {
  'app-localization-first.html': appPage("await configure(); await import('gov-service-widgets');"),
  'app-localization-after.html': appPage("await import('gov-service-widgets'); await configure();"),
  'es-modules.html': page(
    `<script type="importmap">${JSON.stringify(IMPORT_MAP)}</script><script type="module">import 'gov-service-widgets';</script>`,
  ),
};
// As a CDN serves it: with the integrity hash the package's dist/cdn.json gives, which the browser checks.
const singleScriptPage = ({ integrity }) =>
  page(
    `<script src="/node_modules/gov-service-widgets/dist/gov-service-widgets.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
  );

let work, app, server, origin, browser;

before(async () => {
  const executablePath = findChromium();
  assert.ok(executablePath, missingBrowserMessage);
  work = mkdtempSync(join(tmpdir(), 'gsw-package-'));
  app = join(work, 'app');
  mkdirSync(app);
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], { encoding: 'utf8' }),
  );
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  const install = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(work, filename)];
  execFileSync('npm', install, { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] });
  const cdn = JSON.parse(readFileSync(join(app, 'node_modules/gov-service-widgets/dist/cdn.json'), 'utf8'));
  PAGES['single-script.html'] = singleScriptPage(cdn);
  for (const [name, html] of Object.entries(PAGES)) writeFileSync(join(app, name), html);

  server = await startDevServer({
    config: { rootDir: app, port: 0, disableFileWatcher: true },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  origin = `http://127.0.0.1:${server.server.address().port}`;
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens a page of the app; every uncaught error, console.error and failed request on it fails the test. */
async function open(name) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  tab.on('response', (response) => response.status() < 400 || errors.push(`${response.status()} ${response.url()}`));
  const response = await tab.goto(`${origin}/${name}`);
  assert.equal(response.status(), 200);
  return { tab, errors };
}

/** Each element's heading and shadow text, once all six have rendered their data. */
async function rendered(tab) {
  await tab.waitForFunction(
    () =>
      [...document.querySelectorAll('body > *')].every((element) =>
        element.shadowRoot?.querySelector('[part="heading"]'),
      ),
    { timeout: 15_000 },
  );
  return tab.evaluate(() =>
    [...document.querySelectorAll('body > *')].map((element) => ({
      tag: element.localName,
      lang: element.lang,
      defined: customElements.get(element.localName) === element.constructor,
      heading: element.shadowRoot.querySelector('[part="heading"]').textContent.trim(),
      text: element.shadowRoot.textContent,
    })),
  );
}

function assertRendersInKkAndRu(elements) {
  assert.equal(elements.length, 6);
  for (const { tag, lang, defined, heading, text } of elements) {
    assert.ok(defined, `${tag} is defined`);
    assert.equal(heading, HEADINGS[tag][lang], `${tag} lang=${lang}: its heading`);
    if (tag === 'service-registry') assert.ok(text.includes(SERVICE[lang]), `${tag} lang=${lang}: service 403007`);
  }
}

test('the ES modules run in a page without a bundler, Lit resolved by an import map', async () => {
  const { tab, errors } = await open('es-modules.html');
  assertRendersInKkAndRu(await rendered(tab));
  assert.deepEqual(errors, []);
});

for (const [when, name] of [
  ['before', 'app-localization-first.html'],
  ['after', 'app-localization-after.html'],
]) {
  test(`an app that configures @lit/localize itself ${when} importing the ES modules keeps its own msg()`, async () => {
    const { tab, errors } = await open(name);
    assertRendersInKkAndRu(await rendered(tab));
    await tab.waitForFunction(() => window.appGreeting() === 'Hallo', { timeout: 5_000 });
    assert.deepEqual(errors, []);
  });
}

test('the single script runs from a plain <script src>, its integrity hash checked', async () => {
  const { tab, errors } = await open('single-script.html');
  assertRendersInKkAndRu(await rendered(tab));
  assert.deepEqual(errors, []);
});

test('TypeScript finds the types through the exports map: the classes, the data model, the tag map', () => {
  const source = `import {validateProvider, type Provider, type ServiceSelectedDetail} from 'gov-service-widgets';
const registry: HTMLElementTagNameMap['service-registry'] = document.createElement('service-registry');
const codes: string = registry.codes;
const result = validateProvider({});
export type Checked = [Provider, ServiceSelectedDetail, typeof result, typeof codes];
`;
  writeFileSync(join(app, 'uses-types.ts'), source);
  const tsc = join(process.cwd(), 'node_modules/typescript/bin/tsc');
  const options = ['--noEmit', '--strict', '--module', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom'];
  execFileSync(process.execPath, [tsc, ...options, 'uses-types.ts'], {
    cwd: app,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
});

test('the installed checker (npx gov-service-widgets check) checks the packed templates', () => {
  const templates = ['school.json', 'district-department.json'].map(
    (name) => `node_modules/gov-service-widgets/data/templates/${name}`,
  );
  const output = execFileSync('node_modules/.bin/gov-service-widgets', ['check', '--lang', 'en', ...templates], {
    cwd: app,
    encoding: 'utf8',
  });
  assert.match(output, /school\.json/);
});
