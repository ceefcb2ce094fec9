import {expect, waitUntil} from '@open-wc/testing';
import {SEED_CODES, seedCopy, visibleText} from './helpers.js';

const READERS = '/dist/gov-service-widgets.js';
const BUILDER = '/dist/gov-service-widgets-builder.js';
const WP = '/__wordpress';

interface Page {
  window: Window & typeof globalThis & {errors: string[]; before?: string[]};
  document: Document;
}

/** A page of its own (its own realm and custom-element registry); its errors are collected from the start. */
async function page(head: string, body: string, lang = 'ru-RU'): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '768px';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <script>window.errors = []; addEventListener('error', (e) => errors.push(String(e.message)));</script>
    ${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow as Page['window'];
  return {window, document: window.document};
}

const scripts = (...sources: string[]) => sources.map((src) => `<script src="${src}"></script>`).join('');

function organisation(name: string): string {
  const data = seedCopy();
  data.organizations[0].name.kk = name;
  data.services[0].name = {kk: name, ru: name, en: name};
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The builder as the WordPress plugin's settings page puts it: in the form, above the field it keeps. */
const settingsForm = (name: string) => `<div class="wrap"><h1>Государственные услуги</h1>
  <form id="gsw-settings-form" method="post" action="/nowhere">
    <gsw-data-builder embedded for="gsw-data" storage-key="bundle-test"><script type="application/json">${organisation(name)}</script></gsw-data-builder>
    <textarea id="gsw-data" name="gsw_data" class="large-text code" rows="10"></textarea>
    <input type="file" id="gsw-file" name="gsw_file" accept=".json,application/json">
    <input type="text" id="gsw-data-url" name="gsw_data_url" class="regular-text">
    <p class="submit"><input type="submit" id="gsw-save" class="button button-primary" value="Сохранить изменения"></p>
  </form></div>`;

async function builderIn(page: Page): Promise<HTMLElement & {updateComplete: Promise<boolean>}> {
  const builder = page.document.querySelector('gsw-data-builder') as HTMLElement & {updateComplete: Promise<boolean>};
  await waitUntil(() => builder.shadowRoot?.querySelector('#check'), 'the builder renders');
  await builder.updateComplete;
  return builder;
}

describe('the embeddable data builder script', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [order, sources] of [
    ['after', [READERS, BUILDER, BUILDER]],
    ['before', [BUILDER, READERS, READERS]],
  ] as const) {
    it(`works loaded ${order} gov-service-widgets.js, each twice at most, without an error`, async () => {
      const shown = await page(
        '',
        `${settingsForm('Бет мектебі')}<service-registry lang="ru"><script type="application/json">${organisation('Беттегі мектеп')}</script></service-registry>${scripts(...sources)}`,
      );
      expect(shown.window.errors).to.deep.equal([]);
      const builder = await builderIn(shown);
      expect(builder.shadowRoot!.querySelector('#start')!.textContent).to.equal('1. Начало');
      const preview = builder.shadowRoot!.querySelector('.preview service-registry')!;
      await waitUntil(() => visibleText(preview).includes('Бет мектебі'), 'the preview shows the given data');
      const registry = shown.document.querySelector('body > service-registry')!;
      await waitUntil(() => visibleText(registry).includes('Беттегі мектеп'), 'the page’s element shows its own');
      expect(shown.window.errors).to.deep.equal([]);
    });
  }

  it('carries no organisation of its own: an element given no data shows none', async () => {
    const seedName = seedCopy().organizations[0].name.ru as string;
    const shown = await page(
      '',
      `<service-registry lang="ru" show-organization></service-registry>${scripts(BUILDER)}`,
    );
    const registry = shown.document.querySelector('service-registry') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await waitUntil(() => registry.shadowRoot?.textContent?.trim(), 'the element renders');
    await registry.updateComplete;
    expect(visibleText(registry)).to.not.contain(seedName);
    expect(visibleText(registry)).to.not.contain(SEED_CODES[0]);
  });

  describe('in a WordPress admin page (WordPress’s own styles and scripts)', () => {
    let available = false;
    before(async () => {
      available = (await fetch(`${WP}/wp-admin/css/common.min.css`)).ok;
    });
    beforeEach(function () {
      // Debian's `wordpress` package (or WORDPRESS_DIR) holds them; CI installs it (.ci/run).
      if (!available) this.skip();
    });

    const adminPage = () =>
      page(
        [
          'wp-includes/css/dashicons.min.css',
          'wp-includes/css/buttons.min.css',
          'wp-admin/css/common.min.css',
          'wp-admin/css/forms.min.css',
          'wp-admin/css/admin-menu.min.css',
        ]
          .map((file) => `<link rel="stylesheet" href="${WP}/${file}">`)
          .join(''),
        `<div id="wpwrap"><div id="wpcontent"><div id="wpbody-content">${settingsForm('Админ мектебі')}</div></div></div>
        ${scripts(...['wp-includes/js/jquery/jquery.min.js', 'wp-includes/js/jquery/jquery-migrate.min.js', 'wp-includes/js/underscore.min.js', 'wp-includes/js/dist/vendor/lodash.min.js'].map((file) => `${WP}/${file}`))}
        <script>window.lodash = _.noConflict();</script>
        ${scripts(...['wp-includes/js/dist/hooks.min.js', 'wp-includes/js/dist/i18n.min.js', 'wp-admin/js/common.min.js'].map((file) => `${WP}/${file}`))}
        <script>window.before = Object.getOwnPropertyNames(window); window.wpBefore = [window.jQuery, window._, window.lodash, window.wp, window.wp.i18n];</script>
        ${scripts(BUILDER)}`,
      ).then((shown) => {
        shown.document.body.classList.add('wp-admin', 'wp-core-ui');
        return shown;
      });

    it('clobbers none of wp-admin’s globals, and throws nothing', async () => {
      const shown = await adminPage();
      await builderIn(shown);
      const win = shown.window as any;
      expect(win.errors).to.deep.equal([]);
      expect([win.jQuery, win._, win.lodash, win.wp, win.wp.i18n]).to.deep.equal(win.wpBefore);
      expect(typeof win.jQuery.fn.jquery).to.equal('string');
      const added = Object.getOwnPropertyNames(win).filter(
        (name) => !['before', 'wpBefore', ...win.before].includes(name),
      );
      // Lit's own registries of loaded versions, which every copy of Lit adds to; nothing of ours.
      expect(added.sort()).to.deep.equal([
        'litElementVersions',
        'litHtmlVersions',
        'litPropertyMetadata',
        'reactiveElementVersions',
      ]);
    });

    it('keeps its own look under wp-admin’s styles, which do style the page around it', async () => {
      const shown = await adminPage();
      const builder = await builderIn(shown);
      const style = (element: Element) => shown.window.getComputedStyle(element);
      // The control: WordPress's styles are there, and style its own button and field.
      const save = shown.document.querySelector('#gsw-save')!;
      expect(style(save).backgroundColor).to.equal('rgb(34, 113, 177)');
      expect(style(shown.document.querySelector('#gsw-data-url')!).borderColor).to.equal('rgb(140, 143, 148)');
      // Inside the builder, ours.
      const paste = builder.shadowRoot!.querySelector('#paste')!;
      expect(style(paste).borderColor).to.not.equal('rgb(140, 143, 148)');
      const primary = [...builder.shadowRoot!.querySelectorAll('button')].find(
        (b) => !b.classList.contains('primary'),
      )!;
      expect(style(primary).backgroundColor).to.not.equal(
        style(shown.document.querySelector('.button')!).backgroundColor,
      );
      expect(builder.getBoundingClientRect().width).to.be.greaterThan(600);
      expect(builder.shadowRoot!.querySelector('#start')!.textContent).to.equal('1. Начало');
    });

    it('stops the save button’s submit while the data has errors, and lets valid data go', async () => {
      const shown = await adminPage();
      const builder = await builderIn(shown);
      const form = shown.document.querySelector('form')!;
      const field = shown.document.querySelector('textarea')!;
      const sent: boolean[] = [];
      form.addEventListener('submit', (event) => {
        sent.push(!event.defaultPrevented);
        event.preventDefault();
      });
      const id = builder.shadowRoot!.querySelector<HTMLInputElement>('[id="id"]')!;
      id.value = 'Not an id!';
      id.dispatchEvent(new Event('change'));
      await builder.updateComplete;
      expect(JSON.parse(field.value).id).to.equal('Not an id!');
      shown.window.focus();
      shown.document.querySelector<HTMLElement>('#gsw-save')!.click();
      await builder.updateComplete;
      expect(sent).to.deep.equal([false]);
      expect(builder.shadowRoot!.querySelector('#refused')).to.not.equal(null);
      await waitUntil(() => builder.shadowRoot!.activeElement?.closest('li.error'), 'the first error has the focus');
      id.value = 'school-17';
      id.dispatchEvent(new Event('change'));
      await builder.updateComplete;
      shown.document.querySelector<HTMLElement>('#gsw-save')!.click();
      expect(sent).to.deep.equal([false, true]);
      expect(JSON.parse(field.value).id).to.equal('school-17');
      expect(shown.window.errors).to.deep.equal([]);
    });
  });
});
