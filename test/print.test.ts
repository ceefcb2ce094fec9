import {expect} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import type {ServiceRegistryElement} from '../src/index.js';
import {$, $$, html, render, search, shownRows} from './helpers.js';

describe('printing', () => {
  before(async function () {
    try {
      await emulateMedia({media: 'print'});
    } catch {
      // WebDriver (WebKit) cannot emulate print media; README lists it.
      this.skip();
    }
  });
  after(async () => {
    await emulateMedia({media: 'screen'}).catch(() => undefined);
  });

  it('prints every service whatever the search, without the search field', async () => {
    const element = await render<ServiceRegistryElement>(html`<service-registry lang="ru"></service-registry>`);
    await emulateMedia({media: 'screen'});
    await search(element, '403007');
    // On screen the search's results; on paper the whole list, in its order, and not the results.
    expect(shownRows(element)).to.have.length(1);
    await emulateMedia({media: 'print'});
    const printed = shownRows(element);
    expect(printed).to.have.length(10);
    expect(getComputedStyle($(element, '.search')).display).to.equal('none');
    expect(getComputedStyle($(element, '[part="status"]')).display).to.equal('none');
  });

  it('prints where each web link goes, and phones as their numbers', async () => {
    const element = await render<ServiceRegistryElement>(html`<service-registry lang="kk"></service-registry>`);
    const portal = element.shadowRoot!.querySelector('a[href^="https://egov.kz"]')!;
    expect(getComputedStyle(portal, '::after').content).to.contain('https://egov.kz/');
    const phone = element.shadowRoot!.querySelector('a[href^="tel:"]')!;
    expect(phone.textContent).to.equal('8 (72149) 4-13-94');
    const appeal = await render<HTMLElement>(html`<appeal-procedure lang="ru"></appeal-procedure>`);
    const egov = appeal.shadowRoot!.querySelector('a[href^="https://"]')!;
    expect(getComputedStyle(egov, '::after').content).to.contain('https://egov.kz/');
    for (const step of $$(appeal, '.step')) expect(getComputedStyle(step).breakInside).to.equal('avoid');
  });

  it('keeps each heading with what follows, and each official on one page', async () => {
    for (const tag of ['service-registry', 'appeal-procedure', 'contact-card']) {
      const element = await render<HTMLElement>(html`${document.createElement(tag)}`);
      const headings = $$(element, '[part="heading"], [part="subheading"]');
      expect(headings.length, tag).to.be.above(0);
      for (const heading of headings) expect(getComputedStyle(heading).breakAfter, tag).to.equal('avoid');
    }
    const contacts = await render<HTMLElement>(html`<contact-card></contact-card>`);
    for (const card of $$(contacts, '[part="item"]')) expect(getComputedStyle(card).breakInside).to.equal('avoid');
  });

  it('prints no button, even in a column narrow enough for large touch targets', async () => {
    const wrapper = await render<HTMLElement>(
      html`<div style="width: 300px">
        <service-registry lang="ru" src="/test/fixtures/v2/russian-only-department.json"></service-registry>
      </div>`,
    );
    const buttons = $$(wrapper.querySelector('service-registry')!, 'button');
    expect(buttons.length).to.be.above(0);
    for (const button of buttons) expect(getComputedStyle(button).display).to.equal('none');
  });
});
