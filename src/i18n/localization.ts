import type {LocaleModule, MsgFn} from '@lit/localize';
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import {templates as kk} from '../generated/locales/kk.js';
import {templates as ru} from '../generated/locales/ru.js';
import {DEFAULT_LOCALE, type Locale} from './locale.js';

export {str} from '@lit/localize';

/**
 * @lit/localize's runtime mode has one page-wide locale, but two of our elements may sit side by
 * side in Kazakh and Russian. So every msg() answers in the locale of the element that is
 * rendering at that moment.
 */
let rendering: Locale = DEFAULT_LOCALE;
// Both translations ship inside the one script: no request for a language file on slow networks.
// (Their tables rather than the modules, which a bundle would copy into frozen objects.)
const translations: Record<string, LocaleModule> = {kk: {templates: kk}, ru: {templates: ru}};

/**
 * Our msg(): @lit/localize's own lookup, never installed as the page's. Configuring
 * @lit/localize is once per page, and the page may be an app with its own translations: importing
 * our elements must neither take that from it nor fail because it did. `lit-localize extract`
 * finds these calls by their type, MsgFn.
 */
export const msg = ((template, options) => runtimeMsg(translations[rendering]?.templates, template, options)) as MsgFn;

/**
 * Adds another set of translations (the data builder's own strings, kept out of the readers'
 * script) to the ones the elements answer from.
 */
export function addTranslations(extra: Record<'kk' | 'ru', LocaleModule>): void {
  for (const locale of ['kk', 'ru'] as const) {
    translations[locale] = {templates: {...translations[locale]!.templates, ...extra[locale].templates}};
  }
}

/** Runs `work` (a render, usually) with every msg() inside it answering in `locale`. */
export function inLocale<T>(locale: Locale, work: () => T): T {
  const previous = rendering;
  rendering = locale;
  try {
    return work();
  } finally {
    rendering = previous;
  }
}
