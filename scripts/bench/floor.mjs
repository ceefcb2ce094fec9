// The floors of a widget page, made from the widget itself so that they cannot drift from it: the
// page is rendered once (unthrottled), then each element's shadow root is copied into static pages.
//   floor: the true floor. Each element's shadow HTML and its adopted stylesheets' cssText, as a
//          declarative shadow root (<template shadowrootmode="open"><style>…</style>…) with no
//          script at all. Declarative shadow DOM rather than flattened HTML and CSS, because it is
//          what the reader's browser cannot avoid doing to show what the widget shows: the same
//          DOM tree, the same selectors matched in the same scopes (:host, ::part, inheritance
//          across the shadow boundary), the same style, layout and paint; flattening would rewrite
//          the selectors and so measure a different page. What it leaves out is exactly the script:
//          downloading, parsing and running Lit and the widget, and building the DOM from data.
//          No search either: a keystroke has no floor (the widget's is judged by its absolute ms).
//   plain: a second reference, the same HTML with no CSS and no shadow root, as a naive
//          pre-rendered page, with the plainest search a site could write (for large lists).
// The floors are made once, in Chromium; every engine loads the same pages once it has shown that
// it renders them (checkFloors): an engine without declarative shadow DOM would show nothing there,
// quickly, and its floor would be wrong.
/* global document -- in the page */
import { loadAndWaitForPaint, widgetPageWith, withFreshPage } from './browser.mjs';

/** Each widget of the page at `url` as rendered: its opening tag, its shadow root's HTML and CSS. */
async function copyWidgets(engine, url, rows) {
  const copy = () =>
    [...document.querySelectorAll('service-registry, appeal-procedure, contact-card')].map((el) => ({
      tag: el.localName,
      attributes: [...el.attributes]
        .map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
        .join(''),
      html: el.shadowRoot.innerHTML,
      css: el.shadowRoot.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n'),
    }));
  const load = async (page) => {
    await loadAndWaitForPaint(page, url);
    return page.evaluate(copy);
  };
  return withFreshPage(engine, widgetPageWith(rows), load, { throttle: 1 });
}

// The plainest search a site could write: each keystroke hides the rows whose text lacks the query.
const SEARCH = `<script>
const host = document.querySelector('service-registry');
const root = host.shadowRoot ?? host;
const rows = [...root.querySelectorAll('[part~="item"]')];
const texts = rows.map((row) => row.textContent.toLowerCase());
root.querySelector('input[type="search"]').addEventListener('input', (event) => {
  const query = event.target.value.trim().toLowerCase();
  rows.forEach((row, i) => { row.hidden = !texts[i].includes(query); });
});
</script>`;

/** The bodies of the floor and plain pages of the widget page at `url`; `search` adds the search script to plain. */
export async function floorsOf(engine, url, rows, { search = false } = {}) {
  const widgets = await copyWidgets(engine, url, rows);
  const html = (w) => w.html.replace(/<!--[^]*?-->/g, ''); // Lit's markers: no use without Lit
  const body = (inside, script) =>
    `${widgets.map((w) => `<${w.tag}${w.attributes}>${inside(w)}</${w.tag}>`).join('\n')}\n<p id="bench-end"></p>${script ? `\n${script}` : ''}`;
  const template = (w) => `<template shadowrootmode="open"><style>${w.css}</style>${html(w)}</template>`;
  return {
    floor: body(template, ''),
    plain: body(html, search ? SEARCH : ''),
    // The pre-rendered path: the same drawn copy inside each tag, as the data builder's snippet puts it
    // (src/builder/pre-render.ts makes the same copy), and our script after the elements.
    drawn: (script) => body(template, script),
  };
}

/**
 * Throws unless `engine` renders each true floor of `pageSets` ({widget, floor} pages) as the widget
 * rendered it: every element with a shadow root built from its declarative template, holding its
 * items (all `rows` of them in <service-registry>). Counted after the paint, outside any timing.
 */
export async function checkFloors(engine, pageSets) {
  const shadowItems = () =>
    [...document.querySelectorAll('service-registry, appeal-procedure, contact-card')].map((el) => ({
      tag: el.localName,
      items: el.shadowRoot?.querySelectorAll('[part~="item"]').length ?? null,
    }));
  for (const { widget, floor } of pageSets) {
    const load = async (page) => {
      await loadAndWaitForPaint(page, floor.url);
      return page.evaluate(shadowItems);
    };
    const found = await withFreshPage(engine, floor.harness, load, { throttle: 1 });
    const rendered = ({ tag, items }) => items >= (tag === 'service-registry' ? widget.harness.rows : 1);
    if (!found.length || !found.every(rendered)) {
      const what = ({ tag, items }) => `<${tag}> ${items === null ? 'no shadow root' : `${items} items`}`;
      const seen = found.map(what).join(', ') || 'no element';
      throw new Error(`${engine.name} does not render the true floor ${floor.url} (${seen})`);
    }
  }
}
