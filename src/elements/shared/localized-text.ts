import {html, type TemplateResult} from 'lit';
import type {DataLanguage, LocalizedText} from '../../data/model.js';
import type {Locale} from '../../i18n/locale.js';

/** Which of the data's languages to show for each interface language, best first. */
const FALLBACKS: Record<Locale, DataLanguage[]> = {
  kk: ['kk', 'ru'],
  ru: ['ru', 'kk'],
  // Organisations publish in Kazakh and Russian; an English reader is better served by Russian.
  en: ['en', 'ru', 'kk'],
};

export function pickText(text: LocalizedText, locale: Locale): {value: string; lang: DataLanguage} {
  const lang = FALLBACKS[locale].find((candidate) => text[candidate]) ?? 'kk';
  return {value: text[lang] ?? '', lang};
}

/**
 * A text from the data, marked with its language when it is not the element's, so that a screen
 * reader switches voice. Data is always rendered as text, never as HTML.
 */
export function localized(text: LocalizedText, locale: Locale): TemplateResult | string {
  const {value, lang} = pickText(text, locale);
  return lang === locale ? value : html`<span lang=${lang}>${value}</span>`;
}
