import {aTimeout, expect, waitUntil} from '@open-wc/testing';
import {ServiceRegistryElement} from '../src/index.js';
import {$, $$, capture, html, manyServices, render, search, shownCodes, visibleText, SEED_CODES} from './helpers.js';

const ALL_CODES = SEED_CODES;

/** Waits for the count that is read out once the reader pauses typing. */
async function said(status: HTMLElement, text: string, how: 'equal' | 'contain' = 'equal'): Promise<void> {
  await waitUntil(
    () => (how === 'equal' ? status.textContent === text : status.textContent!.includes(text)),
    `status never said «${text}»`,
  );
}

describe('<service-registry>', () => {
  it('is defined and constructible, with its defaults', async () => {
    expect(customElements.get('service-registry')).to.equal(ServiceRegistryElement);
    const element = document.createElement('service-registry');
    expect(element).to.be.instanceOf(ServiceRegistryElement);
    expect(element.codes).to.equal('');
    expect(element.src).to.equal(undefined);
    expect(element.headingLevel).to.equal(2);
  });

  it('reflects attributes to properties', async () => {
    const element = await render<ServiceRegistryElement>(
      html`<service-registry codes="403007" heading-level="3" lang="ru"></service-registry>`,
    );
    expect(element.codes).to.equal('403007');
    expect(element.headingLevel).to.equal(3);
    expect($(element, '[part="heading"]').localName, 'a native heading at the level asked for').to.equal('h3');
  });

  it('shows every service of the seed with code, name, channels, form and officials', async () => {
    const element = await render<ServiceRegistryElement>(html`<service-registry lang="ru"></service-registry>`);
    expect(shownCodes(element)).to.deep.equal(ALL_CODES);
    const row = $$(element, '.block > .service')[0]!;
    expect(row.querySelector('[role="rowheader"]')!.textContent).to.contain('Предоставление бесплатного подвоза');
    const links = [...row.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://e.bilimal.kz/', 'https://egov.kz/', 'tel:+77214941394', 'tel:+77789250484']);
    expect(row.textContent).to.contain('Электронная (частично автоматизированная)');
    expect(row.textContent).to.contain('Бумажная');
    expect(row.textContent).to.contain('Абдуова Нургуль Сембаевна');
    expect(row.textContent).to.contain('8 (72149) 4-13-94');
  });

  for (const [lang, label, heading] of [
    ['kk', 'Іздеу', 'Мемлекеттік қызметтер'],
    ['ru', 'Поиск', 'Государственные услуги'],
    ['en', 'Search', 'State services'],
  ] as const) {
    it(`renders in ${lang}, with a search field named exactly «${label}», and is accessible`, async () => {
      const element = await render<ServiceRegistryElement>(html`<service-registry lang=${lang}></service-registry>`);
      expect($(element, 'h2[part="heading"]').textContent!.trim()).to.equal(heading);
      const input = $(element, 'input') as HTMLInputElement;
      expect(input.type).to.equal('search');
      expect(input.labels).to.have.length(1);
      expect(input.labels![0]!.textContent!.trim()).to.equal(label);
      expect(input.hasAttribute('aria-label') || input.hasAttribute('aria-labelledby')).to.equal(false);
      expect($(element, '.base').getAttribute('lang')).to.equal(lang);
      await expect(element).to.be.accessible();
    });
  }

  it('filters as you type by code, name or official, however Kazakh is typed', async () => {
    const element = await render<ServiceRegistryElement>(html`<service-registry lang="kk"></service-registry>`);
    await search(element, 'шалгайдагы'); // Kazakh typed on a Russian keyboard
    expect(shownCodes(element)).to.deep.equal(['00403007']);
    await search(element, 'ШАЛҒАЙДАҒЫ');
    expect(shownCodes(element)).to.deep.equal(['00403007']);
    await search(element, '00403008'); // a code as some documents print it
    expect(shownCodes(element)).to.deep.equal(['00403008']);
    await search(element, '8030');
    expect(shownCodes(element)).to.deep.equal(['00803014', '00803005']);
    await search(element, 'кузьмина');
    expect(shownCodes(element)).to.deep.equal(['00803014', '00403002', '00403003', '00403004', '00403015', '00803005']);
    await search(element, 'подвоз'); // the Russian name, from a Kazakh interface
    expect(shownCodes(element)).to.deep.equal(['00403007']);
    await search(element, 'мектепке дейінгі кезек');
    expect(shownCodes(element)).to.deep.equal(['00403001']);
    await search(element, '');
    expect(shownCodes(element)).to.deep.equal(ALL_CODES);
  });

  it('announces the number of results politely, with Russian plurals', async () => {
    const element = await render<ServiceRegistryElement>(html`<service-registry lang="ru"></service-registry>`);
    const status = $(element, '[part="status"]');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('10 услуг');
    await search(element, 'кузьмина');
    await said(status, 'Найдено: 6 услуг', 'equal');
    expect(status.textContent).to.equal('Найдено: 6 услуг');
    await search(element, 'Абдуова');
    await said(status, 'Найдено: 5 услуг', 'equal');
    expect(status.textContent).to.equal('Найдено: 5 услуг');
    await search(element, 'дубликат');
    await said(status, 'Найдено: 1 услуга', 'equal');
    expect(status.textContent).to.equal('Найдено: 1 услуга');
    await search(element, 'дошкольн');
    await said(status, 'Найдено: 2 услуги', 'equal');
    expect(status.textContent).to.equal('Найдено: 2 услуги');
    await search(element, 'нет такой услуги');
    await said(status, 'Ничего не найдено', 'contain');
    expect(status.textContent).to.contain('Ничего не найдено');
    expect(shownCodes(element)).to.deep.equal([]);
  });

  it('fires data-loaded, with the organisation, once its data is on screen', async () => {
    const element = document.createElement('service-registry');
    element.lang = 'ru';
    const onScreen = new Promise<[string, string]>((resolve) =>
      element.addEventListener('data-loaded', (event) => resolve([event.detail.providerId, visibleText(element)]), {
        once: true,
      }),
    );
    document.body.append(element);
    try {
      const [providerId, text] = await onScreen;
      expect(providerId).to.equal('osakarovka-education');
      expect(text).to.contain('Предоставление бесплатного подвоза');
    } finally {
      element.remove();
    }
  });

  it('names whose phone each phone link is, beginning with the number it shows', async () => {
    const element = await render<ServiceRegistryElement>(html`<service-registry lang="ru"></service-registry>`);
    const links = $$(element, 'a[href^="tel:"]');
    expect(links.length).to.be.above(9);
    for (const link of links) {
      const name = link.getAttribute('aria-label')!;
      expect(name.startsWith(link.textContent!.trim()), 'the visible number comes first (label in name)').to.equal(
        true,
      );
    }
    const labels = new Set(links.map((link) => link.getAttribute('aria-label')));
    expect(labels).to.include('8 (72149) 4-13-94, Абдуова Нургуль Сембаевна');
    expect(labels).to.include('8 (778) 206-09-82, Кузьмина Анна Сергеевна');
  });

  it('reads the count out once the reader pauses, not at every keystroke', async () => {
    const element = await render<ServiceRegistryElement>(html`<service-registry lang="ru"></service-registry>`);
    const status = $(element, '[part="status"]');
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(status.textContent!));
    observer.observe(status, {childList: true, characterData: true, subtree: true});
    for (const typed of ['к', 'ку', 'куз', 'кузь']) {
      await search(element, typed);
      await aTimeout(100);
    }
    expect(said, 'nothing said while typing').to.deep.equal([]);
    await waitUntil(() => said.length > 0, 'the count is said after the pause');
    await aTimeout(800);
    observer.disconnect();
    expect([...new Set(said)]).to.deep.equal(['Найдено: 6 услуг']);
  });

  it('shows a subset with codes, leading zeros allowed', async () => {
    const element = await render<ServiceRegistryElement>(
      html`<service-registry codes="403007, 00403008"></service-registry>`,
    );
    expect(shownCodes(element)).to.deep.equal(['00403007', '00403008']);
  });

  it('warns about an unknown code and falls back to every service, never a blank box', async () => {
    let element!: ServiceRegistryElement;
    const warnings = await capture('warn', async () => {
      element = await render<ServiceRegistryElement>(html`<service-registry codes="999999"></service-registry>`);
    });
    expect(warnings.join('\n')).to.contain('"999999"');
    expect(shownCodes(element)).to.deep.equal(ALL_CODES);
  });

  it('becomes cards in a narrow container, without sideways scrolling at 360 px', async () => {
    const element = await render<ServiceRegistryElement>(
      html`<div style="width: 360px"><service-registry lang="ru"></service-registry></div>`,
    ).then((wrapper) => wrapper.querySelector('service-registry') as ServiceRegistryElement);
    await element.updateComplete;
    const row = $$(element, '.block > .service > .row:first-child')[3]!;
    expect(getComputedStyle(row).display).to.equal('block');
    expect(getComputedStyle($(element, '.head')).position).to.equal('absolute');
    const base = $(element, '.base');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(element.getBoundingClientRect().width).to.be.at.most(360);
    for (const cell of row.querySelectorAll('[data-label]')) {
      const before = getComputedStyle(cell, '::before');
      // Chromium and WebKit report the label itself; Firefox the unresolved attr().
      expect(before.content).to.satisfy(
        (c: string) => c.includes(cell.getAttribute('data-label')!) || c.startsWith('attr(data-label)'),
      );
      expect(before.display).to.not.equal('none');
    }
    expect([...row.querySelectorAll('[data-label]')].map((cell) => cell.getAttribute('data-label'))).to.deep.equal([
      'Куда подать:',
      'Звонить:',
    ]);
    await expect(element).to.be.accessible();
  });

  it('is a table where there is room, with table semantics for screen readers', async () => {
    const element = await render<ServiceRegistryElement>(
      html`<div style="width: 1100px"><service-registry></service-registry></div>`,
    ).then((wrapper) => wrapper.querySelector('service-registry') as ServiceRegistryElement);
    await element.updateComplete;
    // A service's second row (its «Link» and details) is one cell across the table.
    const rows = $$(element, '[role="row"]:not(.details-row)');
    const columns = rows.map((row) => getComputedStyle(row).gridTemplateColumns);
    expect(columns[0]!.split(' ')).to.have.length(5);
    expect(new Set(columns).size, 'every row has the same columns').to.equal(1);
    expect(getComputedStyle($(element, '[data-label]'), '::before').content).to.equal('none');
    expect($(element, '[role="table"]').getAttribute('aria-label')).to.equal('Мемлекеттік қызметтер');
    expect($$(element, '[role="columnheader"]')).to.have.length(5);
    expect($$(element, '.block [role="rowheader"]')).to.have.length(10);
  });

  it('resists a theme that hides tables, links and inputs and shrinks the root font', async () => {
    const style = document.createElement('style');
    style.textContent =
      'table, a, input, th, td, tr { display: none !important; } html { font-size: 62.5% !important; } * { line-height: 1 !important; letter-spacing: 1em !important; }';
    document.head.append(style);
    try {
      const element = await render<ServiceRegistryElement>(html`<service-registry></service-registry>`);
      expect($(element, 'input').offsetHeight).to.be.greaterThan(0);
      expect($(element, '.table').offsetHeight).to.be.greaterThan(0);
      expect($(element, '.rows a').offsetHeight).to.be.greaterThan(0);
      expect(parseFloat(getComputedStyle($(element, '.block .cell')).fontSize)).to.be.at.least(16);
    } finally {
      style.remove();
    }
  });

  it('leaks no styles into the page', async () => {
    const outside = document.createElement('table');
    outside.innerHTML = '<tr><td>page</td></tr>';
    document.body.append(outside);
    const before = getComputedStyle(outside.querySelector('td')!).padding;
    await render<ServiceRegistryElement>(html`<service-registry></service-registry>`);
    expect(getComputedStyle(outside.querySelector('td')!).padding).to.equal(before);
    outside.remove();
  });

  it('renders data text as text, never as HTML', async () => {
    const element = await render<ServiceRegistryElement>(html`<service-registry></service-registry>`);
    expect(visibleText(element)).to.not.contain('<');
    expect(element.shadowRoot!.querySelectorAll('script, iframe, img')).to.have.length(0);
    // The seed has no markup in it: data that does shows its characters, and makes no element.
    const markup = '<b>bold</b><img src="x"><iframe></iframe>';
    const data = manyServices(1);
    data.services[0].name = {kk: markup, ru: markup};
    const hostile = await render<ServiceRegistryElement>(
      html`<service-registry lang="ru" .data=${data}></service-registry>`,
    );
    expect($(hostile, '.block .name').textContent!.trim()).to.equal(markup);
    expect(hostile.shadowRoot!.querySelectorAll('b, script, iframe, img')).to.have.length(0);
  });

  it('builds a long list a chunk at a time, while search and counts cover every service', async () => {
    const element = await render<ServiceRegistryElement>(
      html`<service-registry lang="ru" .data=${manyServices(1000)}></service-registry>`,
    );
    const first = $$(element, '.block > .service').length;
    expect(first).to.be.below(1000);
    expect($(element, '[part="status"]').textContent).to.equal('1000 услуг');
    await search(element, 'номер 999:');
    await said($(element, '[part="status"]'), 'Найдено: 1 услуга', 'equal');
    expect($(element, '[part="status"]').textContent).to.equal('Найдено: 1 услуга');
    const rows = () => $$(element, '.block > .service').length;
    await waitUntil(() => rows() >= 1000, 'the list was never finished', {timeout: 4000});
    expect($$(element, '.block > .service')).to.have.length(1000);
    expect(shownCodes(element)).to.deep.equal(['00500999']);
  });

  it('builds every row at once before printing', async () => {
    const element = await render<ServiceRegistryElement>(
      html`<service-registry .data=${manyServices(3000)}></service-registry>`,
    );
    expect($$(element, '.block > .service').length).to.be.below(3000);
    window.dispatchEvent(new Event('beforeprint'));
    expect($$(element, '.block > .service')).to.have.length(3000);
  });

  it('finishes building a long list after being removed and re-added mid-way', async () => {
    const element = await render<ServiceRegistryElement>(
      html`<service-registry .data=${manyServices(2000)}></service-registry>`,
    );
    const parent = element.parentElement!;
    expect($$(element, '.block > .service').length, 'removed mid-way').to.be.below(2000);
    element.remove();
    await aTimeout(50); // out of the page for a while, as when a site moves it
    parent.append(element);
    const rows = () => $$(element, '.block > .service').length;
    await waitUntil(() => rows() >= 2000, 'the list was never finished', {timeout: 6000});
    expect($$(element, '.block > .service')).to.have.length(2000);
  });
});
