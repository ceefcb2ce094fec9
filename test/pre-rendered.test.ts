import {expect, waitUntil} from '@open-wc/testing';
import {preRender, preRenderedHtml, styleHashes, type PreRendered} from '../src/builder/pre-render.js';
import {snippets} from '../src/builder/handover.js';
import {checkData} from '../src/data/check-file.js';
import type {ServiceRegistryElement} from '../src/index.js';
import {seed, seedCopy} from './helpers.js';

/**
 * The pre-rendered path: the data builder's snippet carries each element already drawn (a
 * declarative shadow root), the page paints it before any script, and the element takes it over
 * without a visible change, keeping what the reader typed.
 */
type Widget = HTMLElement & {updateComplete: Promise<boolean>; hasUpdated: boolean};
const TAGS = ['service-registry', 'contact-card', 'appeal-procedure'] as const;

const drawnFor = new Map<string, PreRendered>();
async function drawn(lang: string): Promise<PreRendered> {
  if (!drawnFor.has(lang)) {
    const host = document.createElement('div');
    document.body.append(host);
    drawnFor.set(lang, (await preRender(host, seed, lang, seed.services.length))!);
    host.remove();
  }
  return drawnFor.get(lang)!;
}

/** The boxes of everything an element shows, relative to the element, in document order. */
function boxes(element: Element): string[] {
  const origin = element.getBoundingClientRect();
  return [...element.shadowRoot!.querySelectorAll('[part], h2, h3, p, li, a, button, input, dt, dd')].map((node) => {
    const box = node.getBoundingClientRect();
    const at = (value: number) => Math.round(value * 2) / 2;
    return `${node.localName}.${node.className} ${at(box.left - origin.left)},${at(box.top - origin.top)} ${at(box.width)}×${at(box.height)}`;
  });
}

/** The snippet's tags as the page's HTML parser sees them; the elements upgrade as they are inserted. */
function paste(markup: string, width = 1000): HTMLElement {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  (container as any).setHTMLUnsafe(markup);
  return container;
}

