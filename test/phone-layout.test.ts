import {expect} from '@open-wc/testing';
import type {ServiceRegistryElement} from '../src/index.js';
import {$, $$, html, render, seedCopy} from './helpers.js';

const visible = (node: Element) => node.getClientRects().length > 0;

async function registryAt(width: number, lang: string, data?: unknown): Promise<ServiceRegistryElement> {
  const wrapper = await render<HTMLElement>(
    html`<div style="width: ${width}px"><service-registry lang=${lang} .data=${data}></service-registry></div>`,
  );
  const element = wrapper.querySelector('service-registry')!;
  await element.updateComplete;
  return element;
}

describe('the register on a phone', () => {
  for (const lang of ['kk', 'ru', 'en']) {
    it(`is short at 360 px in ${lang}: name first, the code and form quietly beside, phones once`, async () => {
      const element = await registryAt(360, lang);
      const height = element.getBoundingClientRect().height;
      // Printed for the closing note (it was 6 200 px). Each service's «Link», a 44 px target on a
      // line of its own where the service has no details, costs about 45 px of it.
      console.log(`register at 360 px, ${lang}: ${Math.round(height)} px`);
      expect(height).to.be.below(3500);

      const card = $(element, '.block > .service > .row');
      expect(card.firstElementChild!.getAttribute('role')).to.equal('rowheader');
      const code = card.querySelector('.code')!;
      expect(getComputedStyle(code).fontWeight).to.equal('400');
      expect(code.getBoundingClientRect().top).to.equal(card.querySelector('.forms')!.getBoundingClientRect().top);
      // The register's term is there where there is room; on a phone, plain words.
      expect(visible(card.querySelector('.official-term')!)).to.equal(false);

      // Each official once, above the services, with their phones; the cards name the person only.
      const phones = $$(element, 'a[href^="tel:"]').filter(visible);
      expect(phones.map((phone) => phone.getAttribute('href'))).to.deep.equal([
        'tel:+77214941394',
        'tel:+77789250484',
        'tel:+77782060982',
      ]);
      expect(phones.every((phone) => phone.closest('.calls'))).to.equal(true);
      expect(card.querySelector('.person')!.textContent).to.contain('Абдуова');
      for (const phone of phones) {
        const {width, height: tall} = phone.getBoundingClientRect();
        expect(tall, 'target height').to.be.at.least(44);
        expect(width, 'target width').to.be.at.least(44);
        expect(phone.getAttribute('aria-label')).to.match(/Абдуова|Кузьмина/);
      }
      const base = $(element, '.base');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      await expect(element).to.be.accessible();
    });
  }

  it('shows a portal by its address in a card, with its full name for screen readers', async () => {
    const element = await registryAt(360, 'ru');
    const egov = $(element, '.block a[href^="https://egov.kz"]');
    expect(egov.querySelector('.channel-name')!.getBoundingClientRect().width).to.be.at.most(1);
    expect(egov.querySelector('.host')!.getBoundingClientRect().width).to.be.greaterThan(20);
    expect(egov.textContent).to.contain('Веб-портал «электронного правительства»');
  });

  it('keeps phones in each row of the wide table, where there is room, and lists no officials above', async () => {
    const element = await registryAt(1100, 'ru');
    expect(visible($(element, '.calls'))).to.equal(false);
    const rowPhones = $$(element, '.block a[href^="tel:"]').filter(visible);
    expect(rowPhones.length).to.be.greaterThan(10);
    expect(visible($(element, '.official-term'))).to.equal(true);
    expect($(element, '.block a[href^="https://egov.kz"]').innerText).to.contain('Веб-портал');
  });

  it('underlines a phone as the link it is, each group of its digits too', async () => {
    const element = await registryAt(1100, 'ru');
    const groups = $$(element, '.block a.phone > span');
    expect(groups.length).to.be.greaterThan(10);
    for (const group of groups) expect(getComputedStyle(group).textDecorationLine).to.equal('underline');
  });

  it('runs several officials on in one line, with no space before the comma', async () => {
    const element = await registryAt(360, 'ru');
    const people = $$(element, '.block .people li');
    expect(people.length).to.be.greaterThan(10);
    for (const person of people) {
      const blank = [...person.childNodes].filter(
        (node) => node.nodeType === Node.TEXT_NODE && !node.textContent!.trim(),
      );
      expect(blank, person.textContent!).to.have.length(0);
    }
  });

  it('says a form once where its plain word is the register’s term (kk «Қағаз түрінде»)', async () => {
    const element = await registryAt(1100, 'kk');
    const forms = $$(element, '.block .forms li').map((li) => li.innerText.trim());
    expect(forms).to.include('Қағаз түрінде');
    for (const form of forms) expect(form).to.not.match(/^(.+) \(\1\)$/);
    expect(forms).to.include('Ішінара онлайн (Электронды (ішінара автоматтандырылған))');
  });

  it('lists no officials above when each answers for one service, or when there are many', async () => {
    const data = seedCopy();
    data.services = data.services.slice(0, 1);
    const one = await registryAt(360, 'ru', data);
    expect(one.shadowRoot!.querySelector('.calls')).to.equal(null);
    expect($$(one, '.block a[href^="tel:"]').filter(visible)).to.have.length(2);
  });

  it('counts repeats among the services it lists: one chosen by code keeps its phones in its card', async () => {
    const wrapper = await render<HTMLElement>(
      html`<div style="width: 360px">
        <service-registry lang="ru" codes="403007"></service-registry>
        <service-registry lang="ru" codes="403007 403008"></service-registry>
      </div>`,
    );
    const [one, two] = [...wrapper.querySelectorAll('service-registry')] as ServiceRegistryElement[];
    expect(one!.shadowRoot!.querySelector('.calls')).to.equal(null);
    expect($$(one!, '.block a[href^="tel:"]').filter(visible)).to.have.length(2);
    expect($$(two!, '.calls .person').map((person) => person.textContent)).to.deep.equal(['Абдуова Нургуль Сембаевна']);
    expect($$(two!, '.block a[href^="tel:"]').filter(visible)).to.have.length(0);
  });
});
