/* global document, window, Node -- in the page */
// A reader's view of a page with each block and a page with each shortcode, once the site has its
// data (saved by 2-settings.test.mjs): with JavaScript, the elements run and show the site's
// organisation, from one script; without it, the same pages show the services and phones as plain
// HTML. Never the seed organisation bundled in the script.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  SEED_MARKS,
  TAGS,
  createPage,
  readFixture,
  launchBrowser,
  renderedElements,
  scriptRequests,
  visibleContent,
  watch,
  wpEval,
} from './wordpress.mjs';

// From fixtures/zhanatalap-school.json, the data the site holds.
const SITE = {
  id: 'zhanatalap-school',
  transportKk: 'Шалғайдағы ауылдық елді мекендерде тұратын балаларды',
  transportRu: 'Предоставление бесплатного подвоза',
  mealsKk: 'тегін және жеңілдетілген тамақтандыруды ұсыну',
  mealsRu: 'Предоставление бесплатного и льготного питания',
  head: /Сейтқали|Сейткали/,
  headPhone: 'tel:+77213024567',
  deputy: 'Петренко',
  deputyPhone: 'tel:+77053182290',
  directorRu: 'на имя директора школы', // where to complain: the fixture's, not the seed's
  directorKk: 'мектеп директорының атына',
  callCentrePhone: 'tel:1414',
  akimatRu: 'Аппарат акима Жанаталапского сельского округа',
  akimatKk: 'Жаңаталап ауылдық округінің әкімдігі',
  akimatPhone: 'tel:+77213021108',
};

const pages = {};
let browser;
before(async () => {
  pages.blocks = createPage(
    'Each block',
    [
      '<!-- wp:gov-service-widgets/service-registry {"lang":"kk","headingLevel":3} /-->',
      '<!-- wp:gov-service-widgets/appeal-procedure {"lang":"ru"} /-->',
      '<!-- wp:gov-service-widgets/contact-card {"lang":"ru","service":"403008"} /-->',
    ].join('\n\n'),
  );
  pages.shortcodes = createPage(
    'Each shortcode',
    [
      '<!-- wp:paragraph --><p>Our services:</p><!-- /wp:paragraph -->',
      '<!-- wp:shortcode -->[service_registry lang="ru" codes="403008" heading_level="3"]<!-- /wp:shortcode -->',
      '<!-- wp:shortcode -->[appeal_procedure lang="kk"]<!-- /wp:shortcode -->',
      '<!-- wp:shortcode -->[contact_card service="403007" contact="head"]<!-- /wp:shortcode -->',
    ].join('\n\n'),
  );
  pages.plain = wpEval(`return get_permalink(get_page_by_path('sample-page'));`);
  browser = await launchBrowser();
});
after(() => browser?.close());

/**
 * What each page must show, element by element, in the order they stand; `js` and `jsPhones` only
 * with JavaScript (the plain-HTML fallback of the complaint procedure has no contacts list).
 */
const expected = {
  blocks: [
    { tag: 'service-registry', lang: 'kk', texts: [SITE.transportKk, SITE.mealsKk], phones: [] },
    {
      tag: 'appeal-procedure',
      lang: 'ru',
      texts: [SITE.directorRu],
      phones: [SITE.callCentrePhone],
      js: [SITE.akimatRu],
      jsPhones: [SITE.akimatPhone],
    },
    { tag: 'contact-card', lang: 'ru', texts: [SITE.deputy], phones: [SITE.deputyPhone], not: [SITE.headPhone] },
  ],
  shortcodes: [
    { tag: 'service-registry', lang: 'ru', texts: [SITE.mealsRu], phones: [], not: [SITE.transportRu] },
    {
      tag: 'appeal-procedure',
      lang: 'kk',
      texts: [SITE.directorKk],
      phones: [SITE.callCentrePhone],
      js: [SITE.akimatKk],
      jsPhones: [SITE.akimatPhone],
    },
    { tag: 'contact-card', lang: null, texts: [SITE.head], phones: [SITE.headPhone], not: [SITE.deputyPhone] },
  ],
};

const includes = (text, expected) => (expected instanceof RegExp ? expected.test(text) : text.includes(expected));

async function readerPage({ javaScript }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setJavaScriptEnabled(javaScript);
  // Each element says which organisation it shows (data-loaded, bubbling and composed).
  await page.evaluateOnNewDocument(() => {
    window.__loaded = [];
    window.addEventListener('data-loaded', (event) => window.__loaded.push(event.detail.providerId));
  });
  return { page, seen: watch(page), close: () => context.close() };
}