describe('the pre-rendered path', () => {
  afterEach(() => {
    for (const node of document.body.querySelectorAll(':scope > div')) node.remove();
  });

  for (const lang of ['kk', 'ru', 'en'] as const) {
    for (const width of [1000, 360]) {
      it(`takes over the drawn elements without moving anything, ${lang} at ${width} px`, async () => {
        const html = await drawn(lang);
        const tags = TAGS.map((tag, i) => `<${tag} lang="${lang}">${Object.values(html)[i]}</${tag}>`).join('');
        const container = paste(tags, width);
        const elements = [...container.children] as Widget[];
        // Before the first update (a microtask away): the page's copy, painted as it came.
        const before = elements.map(boxes);
        const text = (element: Element) =>
          element.shadowRoot!.querySelector('.base')!.textContent!.replace(/\s+/g, ' ').trim();
        const textBefore = elements.map(text);
        expect(before[0]!.length).to.be.greaterThan(100);
        expect(elements.every((element) => element.shadowRoot!.querySelector('style'))).to.equal(true);
        for (const element of elements) await element.updateComplete;
        // Ours now: the copy's <style> is gone, nothing is doubled, and every box is where it was.
        expect(elements.some((element) => element.shadowRoot!.querySelector('style'))).to.equal(false);
        expect(elements.map(boxes)).to.deep.equal(before);
        expect(elements.map(text)).to.deep.equal(textBefore);
        await expect(elements[0]).to.be.accessible();
      });
    }
  }

  it('keeps what the reader typed into the drawn search field, and the focus', async () => {
    const html = await drawn('ru');
    const container = paste(`<service-registry lang="ru">${html.registry}</service-registry>`);
    const element = container.firstElementChild as ServiceRegistryElement;
    const drawnField = element.shadowRoot!.querySelector('input')!;
    drawnField.focus();
    drawnField.value = 'справк';
    await element.updateComplete;
    await element.updateComplete;
    const field = element.shadowRoot!.querySelector('input')!;
    expect(field).not.to.equal(drawnField);
    expect(field.value).to.equal('справк');
    expect(element.shadowRoot!.activeElement).to.equal(field);
    await waitUntil(() => element.shadowRoot!.querySelector('.results'), 'the search applied', {timeout: 3000});
  });

  it('keeps the drawn copy while its data file loads: never «Loading…», never empty', async () => {
    const html = await drawn('ru');
    const seen: string[] = [];
    const container = paste(
      `<service-registry lang="ru" src="/data/osakarovka-education.json">${html.registry}</service-registry>`,
    );
    const element = container.firstElementChild as Widget;
    const watch = new MutationObserver(() => seen.push(element.shadowRoot!.textContent!.trim().slice(0, 40)));
    watch.observe(element.shadowRoot!, {childList: true, subtree: true, characterData: true});
    await waitUntil(() => !element.shadowRoot!.querySelector('style'), 'taken over', {timeout: 3000});
    watch.disconnect();
    expect(seen.filter((text) => !text || /Загрузка|Жүктелу|Loading/.test(text))).to.deep.equal([]);
    expect(element.shadowRoot!.querySelectorAll('.block > .service').length).to.equal(seed.services.length);
  });

  it('takes over a long list with every row at once, so the page never shrinks', async () => {
    const data = seedCopy();
    for (let i = 0; i < 130; i++)
      data.services.push({...structuredClone(seed.services[i % 10]), code: undefined, id: `s${i}`});
    const host = document.createElement('div');
    document.body.append(host);
    const html = (await preRender(host, data, 'kk', data.services.length))!;
    const container = paste(
      `<service-registry lang="kk"><script type="application/json">${JSON.stringify(data)}</script>${html.registry}</service-registry>`,
    );
    const element = container.firstElementChild as Widget;
    const height = element.getBoundingClientRect().height;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('.block > .service').length).to.equal(140);
    expect(element.getBoundingClientRect().height).to.be.closeTo(height, 1);
  });

  it('is shown by a page without any script, and its data stays text', async () => {
    const data = seedCopy();
    data.services[0].name.ru = '</template></service-registry><img src=x onerror="window.__pwned=1">';
    const host = document.createElement('div');
    document.body.append(host);
    const html = (await preRender(host, data, 'ru', data.services.length))!;
    const check = checkData(data);
    if (!check.ok) throw new Error('the test data is invalid');
    const snippet = snippets(check.provider, data, 'ru', {script: 'x.js', file: 'x.json'}, html).dataFile;
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    // The snippet without its script tag: what a reader sees before the script, or without one.
    frame.srcdoc = `<!doctype html><body>${snippet.replace(/<script src[^>]*><\/script>/, '')}`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    const page = frame.contentDocument!;
    const registry = page.querySelector('service-registry')!;
    expect(registry.shadowRoot, 'a declarative shadow root').not.to.equal(null);
    expect(registry.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(data.services.length);
    expect(registry.shadowRoot!.querySelector('.name')!.textContent).to.equal(data.services[0].name.ru);
    expect(page.querySelector('img')).to.equal(null);
    expect(registry.shadowRoot!.querySelector('img')).to.equal(null);
    expect((frame.contentWindow as any).__pwned).to.equal(undefined);
    for (const [tag, fact] of [
      ['contact-card', '4-13-94'],
      ['appeal-procedure', '1414'],
    ]) {
      expect(page.querySelector(tag)!.shadowRoot!.querySelector('.base')!.textContent, tag).to.contain(fact);
    }
    frame.remove();
  });

  for (const variant of ['inline', 'ownScript'] as const) {
    it(`is taken over by our script as the builder's «${variant}» snippet puts it on a page`, async () => {
      const html = await drawn('kk');
      const check = checkData(seed);
      if (!check.ok) throw new Error('the seed is invalid');
      const snippet = snippets(check.provider, seed, 'kk', {script: 'x.js', file: 'x.json'}, html)[variant];
      const frame = document.createElement('iframe');
      frame.style.width = '1000px';
      // The snippet as pasted, its script ours as built (the seed is its bundled data too).
      frame.srcdoc = `<!doctype html><body>${snippet.replace(/src="[^"]*\.js"/, 'src="/dist/gov-service-widgets.js"')}`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      document.body.append(frame);
      await loaded;
      const page = frame.contentDocument!;
      for (const tag of TAGS) {
        const element = page.querySelector(tag) as Widget;
        await waitUntil(() => element.hasUpdated && !element.shadowRoot!.querySelector('style'), `${tag} taken over`);
        // The parser attached the drawn shadow root (a template it could not attach would stay a child).
        expect(element.querySelector(':scope > template'), tag).to.equal(null);
        expect(element.shadowRoot!.querySelectorAll('.base').length, tag).to.equal(1);
      }
      expect(page.querySelector('service-registry')!.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(
        seed.services.length,
      );
      frame.remove();
    });
  }

  it('is styled under a strict Content-Security-Policy that allows the hashes the builder gives', async () => {
    const html = await drawn('kk');
    const hashes = await styleHashes(html);
    expect(hashes.length).to.equal(3);
    const display = async (styleSrc: string) => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${styleSrc}"><body><service-registry lang="kk">${html.registry}</service-registry>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      document.body.append(frame);
      await loaded;
      const root = frame.contentDocument!.querySelector('service-registry')!.shadowRoot!;
      const value = frame.contentWindow!.getComputedStyle(root.querySelector('.row')!).display;
      frame.remove();
      return value;
    };
    expect(await display(hashes.join(' '))).to.equal('grid');
    expect(await display("'none'"), 'without the hashes the copy is unstyled').not.to.equal('grid');
  });

  it('leaves Lit’s markers out and keeps the styles', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const element = document.createElement('contact-card') as Widget;
    element.lang = 'kk';
    host.append(element);
    await element.updateComplete;
    const markup = preRenderedHtml(element);
    host.remove();
    expect(markup).to.match(/^<template shadowrootmode="open"><style>[^<]+<\/style>/);
    expect(markup).not.to.contain('<!--');
  });
});
