import {expect} from '@open-wc/testing';
import {html, render} from './helpers.js';

/**
 * WCAG 2.2 1.4.10 Reflow and 1.4.4 Resize text: at 320 CSS px with text at 200 % nothing may
 * scroll sideways. The elements size their text from `--gsw-font-size` (the reader's `medium`),
 * so 32 px stands for a 16 px default zoomed to 200 %.
 */
describe('reflow at 320 px with text at 200 %', () => {
  for (const lang of ['kk', 'ru', 'en']) {
    for (const tag of ['service-registry', 'contact-card', 'appeal-procedure']) {
      it(`${tag} in ${lang} needs no sideways scrolling`, async () => {
        const wrapper = await render<HTMLElement>(
          // A 320 px page with a theme's 16 px margins, as the demo and most school sites have.
          html`<div style="width: 320px; padding: 0 16px; box-sizing: border-box; --gsw-font-size: 32px" lang=${lang}>
            ${
              tag === 'service-registry'
                ? html`<service-registry></service-registry>`
                : tag === 'contact-card'
                  ? html`<contact-card></contact-card>`
                  : html`<appeal-procedure></appeal-procedure>`
            }
          </div>`,
        );
        const element = wrapper.firstElementChild!;
        const right = wrapper.getBoundingClientRect().right - 16;
        const overflowing = [...element.shadowRoot!.querySelectorAll('*')]
          .filter((node) => node.getBoundingClientRect().right > right + 1)
          .map((node) => `${node.localName}.${node.className} «${node.textContent!.trim().slice(0, 30)}»`);
        expect(overflowing.slice(0, 5), 'parts wider than 320 px').to.deep.equal([]);
      });
    }
  }
});
