/* global window -- in the page */
// Shortcode and block attributes that carry markup or quotes come out escaped: in the page's HTML
// they are text inside an attribute, no script of theirs runs, no element of theirs appears, and our
// elements carry only the attributes they know, with values they allow.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TAGS, createPage, launchBrowser, renderedElements } from './wordpress.mjs';

// Each sets window.pwned to its own number if it ever runs.
const HOSTILE = [
  '[service_registry lang="kk\\"><script>window.pwned=1</script>" codes="<img src=x onerror=window.pwned=2>"]',
  `[contact_card service='403007" onmouseover="window.pwned=3' contact="head' autofocus onfocus='window.pwned=4"]`,
  '[service_registry heading_level="3 onclick=window.pwned=5" codes="403007&quot; onclick=&quot;window.pwned=6"]',
  '[appeal_procedure lang="</script><script>window.pwned=7</script>"]',
  '[contact_card service="403007\'><svg onload=window.pwned=8>" contact="<iframe src=javascript:window.pwned=9>"]',
  '<!-- wp:gov-service-widgets/contact-card {"service":"\\u0022\\u003e\\u003cimg src=x onerror=window.pwned=10\\u003e","contact":"x\\u0027 onclick=\\u0027window.pwned=11","lang":"kk\\u0022 autofocus onfocus=\\u0022window.pwned=12"} /-->',
  '<!-- wp:gov-service-widgets/service-registry {"codes":"\\u003c/script\\u003e\\u003cscript\\u003ewindow.pwned=13\\u003c/script\\u003e","headingLevel":"2\\u0022 onclick=\\u0022window.pwned=14"} /-->',
];
const ALLOWED_ATTRIBUTES = new Set(['lang', 'heading-level', 'codes', 'service', 'contact', 'src', 'class']);

let browser;
let page;
before(async () => {
  page = createPage('Hostile attributes', HOSTILE.join('\n\n'));
  browser = await launchBrowser();
});
after(() => browser?.close());

test('in the HTML the server sends, the markup is escaped text', async () => {
  const html = await (await fetch(page.url)).text();
  const body = html.slice(html.indexOf('<body'));
  for (const raw of [
    /<script>window\.pwned/,
    /<img src=x/i,
    /<svg onload/i,
    /<iframe src=javascript/i,
    /\son(error|mouseover|focus|click|load)=["']?window\.pwned/i,
  ]) {
    assert.ok(!raw.test(body), `${raw} appears unescaped in the page`);
  }
});

test('in the browser, no script of theirs runs and no element of theirs appears', async () => {
  const context = await browser.createBrowserContext();
  try {
    const reader = await context.newPage();
    await reader.goto(page.url, { waitUntil: 'load' });
    const elements = await renderedElements(reader);
    // Give anything that would run (autofocus, onload) its chance, and hover over every element.
    for (const tag of TAGS) for (const el of await reader.$$(tag)) await el.hover().catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await reader.evaluate(() => window.pwned), undefined, 'window.pwned was set: a script ran');
    const injected = await reader.$$eval('img[src="x"], svg[onload], iframe, script', (els) =>
      els.filter((el) => el.localName !== 'script' || /pwned/.test(el.textContent)).map((el) => el.outerHTML),
    );
    assert.deepEqual(injected, [], 'an element from an attribute appeared');
    // Each still renders its element, keeping what it understands: the attacks do not break the page.
    assert.equal(elements.length, HOSTILE.length);
    for (const el of elements) {
      for (const [name, value] of Object.entries(el.attributes)) {
        assert.ok(ALLOWED_ATTRIBUTES.has(name), `<${el.tag}> has an attribute «${name}»`);
        if (name === 'lang') assert.match(value, /^(kk|ru|en)$/, `<${el.tag} lang="${value}">`);
        if (name === 'heading-level') assert.match(value, /^[1-6]$/, `<${el.tag} heading-level="${value}">`);
      }
    }
  } finally {
    await context.close();
  }
});
