import {expect} from '@open-wc/testing';
import {$, $$, html, render} from './helpers.js';

/** At home in a CMS (issue 10): the page's own title may replace or hide ours. */
const TAGS = ['service-registry', 'appeal-procedure', 'contact-card'] as const;

function widget(tag: (typeof TAGS)[number], attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

describe('in a CMS page', () => {
  for (const tag of TAGS) {
    it(`<${tag}> takes the page's words for its heading, or hides it and stays a named region`, async () => {
      const retitled = await render<HTMLElement>(html`${widget(tag, {heading: 'Біздің мектеп'})}`);
      expect($(retitled, '[part="heading"]').textContent!.trim()).to.equal('Біздің мектеп');
      expect($(retitled, '[part="base"]').hasAttribute('aria-label'), 'a visible heading names it').to.equal(false);

      const shown = await render<HTMLElement>(html`${widget(tag)}`);
      const title = $(shown, '[part="heading"]').textContent!.trim();
      const subheadings = $$(shown, '[part="subheading"]').length;
      const hidden = await render<HTMLElement>(html`${widget(tag, {'heading-hidden': ''})}`);
      expect($$(hidden, '[part="heading"]')).to.have.length(0);
      expect($(hidden, '[part="base"]').getAttribute('aria-label')).to.equal(title);
      expect($$(hidden, '[part="subheading"]'), 'sub-headings stay').to.have.length(subheadings);

      const both = await render<HTMLElement>(html`${widget(tag, {heading: 'Біздің мектеп', 'heading-hidden': ''})}`);
      expect($(both, '[part="base"]').getAttribute('aria-label')).to.equal('Біздің мектеп');
      // The properties, as a CMS plugin would set them.
      Object.assign(both, {headingHidden: false, headingText: 'Мектеп'});
      await (both as unknown as {updateComplete: Promise<boolean>}).updateComplete;
      expect($(both, '[part="heading"]').textContent!.trim()).to.equal('Мектеп');
      expect($(both, '[part="base"]').hasAttribute('aria-label')).to.equal(false);
    });
  }
});
