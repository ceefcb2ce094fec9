import {expect} from '@open-wc/testing';
import type {ContactCardElement, ServiceRegistryElement} from '../src/index.js';
import {localeFromTag, resolveLocale} from '../src/i18n/locale.js';
import {$, capture, html, langChanged, render} from './helpers.js';

const HEADINGS = {kk: 'Жауапты тұлғалар', ru: 'Ответственные лица', en: 'Responsible officials'};

function heading(element: Element): string {
  return $(element, '[part="heading"]').textContent!.trim();
}

describe('the language rule', () => {
  afterEach(() => {
    document.documentElement.lang = 'kk';
  });

  it('reads language tags: kz means kk, region subtags are ignored', () => {
    expect(localeFromTag('kz')).to.equal('kk');
    expect(localeFromTag('KK-kz')).to.equal('kk');
    expect(localeFromTag('ru-RU')).to.equal('ru');
    expect(localeFromTag('en_GB')).to.equal('en');
    expect(localeFromTag('de')).to.equal(undefined);
    expect(localeFromTag('')).to.equal(undefined);
  });

  it("follows the element's own lang first", async () => {
    const wrapper = await render<HTMLElement>(html`<div lang="en"><contact-card lang="ru"></contact-card></div>`);
    expect(heading(wrapper.firstElementChild!)).to.equal(HEADINGS.ru);
  });

  it("else the nearest ancestor's lang", async () => {
    const wrapper = await render<HTMLElement>(
      html`<div lang="en">
        <section lang="ru-RU">
          <p><contact-card></contact-card></p>
        </section>
      </div>`,
    );
    expect(heading(wrapper.querySelector('contact-card')!)).to.equal(HEADINGS.ru);
  });

  it('else the page language, else Kazakh', async () => {
    document.documentElement.lang = 'en';
    const element = await render<ContactCardElement>(html`<contact-card></contact-card>`);
    expect(heading(element)).to.equal(HEADINGS.en);
    document.documentElement.removeAttribute('lang');
    await langChanged(element, 'kk');
    expect(heading(element)).to.equal(HEADINGS.kk);
  });

  it('walks up out of shadow roots, and stops at the top of a detached tree', () => {
    const host = document.createElement('div');
    host.lang = 'ru';
    const inner = host.attachShadow({mode: 'open'}).appendChild(document.createElement('span'));
    expect(resolveLocale(inner).locale).to.equal('ru');
    // The top of this detached tree is a link, whose `host` is the text «example.kz», not an element.
    const link = document.createElement('a');
    link.href = 'https://example.kz/';
    const span = link.appendChild(document.createElement('span'));
    expect(resolveLocale(span).locale).to.equal('kk');
  });

  it('re-renders at once when the attribute, the property, an ancestor or <html lang> changes', async () => {
    const wrapper = await render<HTMLElement>(html`<div><contact-card></contact-card></div>`);
    const element = wrapper.querySelector('contact-card')!;
    expect(heading(element)).to.equal(HEADINGS.kk);
    document.documentElement.lang = 'ru';
    await langChanged(element, 'ru');
    expect(heading(element)).to.equal(HEADINGS.ru);
    wrapper.lang = 'en';
    await langChanged(element, 'en');
    expect(heading(element)).to.equal(HEADINGS.en);
    element.setAttribute('lang', 'kz');
    await langChanged(element, 'kk');
    expect(heading(element)).to.equal(HEADINGS.kk);
    element.lang = 'ru';
    await langChanged(element, 'ru');
    expect(heading(element)).to.equal(HEADINGS.ru);
    element.removeAttribute('lang');
    await langChanged(element, 'en');
    expect(heading(element)).to.equal(HEADINGS.en);
  });

  it('renders two elements side by side, each in its own language', async () => {
    const wrapper = await render<HTMLElement>(
      html`<div>
        <service-registry lang="kk"></service-registry><service-registry lang="ru"></service-registry>
        <contact-card lang="en"></contact-card>
      </div>`,
    );
    const [kk, ru] = wrapper.querySelectorAll('service-registry');
    expect(heading(kk!)).to.equal('Мемлекеттік қызметтер');
    expect(heading(ru!)).to.equal('Государственные услуги');
    expect($(kk!, 'label').textContent!.trim()).to.equal('Іздеу');
    expect($(ru!, 'label').textContent!.trim()).to.equal('Поиск');
    expect($(kk!, '.block .name').textContent).to.contain('Шалғайдағы ауылдық');
    expect($(ru!, '.block .name').textContent).to.contain('Предоставление бесплатного подвоза');
    expect(heading(wrapper.querySelector('contact-card')!)).to.equal(HEADINGS.en);
    // A later render of one must not change the other's language.
    (ru as ServiceRegistryElement).codes = '403007';
    await (ru as ServiceRegistryElement).updateComplete;
    expect(heading(kk!)).to.equal('Мемлекеттік қызметтер');
  });

  it('warns about a language it does not speak and falls back to the next one up', async () => {
    let wrapper!: HTMLElement;
    const warnings = await capture('warn', async () => {
      wrapper = await render<HTMLElement>(html`<div lang="ru"><contact-card lang="de"></contact-card></div>`);
    });
    expect(heading(wrapper.firstElementChild!)).to.equal(HEADINGS.ru);
    expect(warnings.join('\n')).to.contain('lang="de"');
  });

  it('marks data text in another language than the interface with its lang', async () => {
    const element = await render<ServiceRegistryElement>(html`<service-registry lang="en"></service-registry>`);
    // Officials' names have no English: an English reader gets the Russian, marked as Russian.
    const name = $(element, '.block .person span');
    expect(name.getAttribute('lang')).to.equal('ru');
    expect(name.textContent).to.contain('Абдуова Нургуль Сембаевна');
    expect($(element, '.block .name').querySelector('[lang]'), 'the service names are in English').to.equal(null);
    const kk = await render<ServiceRegistryElement>(html`<service-registry lang="kk"></service-registry>`);
    expect($(kk, '.block .name').querySelector('[lang]')).to.equal(null);
  });
});
