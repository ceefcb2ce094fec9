import type {LocalizedText, Phone} from '../../data/model.js';
import {pickText, type Locale} from '../../i18n/locale.js';
import {msg} from '../../i18n/localization.js';
import {h} from './dom.js';

/**
 * A phone, dialled in E.164. On a narrow screen with large text it may wrap between the area
 * code and the number (`8 (72149)` / `4-13-94`); inside one of them only after a hyphen, and only
 * where that group alone is wider than the line. Its accessible name also says whose phone it is:
 * nine identical numbers in a list of links tell a screen reader nothing. Built as DOM: the rows
 * of a long register hold thousands (service-row.ts); elements re-rendering keep it with guard().
 */
export function phoneLink(phone: Phone, owner: LocalizedText | undefined, locale: Locale): Node[] {
  const {display} = phone;
  const at = display.lastIndexOf(' ');
  const link = h(
    'a',
    {
      class: 'phone',
      part: 'link phone',
      href: phone.href,
      'aria-label': owner && `${display}, ${pickText(owner, locale).value}`,
    },
    at < 0 ? display : [h('span', null, display.slice(0, at)), ' ', h('span', null, display.slice(at + 1))],
  );
  return phone.free ? [link, h('span', {class: 'free'}, msg('(free call)', {desc: 'After an 8-800 number'}))] : [link];
}
