/**
 * Folds text so that a search finds what a reader means, however they typed it.
 *
 * Many people type Kazakh on a Russian keyboard, replacing the nine Kazakh letters by look-alikes
 * (қ→к, ү→у, і→и or Latin i); Russian readers type е for ё; published names mix Latin and
 * Cyrillic look-alike letters. The query and the text are folded the same way, so a Latin «C»
 * inside a Cyrillic word still matches.
 */
const FROM = 'әғқңөұүһіё' + 'abcehikmoptxy'; // the nine Kazakh letters and ё; Latin look-alikes
const TO = 'агкноуухие' + 'авсехикмортху';
const FOLDABLE = new RegExp(`[${FROM}]`, 'g');

export function foldForSearch(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => TO[FROM.indexOf(letter)]!)
    .replace(/[«»"'“”„()]/g, '')
    .replace(/\s+/g, ' ');
}