for (const name of ['blocks', 'shortcodes']) {
  describe(`the page with each ${name === 'blocks' ? 'block' : 'shortcode'}`, () => {
    test('with JavaScript: the elements run, show the site’s data, from one script, without errors', async () => {
      const { page, seen, close } = await readerPage({ javaScript: true });
      try {
        await page.goto(pages[name].url, { waitUntil: 'load' });
        const elements = await renderedElements(page);
        assert.deepEqual(
          elements.map((el) => el.tag),
          expected[name].map((el) => el.tag),
        );
        elements.forEach((el, i) => {
          const want = expected[name][i];
          assert.ok(el.defined, `<${el.tag}> is defined`);
          assert.equal(el.attributes.lang ?? null, want.lang, `<${el.tag}> lang`);
          assert.ok(el.shadowText, `<${el.tag}> rendered into its shadow root`);
          for (const text of [...want.texts, ...(want.js ?? [])]) {
            assert.ok(includes(el.shadowText, text), `<${el.tag}> shows ${text}`);
          }
          for (const phone of [...want.phones, ...(want.jsPhones ?? [])]) {
            assert.ok(el.shadowPhones.includes(phone), `<${el.tag}> dials ${phone}`);
          }
          for (const text of want.not ?? []) {
            assert.ok(!includes(el.shadowText, text) && !el.shadowPhones.includes(text), `<${el.tag}>: not ${text}`);
          }
          for (const mark of SEED_MARKS) {
            assert.ok(!el.shadowText.includes(mark) && !el.shadowPhones.includes(mark), `seed «${mark}» shown`);
          }
          assert.ok(!el.fallbackShown, `<${el.tag}>: the plain-HTML fallback is replaced once the element runs`);
        });
        // Both pages ask for the registry's heading at level 3.
        assert.equal(elements[0].attributes['heading-level'], '3');
        assert.ok(await page.$eval('service-registry', (el) => !!el.shadowRoot.querySelector('h3')));
        const loaded = await page.evaluate(() => window.__loaded);
        assert.deepEqual(loaded, Array(3).fill(SITE.id), 'each element shows the site’s organisation');
        assert.equal(scriptRequests(seen.requests).length, 1, 'our script is requested once');
        const tags = await page.$$eval('script[src]', (scripts) =>
          scripts.filter((s) => new URL(s.src).pathname.endsWith('/gov-service-widgets.js')).map((s) => s.src),
        );
        assert.equal(tags.length, 1, `one script tag for three elements: ${tags}`);
        const inFooter = await page.evaluate(() => {
          const ours = (s) => s.src && new URL(s.src).pathname.endsWith('/gov-service-widgets.js');
          const script = [...document.scripts].find(ours);
          const elements = [...document.querySelectorAll('service-registry, appeal-procedure, contact-card')];
          return elements.every((el) => el.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING);
        });
        assert.ok(inFooter, 'the script comes after the elements, in the footer');
        assert.deepEqual(seen.errors, []);
      } finally {
        await close();
      }
    });

    test('without JavaScript: the services and phones are there as plain HTML', async () => {
      const { page, close } = await readerPage({ javaScript: false });
      try {
        await page.goto(pages[name].url, { waitUntil: 'load' });
        const content = await visibleContent(page);
        assert.deepEqual(
          content.elements,
          expected[name].map((el) => el.tag),
        );
        for (const want of expected[name]) {
          for (const text of want.texts) assert.ok(includes(content.text, text), `without JS: ${text}`);
          for (const phone of want.phones) assert.ok(content.phones.includes(phone), `without JS: a link to ${phone}`);
        }
        for (const mark of SEED_MARKS) assert.ok(!content.text.includes(mark) && !content.phones.includes(mark));
        assert.ok(!content.text.includes('schemaVersion'), 'the inline data is not shown as text');
      } finally {
        await close();
      }
    });
  });
}

test('a page without our elements does not load our script', async () => {
  const { page, seen, close } = await readerPage({ javaScript: true });
  try {
    await page.goto(pages.plain, { waitUntil: 'load' });
    assert.deepEqual(scriptRequests(seen.requests), []);
  } finally {
    await close();
  }
});

