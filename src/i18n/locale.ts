/** The interface languages we ship. English is the source language of the interface strings. */
export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'kk';

/**
 * Reads a language tag: `kz` (a common mistake, it is the country) means `kk`; region and script
 * subtags are ignored (`ru-RU` is `ru`). Returns undefined for a language we do not ship.
 */
export function localeFromTag(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  const language = primary === 'kz' ? 'kk' : primary;
  return (LOCALES as readonly string[]).includes(language ?? '') ? (language as Locale) : undefined;
}

export interface ResolvedLocale {
  locale: Locale;
  /** `lang` values met on the way that we do not ship, for a warning. */
  unknown: string[];
}

/**
 * The one locale rule: the element's own `lang`, else the nearest ancestor's (across shadow
 * roots), else `<html lang>`, else Kazakh. A `lang` we do not ship is skipped, not obeyed.
 */
export function resolveLocale(element: Element): ResolvedLocale {
  const unknown: string[] = [];
  let node: Element | undefined = element;
  while (node) {
    const tag = node.getAttribute('lang');
    if (tag) {
      const locale = localeFromTag(tag);
      if (locale) return {locale, unknown};
      unknown.push(tag);
    }
    node = parentAcrossShadow(node);
  }
  return {locale: DEFAULT_LOCALE, unknown};
}

/**
 * The parent element, or the host of the shadow root an element is the top of; undefined at the top
 * of the page or of a detached tree (whose top may be an `<a>`, whose `host` is a text).
 */
export function parentAcrossShadow(node: Element): Element | undefined {
  const root = node.getRootNode();
  return node.parentElement ?? (root instanceof ShadowRoot ? root.host : undefined);
}

/** Which of the data's languages to show for each interface language, best first. */
const DATA_FALLBACKS: Record<Locale, Locale[]> = {
  kk: ['kk', 'ru'],
  ru: ['ru', 'kk'],
  // Organisations publish in Kazakh and Russian; an English reader is better served by Russian.
  en: ['en', 'ru', 'kk'],
};

/** The language policy for data: the reader's language when the text has it, else the nearest one. */
export function pickText(text: Partial<Record<Locale, string>>, locale: Locale): {value: string; lang: Locale} {
  const lang = DATA_FALLBACKS[locale].find((candidate) => text[candidate]) ?? 'kk';
  return {value: text[lang] ?? '', lang};
}
