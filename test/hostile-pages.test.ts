import {aTimeout, expect} from '@open-wc/testing';
import {$, html, langChanged, render, settled, visibleText} from './helpers.js';
import {renderedText} from './rendered-text.js';

const SCRIPT = '/dist/gov-service-widgets.js';

interface Page {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis & {errors: string[]};
  document: Document;
}

/** A page of its own (realm, registry, CSP) that records every error and console.error. */
async function page(head: string, body: string, csp = ''): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  const policy = csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : '';
  frame.srcdoc = `<!doctype html><html lang="ru"><head>${policy}<script src="/test/fixtures/record-errors.js"></script>${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  // Reports of CSP violations come as tasks of their own, after the load: give them time to come,
  // since tests check that none did.
  await aTimeout(50);
  return {frame, window: frame.contentWindow as Page['window'], document: frame.contentDocument!};
}

// The page's own origin rather than 'self': Firefox matches 'self' in a srcdoc iframe's <meta>
// policy to no origin (w3c/webappsec-csp#405).
const STRICT = `default-src 'none'; script-src ${location.origin}; style-src 'none'; require-trusted-types-for 'script'`;

describe('hostile pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('upgrades elements written before the script, after it, by createElement and by innerHTML', async () => {
    const p = await page(
      '',
      `<contact-card id="before"></contact-card><script src="${SCRIPT}"></script><contact-card id="after"></contact-card><script src="/test/fixtures/create-later.js"></script>`,
    );
    for (const id of ['before', 'after', 'created', 'inner']) {
      expect(await renderedText(p.document.getElementById(id)), id).to.contain('Ответственные лица');
    }
    expect(p.window.errors).to.deep.equal([]);
  });

  it('survives being moved, removed and re-added, following its new place', async () => {
    const wrapper = await render<HTMLElement>(
      html`<div>
        <div lang="ru" id="ru"><contact-card></contact-card></div>
        <div lang="en" id="en"></div>
      </div>`,
    );
    const card = wrapper.querySelector('contact-card')!;
    expect($(card, '[part="heading"]').textContent).to.equal('Ответственные лица');
    wrapper.querySelector('#en')!.append(card);
    await settled(card);
    expect($(card, '[part="heading"]').textContent).to.equal('Responsible officials');
    card.remove();
    wrapper.querySelector('#ru')!.append(card);
    await settled(card);
    expect($(card, '[part="heading"]').textContent).to.equal('Ответственные лица');
    // Still listening after re-adding: a language change reaches it.
    (wrapper.querySelector('#ru') as HTMLElement).lang = 'kk';
    await langChanged(card, 'kk');
    expect($(card, '[part="heading"]').textContent).to.equal('Жауапты тұлғалар');
    expect(visibleText(card)).to.contain('8 (778) 206-09-82');
  });

  it('works inside an iframe under a strict CSP with Trusted Types', async () => {
    const p = await page(
      `<script src="${SCRIPT}"></script>`,
      '<appeal-procedure></appeal-procedure>',
      `${STRICT}; trusted-types lit-html`,
    );
    expect(await renderedText(p.document.querySelector('appeal-procedure'))).to.contain('1414');
    expect(p.window.errors).to.deep.equal([]);
  });

  it("shares the page with another Lit version when the page's CSP allows duplicate policy names", async () => {
    const p = await page(
      `<script type="module" src="/test/fixtures/other-lit.js"></script><script src="${SCRIPT}"></script>`,
      '<other-lit></other-lit><service-registry></service-registry>',
      `${STRICT}; trusted-types lit-html 'allow-duplicates'`,
    );
    expect(await renderedText(p.document.querySelector('other-lit'))).to.contain('other Lit works');
    expect(await renderedText(p.document.querySelector('service-registry'))).to.contain('Государственные услуги');
    expect(p.window.errors).to.deep.equal([]);
  });

  it('says precisely what the page must allow when another Lit holds the lit-html policy, and breaks nothing', async () => {
    const p = await page(
      `<script type="module" src="/test/fixtures/other-lit.js"></script>`,
      `<other-lit></other-lit><service-registry><a href="https://egov.kz">egov.kz</a></service-registry><script type="module" src="${SCRIPT}"></script>`,
      `${STRICT}; trusted-types lit-html`,
    );
    expect(await renderedText(p.document.querySelector('other-lit'))).to.contain('other Lit works');
    const errors = p.window.errors.filter((e) => !e.startsWith('CSP'));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain("add 'allow-duplicates' to the page's trusted-types directive");
    // The webmaster's fallback inside the tag still shows.
    expect((p.document.querySelector('service-registry a') as HTMLElement).offsetHeight).to.be.greaterThan(0);
  });

  it("keeps a theme's aggressive CSS out, in all three elements", async () => {
    const theme = `<style>
      html { font-size: 62.5% !important; }
      body { line-height: 1 !important; letter-spacing: 0.3em; text-transform: uppercase; text-align: center; word-spacing: 2em; }
      table, a, input, ul, li, p, div, span, button, section, ol, th, td, tr, label { display: none !important; }
      *, *::before, *::after { box-sizing: content-box !important; font-size: 8px !important; }
    </style>`;
    const p = await page(
      `${theme}<script src="${SCRIPT}"></script>`,
      '<service-registry></service-registry><appeal-procedure></appeal-procedure><contact-card></contact-card>',
    );
    for (const tag of ['service-registry', 'appeal-procedure', 'contact-card']) {
      const element = p.document.querySelector(tag)!;
      await renderedText(element);
      // The first link on screen (the officials listed above the services show on a phone only).
      const link = [...element.shadowRoot!.querySelectorAll('a')].find((a) => a.getClientRects().length > 0)!;
      const style = p.window.getComputedStyle(link);
      expect(link.getBoundingClientRect().height, tag).to.be.greaterThan(0);
      expect(parseFloat(style.fontSize), tag).to.be.at.least(16);
      expect(style.textTransform, tag).to.equal('none');
      expect(style.letterSpacing, tag).to.equal('normal');
      expect(p.window.getComputedStyle(element.shadowRoot!.querySelector('.base')!).textAlign, tag).to.match(
        /start|left/,
      );
    }
  });
});

describe('no leaks', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('adds no globals beyond the ones the README documents', async () => {
    const before = await page('', '');
    const clean = new Set(Object.getOwnPropertyNames(before.window));
    const after = await page(`<script src="${SCRIPT}"></script>`, '<service-registry></service-registry>');
    await renderedText(after.document.querySelector('service-registry'));
    const added = Object.getOwnPropertyNames(after.window).filter((name) => !clean.has(name));
    // Lit records its version in these, shared by every copy of Lit on a page.
    expect(added.sort()).to.deep.equal([
      'litElementVersions',
      'litHtmlVersions',
      'litPropertyMetadata',
      'reactiveElementVersions',
    ]);
  });

  it('leaves no listener or observer behind after 1 000 connects and disconnects', async () => {
    const targets = new Set<EventTarget>([window, document, document.documentElement, document.body]);
    let listeners = 0;
    let observers = 0;
    const original = {
      add: EventTarget.prototype.addEventListener,
      remove: EventTarget.prototype.removeEventListener,
      observe: MutationObserver.prototype.observe,
      disconnect: MutationObserver.prototype.disconnect,
    };
    const active = new WeakSet<MutationObserver>();
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: any[]) {
      if (targets.has(this)) listeners++;
      return (original.add as any).apply(this, args);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: any[]) {
      if (targets.has(this)) listeners--;
      return (original.remove as any).apply(this, args);
    };
    MutationObserver.prototype.observe = function (this: MutationObserver, ...args: any[]) {
      if (!active.has(this)) observers++;
      active.add(this);
      return (original.observe as any).apply(this, args);
    };
    MutationObserver.prototype.disconnect = function (this: MutationObserver) {
      if (active.has(this)) observers--;
      active.delete(this);
      return original.disconnect.apply(this);
    };
    try {
      const host = document.createElement('div');
      document.body.append(host);
      const elements = ['service-registry', 'appeal-procedure', 'contact-card'].map((tag) =>
        document.createElement(tag),
      );
      for (let i = 0; i < 1000; i++) {
        const element = elements[i % 3]!;
        host.append(element);
        await (element as any).updateComplete;
        element.remove();
      }
      host.remove();
      expect(listeners, 'listeners on window/document left').to.equal(0);
      expect(observers, 'observers left').to.equal(0);
    } finally {
      Object.assign(EventTarget.prototype, {addEventListener: original.add, removeEventListener: original.remove});
      Object.assign(MutationObserver.prototype, {observe: original.observe, disconnect: original.disconnect});
    }
  });

  it('says nothing in the console in normal use', async () => {
    const p = await page(
      `<script src="${SCRIPT}"></script>`,
      '<service-registry lang="kk"></service-registry><appeal-procedure lang="ru"></appeal-procedure><contact-card lang="en"></contact-card>',
    );
    await renderedText(p.document.querySelector('contact-card'));
    expect((p.window as any).consoleCalls).to.deep.equal([]);
  });
});

describe('before and without JavaScript', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));
  const fallback =
    '<service-registry><a id="fallback" href="https://egov.kz">Services on egov.kz</a></service-registry>';

  it("shows the webmaster's fallback inside the tag when the script fails", async () => {
    const p = await page('<script src="/dist/missing.js"></script>', fallback);
    expect((p.document.getElementById('fallback') as HTMLElement).offsetHeight).to.be.greaterThan(0);
  });

  it('replaces the fallback once the element renders', async () => {
    const p = await page(`<script src="${SCRIPT}"></script>`, fallback);
    await renderedText(p.document.querySelector('service-registry'));
    expect((p.document.getElementById('fallback') as HTMLElement).offsetHeight).to.equal(0);
  });

  it('does not shift the layout of the demo page when the elements upgrade (CLS 0)', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1280px; height: 900px';
    frame.src = '/demo/index.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
    document.body.append(frame);
    await loaded;
    // Layout shifts are counted over the frames painted while the elements upgrade and render.
    await aTimeout(300);
    const window = frame.contentWindow as Window & typeof globalThis;
    let shifts = 0;
    const count = (entries: any[]) => entries.forEach((entry) => (shifts += entry.hadRecentInput ? 0 : entry.value));
    const observer = new window.PerformanceObserver((list) => count(list.getEntries()));
    observer.observe({type: 'layout-shift', buffered: true});
    await aTimeout(100); // the buffered shifts are delivered in a task of their own
    count(observer.takeRecords());
    observer.disconnect();
    expect(shifts).to.equal(0);
  });
});
