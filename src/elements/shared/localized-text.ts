import type {LocalizedText} from '../../data/model.js';
import {pickText, type Locale} from '../../i18n/locale.js';
import {h} from './dom.js';

/**
 * A text from the data, marked with its language when it is not the element's, so that a screen
 * reader switches voice. Data is always rendered as text, never as HTML. Plain DOM, for the rows
 * of a long register (service-row.ts) as for the elements' templates.
 */
export function localized(text: LocalizedText, locale: Locale): string | HTMLElement {
  const {value, lang} = pickText(text, locale);
  return lang === locale ? value : h('span', {lang}, value);
}
