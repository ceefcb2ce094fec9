/**
 * Folds text so that a search finds what a reader means, however they typed it.
 *
 * Many people type Kazakh on a Russian keyboard, replacing the nine Kazakh letters by look-alikes
 * (қ→к, ү→у, і→и or Latin i); Russian readers type е for ё; published names mix Latin and
 * Cyrillic look-alike letters. The query and the text are folded the same way, so a Latin «C»
 * inside a Cyrillic word still matches.
 */
const FOLDS: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
  // Latin letters that look like Cyrillic ones.
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'х',
  i: 'и',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

export function foldForSearch(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => FOLDS[letter]!)
    .replace(/[«»"'“”„()]/g, '')
    .replace(/\s+/g, ' ');
}

/**
 * Splits a query into folded words; every word must occur for a match. Codes are searched in
 * their eight-digit form (00403008), which contains the form without zeros (403008) too.
 */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean);
}

/** True when every term occurs in one of the folded texts (a service's own, its officials', …). */
export function matchesAll(texts: readonly string[], terms: readonly string[]): boolean {
  return terms.every((term) => texts.some((text) => text.includes(term)));
}
