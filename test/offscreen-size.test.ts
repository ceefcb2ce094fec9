import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {ServiceRegistryElement} from '../src/index.js';
import {settled} from './helpers.js';

/**
 * A register below the fold reserves the height it will take once drawn (its blocks of rows skip
 * rendering off screen), so the page's scrollbar tells the truth and nothing jumps while scrolling.
 */
describe('the height of a register not yet drawn', () => {
  for (const [layout, width] of [
    ['table', 1000],
    ['cards', 360],
  ] as const) {
    it(`matches the drawn height within a quarter, as ${layout}`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: ${width}px">
          <div style="height: 3000px"></div>
          <service-registry lang="ru"></service-registry>
        </div>`,
      );
      const element = wrapper.querySelector<ServiceRegistryElement>('service-registry')!;
      await settled(element);
      const reserved = element.getBoundingClientRect().height;
      element.scrollIntoView();
      const block = element.shadowRoot!.querySelector<HTMLElement>('.block')!;
      await waitUntil(
        () =>
          block.getBoundingClientRect().height > 0 &&
          block.querySelector('.service')!.getBoundingClientRect().height > 0,
      );
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const drawn = element.getBoundingClientRect().height;
      window.scrollTo(0, 0);
      expect(reserved / drawn, `reserved ${Math.round(reserved)} px, drawn ${Math.round(drawn)} px`).to.be.within(
        0.75,
        1.33,
      );
    });
  }
});
