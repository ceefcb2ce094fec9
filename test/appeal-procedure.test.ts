import {expect} from '@open-wc/testing';
import {AppealProcedureElement} from '../src/index.js';
import {$, $$, html, render, seedCopy, visibleText} from './helpers.js';

describe('<appeal-procedure>', () => {
  it('is defined and constructible', () => {
    expect(customElements.get('appeal-procedure')).to.equal(AppealProcedureElement);
    expect(document.createElement('appeal-procedure')).to.be.instanceOf(AppealProcedureElement);
  });

  for (const [lang, heading, free] of [
    ['kk', 'Мемлекеттік қызмет көрсетуге қалай шағымдануға болады', '(қоңырау шалу тегін)'],
    ['ru', 'Как обжаловать оказание государственной услуги', '(звонок бесплатный)'],
    ['en', 'How to complain about a state service', '(free call)'],
  ] as const) {
    it(`renders the steps in ${lang} and is accessible`, async () => {
      const element = await render<AppealProcedureElement>(html`<appeal-procedure lang=${lang}></appeal-procedure>`);
      expect($(element, '[part="heading"]').textContent!.trim()).to.equal(heading);
      expect($$(element, 'ol.steps > li')).to.have.length(6);
      const callCentre = $(element, 'ol.steps > li');
      const phones = [...callCentre.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
      expect(phones).to.deep.equal([
        ['tel:1414', '1414'],
        ['tel:+78000807777', '8 (800) 080-77-77'],
      ]);
      // The free number, and only it, is marked free.
      expect(callCentre.querySelectorAll('.free')).to.have.length(1);
      expect(callCentre.querySelector('.free')!.previousElementSibling!.textContent).to.equal('8 (800) 080-77-77');
      expect(callCentre.querySelector('.free')!.textContent).to.equal(free);
      await expect(element).to.be.accessible();
    });
  }

  it('gives the portal as an https link and every phone as a tel: link', async () => {
    const element = await render<AppealProcedureElement>(html`<appeal-procedure lang="ru"></appeal-procedure>`);
    const hrefs = $$(element, 'a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('https://egov.kz/');
    expect(hrefs).to.include.members(['tel:1414', 'tel:+78000807777', 'tel:+77212504066', 'tel:+77214950962']);
    for (const href of hrefs) expect(href).to.match(/^(https:|tel:)/);
  });

  it('lists what a complaint must contain as a checklist', async () => {
    const element = await render<AppealProcedureElement>(html`<appeal-procedure lang="ru"></appeal-procedure>`);
    const items = $$(element, '.checklist li').map((li) => li.textContent!.trim());
    expect(items).to.have.length(7);
    expect(items[0]).to.contain('фамилия, имя, отчество');
    expect(items).to.include('подпись услугополучателя');
    expect(items).to.include('требования');
  });

  it('gives both laws with their dates, in each language', async () => {
    const ru = await render<AppealProcedureElement>(html`<appeal-procedure lang="ru"></appeal-procedure>`);
    const laws = $$(ru, '.laws li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(laws[0]).to.contain('12 января 2007');
    expect(laws[1]).to.contain('15 апреля 2013');
    expect(laws[1]).to.contain('статья 25');
    expect($$(ru, '.laws li > time').map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2007-01-12',
      '2013-04-15',
    ]);
    const kk = await render<AppealProcedureElement>(html`<appeal-procedure lang="kk"></appeal-procedure>`);
    const kkLaws = visibleText(kk);
    expect(kkLaws).to.contain('2007 жылғы 12 қаңтар');
    expect(kkLaws).to.contain('2013 жылғы 15 сәуір');
    expect(kkLaws).to.contain('25-бап');
  });

  it('says so when the organisation published no procedure', async () => {
    const data = seedCopy();
    delete data.appeal;
    const element = await render<AppealProcedureElement>(
      html`<appeal-procedure lang="ru" .data=${data}></appeal-procedure>`,
    );
    expect(visibleText(element)).to.contain('Организация не опубликовала порядок обжалования.');
    await expect(element).to.be.accessible();
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    const wrapper = await render<HTMLDivElement>(
      html`<div style="width: 360px"><appeal-procedure></appeal-procedure></div>`,
    );
    const element = wrapper.querySelector('appeal-procedure')!;
    await (element as AppealProcedureElement).updateComplete;
    const base = $(element, '.base');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
  });

  for (const [lang, title, provider] of [
    ['kk', 'Мемлекеттік қызмет көрсетуге қалай шағымдануға болады', '«Осакаров ауданының білім бөлімі» ММ'],
    ['ru', 'Как обжаловать оказание государственной услуги', 'ГУ «Отдел образования Осакаровского района»'],
    ['en', 'How to complain about a state service', 'State Institution "Osakarovka District Education Department"'],
  ] as const) {
    it(`in a CMS page: no heading of its own with heading-hidden, still a region named by it, in ${lang}, accessibly`, async () => {
      const element = await render<AppealProcedureElement>(
        html`<appeal-procedure lang=${lang} heading-hidden></appeal-procedure>`,
      );
      expect($$(element, '[part="heading"]')).to.have.length(0);
      const base = $(element, '[part="base"]');
      expect(base.localName).to.equal('section');
      expect(base.getAttribute('aria-label')).to.equal(title);
      // Six steps, the legal basis, more information, and the complaint draft's button.
      expect($$(element, '[part="subheading"]'), 'steps keep their headings').to.have.length(9);
      await expect(element).to.be.accessible();
    });

    it(`standing alone: says whose procedure it is with show-organization, in ${lang}, accessibly`, async () => {
      const element = await render<AppealProcedureElement>(
        html`<appeal-procedure lang=${lang} show-organization heading="Шағым · Жалоба"></appeal-procedure>`,
      );
      expect($(element, '[part="heading"]').textContent!.trim()).to.equal('Шағым · Жалоба');
      const organization = $(element, '[part="organization"]');
      expect(organization.previousElementSibling).to.equal($(element, '[part="heading"]'));
      expect(organization.textContent).to.contain(provider);
      await expect(element).to.be.accessible();
    });
  }

  it('gives its phones 44 × 44 px targets in a narrow column', async () => {
    const wrapper = await render<HTMLElement>(
      html`<div style="width: 300px"><appeal-procedure></appeal-procedure></div>`,
    );
    const phones = $$(wrapper.firstElementChild!, 'a.phone');
    expect(phones).to.have.length(5);
    for (const phone of phones) {
      const {width, height} = phone.getBoundingClientRect();
      expect(width, phone.textContent!).to.be.at.least(44);
      expect(height, phone.textContent!).to.be.at.least(44);
    }
  });

  it('shows what a complaint must contain as a plain list, not as boxes that look tickable', async () => {
    const element = await render<AppealProcedureElement>(html`<appeal-procedure lang="ru"></appeal-procedure>`);
    const item = $(element, '.checklist li');
    expect(getComputedStyle(item, '::before').borderTopStyle, 'no box').to.equal('none');
    // A bullet like the other lists', and a list to screen readers (WebKit drops the role of an unmarked one).
    expect(getComputedStyle(item).listStyleType).to.equal('disc');
    expect(getComputedStyle(item).listStyleType).to.equal(getComputedStyle($(element, '.choices li')).listStyleType);
  });
});
