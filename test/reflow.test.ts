import {expect} from '@open-wc/testing';
import type {AppealProcedureElement} from '../src/index.js';
import {$, html, render} from './helpers.js';

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

  for (const lang of ['kk', 'ru', 'en']) {
    it(`the complaint draft in ${lang}, open, with its errors and with its letter, needs no sideways scrolling`, async () => {
      sessionStorage.clear();
      const wrapper = await render<HTMLElement>(
        html`<div style="width: 320px; padding: 0 16px; box-sizing: border-box; --gsw-font-size: 32px" lang=${lang}>
          <appeal-procedure></appeal-procedure>
        </div>`,
      );
      const element = wrapper.firstElementChild as AppealProcedureElement;
      const right = wrapper.getBoundingClientRect().right - 16;
      const overflowing = () =>
        [...element.shadowRoot!.querySelectorAll('*')]
          .filter((node) => node.getBoundingClientRect().right > right + 1)
          .map((node) => `${node.localName}.${node.className} «${node.textContent!.trim().slice(0, 30)}»`)
          .slice(0, 5);
      $(element, '.complaint-toggle').click();
      await element.updateComplete;
      $(element, 'button.primary').click();
      await element.updateComplete;
      expect(overflowing(), 'with errors').to.deep.equal([]);
      const form = $(element, 'form');
      for (const select of form.querySelectorAll('select')) select.selectedIndex = 1;
      const values: Record<string, string> = {
        fullName: 'Иванова Айгерим Сериковна',
        iin: '850312301239',
        postalAddress: 'пос. Осакаровка, ул. Пионерская, 12',
        official: 'Кузьмина Анна Сергеевна, методист',
        happened: 'Мне отказали в приеме документов без объяснения причин.',
        asked: 'принять документы',
        attachments: 'Копия заявления',
      };
      for (const field of form.querySelectorAll<HTMLInputElement>('input, textarea'))
        field.value ||= values[field.name] ?? '';
      form.dispatchEvent(new Event('input'));
      for (const field of form.querySelectorAll('input, select, textarea'))
        field.dispatchEvent(new Event('change', {bubbles: true}));
      await element.updateComplete;
      $(element, 'button.primary').click();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.letter'), 'the letter is made').to.not.equal(null);
      expect(overflowing(), 'with the letter').to.deep.equal([]);
      sessionStorage.clear();
    });
  }
});
