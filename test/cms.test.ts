import {expect, nextFrame} from '@open-wc/testing';
import {$, $$, html, render, settled} from './helpers.js';

/**
 * At home in a CMS (issue 10): the page's own title may replace or hide ours, and our accent must
 * stay readable on the background the page gives us (WCAG 2.2 1.4.3: 4.5:1).
 */
const TAGS = ['service-registry', 'appeal-procedure', 'contact-card'] as const;

function widget(tag: (typeof TAGS)[number], attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** WCAG 2.2 relative luminance of a computed `rgb(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((value) => {
      const c = Number(value) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

async function inside(background: string, tag: (typeof TAGS)[number], style = ''): Promise<HTMLElement> {
  const wrapper = await render<HTMLElement>(
    html`<div style="background: ${background}; color: #eee; ${style}" lang="ru">${widget(tag)}</div>`,
  );
  // The accent is worked out just before the next frame, with the page's style.
  await nextFrame();
  return wrapper.firstElementChild as HTMLElement;
}

const firstLink = (element: HTMLElement) => getComputedStyle($(element, 'a.phone')).color;

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

    it(`<${tag}> keeps its accent readable on a dark sidebar, and ours on white`, async () => {
      const dark = await inside('#1e1e1e', tag);
      expect(contrast(firstLink(dark), 'rgb(30, 30, 30)')).to.be.at.least(4.5);
      const white = await inside('#fff', tag);
      expect(firstLink(white)).to.equal('rgb(11, 90, 156)');
      expect(white.hasAttribute('style'), "where ours is readable, the page's markup is left alone").to.equal(false);
    });
  }

  it('finds the background behind transparent ancestors and through shadow roots; white if none', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({mode: 'open'});
    root.innerHTML = '<div style="background: rgb(20, 40, 60)"><p><contact-card lang="ru"></contact-card></p></div>';
    const element = root.querySelector('contact-card')!;
    await settled(element);
    await nextFrame();
    expect(contrast(firstLink(element), 'rgb(20, 40, 60)')).to.be.at.least(4.5);
    // Moved onto a page with no background at all: ours again.
    document.body.append(element);
    await settled(element);
    await nextFrame();
    expect(firstLink(element)).to.equal('rgb(11, 90, 156)');
    element.remove();
    host.remove();
  });

  it('on a mid-grey background, where neither blue passes, still reaches 4.5:1', async () => {
    for (const background of ['rgb(119, 119, 119)', 'rgb(90, 90, 90)', 'rgba(0, 0, 0, 0.6)']) {
      const element = await inside(background, 'contact-card');
      // A see-through background lies over the page's white.
      const behind = background.startsWith('rgba') ? 'rgb(102, 102, 102)' : background;
      expect(contrast(firstLink(element), behind), background).to.be.at.least(4.5);
    }
  });

  it("never overrides the page's own --gsw-accent", async () => {
    const element = await inside('#1e1e1e', 'contact-card', '--gsw-accent: #ffd166');
    expect(firstLink(element)).to.equal('rgb(255, 209, 102)');
  });

  it('draws step numbers in the accent on the background, readable on dark and white alike', async () => {
    for (const [background, behind] of [
      ['#1e1e1e', 'rgb(30, 30, 30)'],
      ['#fff', 'rgb(255, 255, 255)'],
    ]) {
      const element = await inside(background, 'appeal-procedure');
      const number = getComputedStyle($(element, '.step-number'));
      expect(number.backgroundColor, 'no fill').to.equal('rgba(0, 0, 0, 0)');
      expect(contrast(number.color, behind)).to.be.at.least(4.5);
    }
  });
});
