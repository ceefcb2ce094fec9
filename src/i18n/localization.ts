import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import type {LocaleModule} from '@lit/localize';
import {templates as kk} from '../generated/locales/kk.js';
import {templates as ru} from '../generated/locales/ru.js';
import {DEFAULT_LOCALE, type Locale} from './locale.js';

/**
 * @lit/localize's runtime mode has one page-wide locale, but two of our elements may sit side by
 * side in Kazakh and Russian. In reentrant mode every msg() asks for the locale, and we answer
 * with the locale of the element that is rendering at that moment.
 */
let rendering: Locale = DEFAULT_LOCALE;
// Both translations ship inside the one script: no request for a language file on slow networks.
// (Their tables rather than the modules, which a bundle would copy into frozen objects.)
const translations: Record<string, LocaleModule> = {kk: {templates: kk}, ru: {templates: ru}};

configureReentrantLocalization({
  sourceLocale: 'en',
  targetLocales: ['kk', 'ru'],
  getLocale: () => rendering,
  loadLocaleSync: (locale) => translations[locale],
});

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
