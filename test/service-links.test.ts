import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import type {ServiceRegistryElement} from '../src/index.js';
import {validateProvider} from '../src/data/validate.js';
import {$, $$, html, manyServices, render, seedCopy} from './helpers.js';

const page = () => location.href.split('#')[0]!;

/** The seed with a term for every service, so that each has details to open. */
function seedWithDetails(): any {
  const data = seedCopy();
  for (const service of data.services) service.term = {ru: '5 рабочих дней', kk: '5 жұмыс күні', en: '5 working days'};
  return data;
}

function marked(element: ServiceRegistryElement): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>('.marked');
}

/** Replaces a navigator API for one test (Chromium, Firefox and WebKit let a test redefine them). */
function replace(name: 'share' | 'clipboard', value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, name);
  Object.defineProperty(navigator, name, {value, configurable: true});
  return () => (own ? Object.defineProperty(navigator, name, own) : delete (navigator as any)[name]);
}

describe('links to one service', () => {
  afterEach(() => history.replaceState(null, '', page()));

  it('opens, marks and focuses the service a page address names (#service-403008), and says so', async () => {
    history.replaceState(null, '', `${page()}#service-403008`);
    const selected = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('service-selected', (event) => resolve(event as CustomEvent), {once: true}),
    );
    const element = await render<ServiceRegistryElement>(
      html`<service-registry lang="ru" .data=${seedWithDetails()}></service-registry>`,
    );
    const row = marked(element)!;
    expect(row.querySelector('.code')!.textContent!.trim()).to.equal('00403008');
    expect(row.querySelector('.toggle')!.getAttribute('aria-expanded')).to.equal('true');
    expect(row.querySelector<HTMLElement>('.panel')!.hidden).to.equal(false);
    expect(element.shadowRoot!.activeElement).to.equal(row.querySelector('.name'));
    const {detail} = await selected;
    expect(detail.anchor).to.equal('service-403008');
    expect(detail.name).to.contain('питания');
    await expect(element).to.be.accessible();
  });

  it('follows the address when it changes, and moves the mark', async () => {
    const element = await render<ServiceRegistryElement>(html`<service-registry lang="kk"></service-registry>`);
    expect(marked(element)).to.equal(null);
    location.hash = '#service-403001';
    await waitUntil(() => marked(element), 'the service was never marked');
    expect(marked(element)!.textContent).to.contain('кезекке қою');
    location.hash = '#service-803005';
    await waitUntil(() => marked(element)?.textContent!.includes('телнұсқа'), 'the mark never moved');
    expect($$(element, '.marked')).to.have.length(1);
  });

  it('clears a search that hid the service', async () => {
    const element = await render<ServiceRegistryElement>(html`<service-registry lang="ru"></service-registry>`);
    const input = $(element, 'input') as HTMLInputElement;
    input.value = 'питание';
    input.dispatchEvent(new Event('input'));
    await element.updateComplete;
    location.hash = '#service-403007';
    await waitUntil(() => marked(element), 'the service was never marked');
    expect(input.value).to.equal('');
    expect(element.shadowRoot!.querySelector('.results')).to.equal(null);
    expect(marked(element)!.getClientRects().length).to.be.greaterThan(0);
  });

  it('finds a service at the end of 1 000, before its block would have been drawn', async () => {
    history.replaceState(null, '', `${page()}#service-500999`);
    const element = await render<ServiceRegistryElement>(
      html`<service-registry lang="ru" .data=${manyServices(1000)}></service-registry>`,
    );
    await waitUntil(() => marked(element), 'the service was never marked', {timeout: 4000});
    expect(marked(element)!.querySelector('.code')!.textContent!.trim()).to.equal('00500999');
    const {top, bottom} = marked(element)!.getBoundingClientRect();
    expect(top).to.be.at.least(-1);
    expect(top).to.be.below(innerHeight);
    expect(bottom).to.be.greaterThan(0);
  });

  it('gives a service without a code the address of its id', async () => {
    const data = seedCopy();
    delete data.services[2].code;
    data.services[2].id = 'summer-camp';
    history.replaceState(null, '', `${page()}#service-summer-camp`);
    const element = await render<ServiceRegistryElement>(
      html`<service-registry lang="ru" .data=${data}></service-registry>`,
    );
    expect(marked(element)!.textContent).to.contain('лагерях');
    expect(marked(element)!.querySelector<HTMLElement>('.share')!.dataset['anchor']).to.equal('service-summer-camp');
  });

  it('refuses two services with one id', () => {
    const data = seedCopy();
    data.services[0].id = 'same';
    data.services[1].id = 'same';
    const result = validateProvider(data);
    expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message.kind}`)).to.deep.equal([
      'services[1]: repeats',
    ]);
  });

  it('copies the link with «Link» where there is no share sheet, and says so', async () => {
    let copied = '';
    const restore = [
      replace('share', undefined),
      replace('clipboard', {writeText: async (text: string) => void (copied = text)}),
    ];
    try {
      const element = await render<ServiceRegistryElement>(html`<service-registry lang="ru"></service-registry>`);
      const share = $$(element, '.block .share')[1]!;
      expect(share.textContent!.trim()).to.equal('Ссылка');
      share.click();
      await waitUntil(() => copied, 'nothing was copied');
      expect(copied).to.equal(`${page()}#service-403008`);
      await waitUntil(() => $(element, '.notice').textContent === 'Ссылка скопирована', 'it never said so');
      expect($(element, '.notice').getAttribute('role')).to.equal('status');
      await expect(element).to.be.accessible();
    } finally {
      restore.forEach((undo) => undo());
    }
  });

  it('opens the phone’s share sheet where there is one', async () => {
    const shared: unknown[] = [];
    const restore = replace('share', async (data: unknown) => void shared.push(data));
    try {
      const element = await render<ServiceRegistryElement>(html`<service-registry lang="kk"></service-registry>`);
      $$(element, '.block .share')[0]!.click();
      await waitUntil(() => shared.length, 'the share sheet never opened');
      expect(shared).to.deep.equal([{url: `${page()}#service-403007`}]);
      expect($(element, '.notice').textContent).to.equal('');
    } finally {
      restore();
    }
  });

  it('shows the link to copy by hand when the browser refuses to copy', async () => {
    const restore = [
      replace('share', undefined),
      replace('clipboard', {writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))}),
    ];
    try {
      const element = await render<ServiceRegistryElement>(html`<service-registry lang="en"></service-registry>`);
      $$(element, '.block .share')[0]!.click();
      await waitUntil(() => $(element, '.notice').textContent, 'it never said anything');
      expect($(element, '.notice').textContent).to.equal(`Copy this link: ${page()}#service-403007`);
    } finally {
      restore.forEach((undo) => undo());
    }
  });

  it('fires service-selected when a reader opens a service, not when they close it', async () => {
    const element = await render<ServiceRegistryElement>(
      html`<service-registry lang="en" .data=${seedWithDetails()}></service-registry>`,
    );
    const toggle = $$(element, '.block .toggle')[4]!;
    setTimeout(() => toggle.click());
    const {detail} = await oneEvent(element, 'service-selected');
    expect(detail).to.deep.equal({anchor: 'service-403001', name: $$(element, '.block .name')[4]!.textContent!.trim()});
    let fired = false;
    element.addEventListener('service-selected', () => (fired = true));
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(fired).to.equal(false);
  });

  for (const lang of ['kk', 'ru', 'en']) {
    it(`is accessible in ${lang} with a linked service marked and open`, async () => {
      history.replaceState(null, '', `${page()}#service-403002`);
      const element = await render<ServiceRegistryElement>(
        html`<service-registry lang=${lang} .data=${seedWithDetails()}></service-registry>`,
      );
      expect(marked(element)).to.not.equal(null);
      await expect(element).to.be.accessible();
    });
  }
});
