import {foldForSearch} from './fold.js';

/**
 * Small suffix-strippers for folded Russian and Kazakh words (see fold.ts), so that a query in
 * one form finds the text in another: питание → питан(ия), тасымалдауды → тасымалдау.
 *
 * Why our own: the npm registry's Snowball port (`snowball-stemmers`) is one 850 KB module with
 * every language, thirty times the readers' whole script, and has no Kazakh; there is no
 * maintained Kazakh stemmer. Search only needs a stem that is a prefix of the other forms: the
 * index matches query stems against the start of words, so a stem a little too short costs
 * nothing but a little precision, and no stemming of the text is needed at all.
 */

/**
 * Russian noun and adjective endings (register names are nouns: «питания», «бесплатного»), and
 * English plurals; longest first.
 */
const RUSSIAN = endings(
  'иями ями ами иях ием ией ого его ому ему ыми ими ов ев ей ой ий ый ая яя ое ее ие ые ую юю ом ем ам ям ' +
    'ах ях ию ью ия ья их ых ым им а я о е и ы у ю ь й es s',
);

/**
 * Kazakh case, possessive and plural suffixes, longest first. Kazakh chains them
 * (лагерь-лер-де), so they are stripped again and again.
 */
const KAZAKH = endings(
  'дағы дегі тағы тегі ның нің дың дің тың тің нан нен дан ден тан тен мен бен пен ' +
    'лар лер дар дер тар тер сы сі ым ім ың ің ға ге қа ке на не ны ні ды ді ты ті да де та те ' +
    'а е ы і н',
);

/** Endings are written as the languages write them, and folded like the words they strip. */
function endings(list: string): string[] {
  return foldForSearch(list).split(' ');
}

const VOWEL = /[аеиоуыэюя]/;
/** Shorter stems would match too many unrelated words. */
const MIN_STEM = 4;

function strip(word: string, endings: readonly string[]): string {
  for (const ending of endings) {
    const stem = word.slice(0, -ending.length);
    if (word.endsWith(ending) && stem.length >= MIN_STEM && VOWEL.test(stem)) return stem;
  }
  return word;
}

export function russianStem(word: string): string {
  return strip(word, RUSSIAN);
}

export function kazakhStem(word: string): string {
  for (let stem = word, shorter; ; stem = shorter) {
    shorter = strip(stem, KAZAKH);
    if (shorter === stem) return stem;
  }
}

/** The forms a folded query word is looked for by: itself (a prefix while typing) and its stems. */
export function wordForms(word: string): string[] {
  return [...new Set([word, russianStem(word), kazakhStem(word)])];
}
