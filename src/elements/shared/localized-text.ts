import {html, type TemplateResult} from 'lit';
import type {LocalizedText} from '../../data/model.js';
import {pickText, type Locale} from '../../i18n/locale.js';

/**
 * A text from the data, marked with its language when it is not the element's, so that a screen
 * reader switches voice. Data is always rendered as text, never as HTML.
 */
export function localized(text: LocalizedText, locale: Locale): TemplateResult | string {
  const {value, lang} = pickText(text, locale);
  return lang === locale ? value : html`<span lang=${lang}>${value}</span>`;
}