// The elements already drawn (drawn.php; saved through the builder by 2-settings.test.mjs): a block
// with its default attributes comes with its element drawn, as a declarative shadow root, which the
// browser shows before any script and the element takes over without moving anything.
describe('the elements already drawn', () => {
  const SERVICES = JSON.parse(readFixture('zhanatalap-school.json')).services.length;
  let drawnPage;
  before(() => {
    drawnPage = createPage(
      'Drawn',
      [
        '<!-- wp:gov-service-widgets/service-registry /-->',
        '<!-- wp:gov-service-widgets/contact-card /-->',
        '<!-- wp:gov-service-widgets/appeal-procedure /-->',
        '<!-- wp:gov-service-widgets/service-registry {"lang":"ru"} /-->',
      ].join('\n\n'),
    ).url;
  });

  /** Each element's box and those of what its shadow root shows, in the page: {drawn, rows, boxes}. */
  const layout = (page) =>
    page.$$eval('service-registry, contact-card, appeal-procedure', (elements) =>
      elements.map((el) => {
        const at = (node) => {
          const box = node.getBoundingClientRect();
          return [box.left, box.top + window.scrollY, box.width, box.height]
            .map((v) => Math.round(v * 2) / 2)
            .join(',');
        };
        const root = el.shadowRoot;
        return {
          tag: el.localName,
          shadowRoot: !!root,
          rows: root ? root.querySelectorAll('.block > .service').length : 0,
          text: root ? root.textContent.replace(/\s+/g, ' ') : '',
          boxes: [el, ...(root ? root.querySelectorAll('[part], h2, h3, p, li, a, button, input, dt, dd') : [])].map(
            at,
          ),
        };
      }),
    );

  test('without JavaScript: each element is drawn in its shadow root, the services’ rows there', async () => {
    const { page, close } = await readerPage({ javaScript: false });
    try {
      await page.goto(drawnPage, { waitUntil: 'load' });
      const [registry, contacts, appeal, registryRu] = await layout(page);
      for (const el of [registry, contacts, appeal, registryRu]) assert.ok(el.shadowRoot, `<${el.tag}> drawn`);
      assert.equal(registry.rows, SERVICES, 'every service’s row');
      assert.equal(registryRu.rows, SERVICES);
      assert.ok(registryRu.text.includes(SITE.mealsRu), 'in Russian');
      assert.notEqual(registry.text, registryRu.text, 'each in its language');
      assert.match(contacts.text, SITE.head);
      assert.ok(appeal.text.length > 100);
      const content = await visibleContent(page);
      for (const mark of SEED_MARKS) assert.ok(!content.text.includes(mark));
    } finally {
      await close();
    }
  });

  test('with JavaScript: the elements take their drawings over, nothing moves, no layout shift', async () => {
    const drawn = await (async () => {
      const { page, close } = await readerPage({ javaScript: false });
      try {
        await page.goto(drawnPage, { waitUntil: 'load' });
        return await layout(page);
      } finally {
        await close();
      }
    })();
    const { page, seen, close } = await readerPage({ javaScript: true });
    try {
      await page.evaluateOnNewDocument(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({
          type: 'layout-shift',
          buffered: true,
        });
      });
      await page.goto(drawnPage, { waitUntil: 'load' });
      const elements = await renderedElements(page);
      assert.ok(elements.every((el) => el.defined && el.shadowText));
      // Ours now (ours draws with adopted style sheets: the drawing's <style> is gone).
      assert.equal(
        await page.$$eval(TAGS.join(','), (els) => els.filter((el) => el.shadowRoot.querySelector('style')).length),
        0,
      );
      const taken = await layout(page);
      assert.deepEqual(
        taken.map((el) => el.boxes),
        drawn.map((el) => el.boxes),
        'every box where the drawing had it',
      );
      await new Promise((done) => setTimeout(done, 300));
      assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
      assert.deepEqual(seen.errors, []);
    } finally {
      await close();
    }
  });

  test('a block with a filter, a heading level or its data from a URL gets no drawing', async () => {
    const page = createPage(
      'Not drawn',
      [
        '<!-- wp:gov-service-widgets/service-registry {"codes":"403008"} /-->',
        '<!-- wp:gov-service-widgets/contact-card {"contact":"head"} /-->',
        '<!-- wp:gov-service-widgets/appeal-procedure {"headingLevel":3} /-->',
      ].join('\n\n'),
    ).url;
    const body = await (await fetch(page)).text();
    assert.doesNotMatch(body, /shadowrootmode/);
    assert.match(body, /<service-registry codes="403008"><script type="application\/json">/, 'today’s markup');
    // The data from a URL (without changing the option, which would drop the drawings anyway).
    let fromUrl = wpEval(`$drawn = gov_service_widgets_render_element('service-registry', []);
      add_filter('pre_option_gov_service_widgets_data_url', function () { return 'https://example.org/school.json'; });
      return [$drawn, gov_service_widgets_render_element('service-registry', [])];`);
    assert.match(fromUrl[0], /^<service-registry><template shadowrootmode="open">/);
    fromUrl = fromUrl[1];
    assert.doesNotMatch(fromUrl, /shadowrootmode/);
  });
});
