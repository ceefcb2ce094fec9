import {foldForSearch} from './fold.js';
import {wordForms} from './stem.js';
import stopwords from '../../data/search/stopwords.json';

/** One part of an item, and how much a match in it counts: a name more than a document. */
export interface SearchField {
  weight: number;
  texts: readonly (string | undefined)[];
}

/** What an item says, for the index: its fields, and its phones as digits (`87214941394`). */
export interface SearchableItem {
  fields: readonly SearchField[];
  phones: readonly string[];
}

/** Words that narrow nothing: «питание в школе» means «питание школе». */
const STOPWORDS = new Set(stopwords.map(foldForSearch));
/** A query phrase of up to this many words may be one of the everyday phrases. */
const LONGEST_PHRASE = 4;
/** An everyday word counts a little less than the word the reader typed. */
const EVERYDAY = 0.8;

const words = (text: string): string[] =>
  foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const meaningful = (list: string[]): string[] => list.filter((word) => !STOPWORDS.has(word));

/** A ten-digit national number (`7214941394`) from any way of writing a Kazakh phone; short numbers as they are. */
const national = (digits: string): string => (/^[78]\d{10}$/.test(digits) ? digits.slice(1) : digits);

/**
 * A phone as people type it: «8 (778) 206-09-82», «+7 778 2060982», «206-09-82», «4-13-94». Plain
 * digit words («403007 403008», «1414») are left to the word search, which finds codes.
 */
const PHONE = /\+?\d[\d ()\-–.]*\d/g;
const isPhone = (typed: string): boolean => /[()\-–.+]|^[78] \d|^\d{1,4}( \d{1,4})+$/.test(typed);

/** A phrase of a query or of the everyday words, with the forms each of its words is looked for by. */
interface Phrase {
  words: string[];
  forms: string[][];
  weight: number;
}
const phrase = (list: string[], weight: number): Phrase => ({words: list, forms: list.map(wordForms), weight});

/** Digits: a phone (after a trunk prefix, its start), or a code or a phone (a plain number). */
type Term = {digits: string; trunk: boolean; word?: string} | {phrases: Phrase[]};

/**
 * A search over a list of items (services), in every language they are written in, that
 * - finds word forms and the start of words: «питание» finds «питания», «питан» does not find
 *   «воспитанников»;
 * - knows everyday words: «садик» finds «дошкольные организации» (data/search/everyday-words.json,
 *   extended by each organisation's `searchWords`); a phrase's words must stand together;
 * - narrows with every word, and finds phones however they are typed;
 * - ranks what it finds by how well it matches.
 *
 * The index is a sorted list of every distinct word with the items it occurs in; a query word is
 * looked up by binary search of its forms as prefixes, so a keystroke costs a few lookups, not a
 * scan of every item's text.
 */
export class SearchIndex<T> {
  private readonly found = new Map<string, number[]>();
  private readonly tokens = new Map<string, string[]>(); // an official's name recurs on every service: split once
  private readonly phones: [string, number][] = [];
  /** Each item's texts as words, to tell whether a phrase's words stand together. */
  private readonly texts: string[][][] = [];
  private readonly everyday: Phrase[][];
  /** How many items, from the first, are in the index. */
  private indexed = 0;
  private sorted?: {vocabulary: string[]; postings: Int32Array[]};

  constructor(
    private readonly items: readonly T[],
    private readonly describe: (item: T) => SearchableItem,
    everydayGroups: readonly (readonly string[])[],
  ) {
    this.everyday = everydayGroups.map((group) => group.map((text) => phrase(meaningful(words(text)), EVERYDAY)));
  }

  /**
   * Reads the items up to `count` into the index. The register calls it as it builds its rows, a
   * block at a time in idle slices, so that the first keystroke does not pay for 5 000 services.
   */
  indexUpTo(count: number): void {
    for (; this.indexed < Math.min(count, this.items.length); this.indexed++) {
      const {fields, phones} = this.describe(this.items[this.indexed]!);
      const weights = new Map<string, number>();
      const texts: string[][] = [];
      for (const {weight, texts: list} of fields) {
        for (const text of list) {
          if (!text) continue;
          let split = this.tokens.get(text);
          if (!split) this.tokens.set(text, (split = meaningful(words(text))));
          texts.push(split);
          for (const word of split) if ((weights.get(word) ?? 0) < weight) weights.set(word, weight);
        }
      }
      this.texts.push(texts);
      for (const [word, weight] of weights) {
        let list = this.found.get(word);
        if (!list) this.found.set(word, (list = []));
        list.push(this.indexed * 16 + weight);
      }
      for (const phone of phones) this.phones.push([national(phone), this.indexed]);
      this.sorted = undefined;
    }
  }

  /** Whether every item is indexed and the words sorted: nothing is left for the first query. */
  get ready(): boolean {
    return !!this.sorted && this.indexed === this.items.length;
  }

  /** Every item indexed and the words sorted for lookup; done ahead, when the page is idle, or at the first query. */
  prepare(): {vocabulary: string[]; postings: Int32Array[]} {
    this.indexUpTo(this.items.length);
    if (!this.sorted) {
      const vocabulary = [...this.found.keys()].sort();
      this.sorted = {vocabulary, postings: vocabulary.map((word) => Int32Array.from(this.found.get(word)!))};
      // Every item is in: the lists it was sorted from, and the split texts, will not be read again.
      this.found.clear();
      this.tokens.clear();
    }
    return this.sorted;
  }

  /** The items the query finds, best first; undefined when the query has nothing to look for. */
  find(query: string): T[] | undefined {
    const terms = this.terms(query);
    if (!terms.length) return undefined;
    this.prepare();
    const total = new Float32Array(this.items.length);
    for (const term of terms) {
      const scores = 'digits' in term ? this.digitScores(term) : this.phraseScores(term.phrases);
      for (let index = 0; index < total.length; index++)
        total[index] = scores[index] ? total[index]! + scores[index]! : -1e9;
    }
    const found: number[] = [];
    total.forEach((score, index) => score > 0 && found.push(index));
    return found.sort((a, b) => total[b]! - total[a]! || a - b).map((index) => this.items[index]!);
  }

  private terms(query: string): Term[] {
    const terms: Term[] = [];
    const rest = foldForSearch(query).replace(PHONE, (typed) => {
      if (!isPhone(typed)) return typed;
      const digits = typed.replace(/\D/g, '');
      // «8 (778) …», «+7 778 …»: the trunk prefix, not a digit of the number; a whole number is the
      // same from its start as anywhere (`national` drops its trunk prefix).
      const trunk = /^(\+7|8)\D/.test(typed);
      terms.push({digits: trunk ? digits.slice(1) : national(digits), trunk});
      return ' ';
    });
    const typed = meaningful(words(rest));
    const forms = typed.map(wordForms); // once per query, not once per everyday phrase compared
    for (let at = 0; at < typed.length;) {
      const {length, groups} = this.everydayAt(typed, forms, at);
      if (!groups.length && /^\d+$/.test(typed[at]!)) {
        terms.push({digits: national(typed[at]!), trunk: false, word: typed[at++]});
        continue;
      }
      const literal = {words: typed.slice(at, at + length), forms: forms.slice(at, at + length), weight: 1};
      terms.push({phrases: [literal, ...groups.flat()]});
      at += length;
    }
    return terms;
  }

  /** The everyday groups that the longest phrase starting at `at` belongs to. */
  private everydayAt(typed: string[], forms: string[][], at: number): {length: number; groups: Phrase[][]} {
    for (let length = Math.min(LONGEST_PHRASE, typed.length - at); length > 0; length--) {
      const part = typed.slice(at, at + length);
      const groups = this.everyday.filter((group) =>
        group.some(
          (candidate) =>
            candidate.words.length === length &&
            part.every(
              (word, index) =>
                forms[at + index]!.some((form) => candidate.forms[index]!.includes(form)) ||
                // a word still being typed: «балаба» is on its way to «балабақша»
                (word.length > 3 && candidate.words[index]!.startsWith(word)),
            ),
        ),
      );
      if (groups.length) return {length, groups};
    }
    return {length: 1, groups: []};
  }

  /** The best of the phrases, each of whose words must all occur, side by side. */
  private phraseScores(phrases: Phrase[]): Float32Array {
    const best = new Float32Array(this.items.length);
    for (const {words: list, forms, weight} of phrases) {
      const each = list.map((word, at) => this.wordScores(word, forms[at]!));
      for (let index = 0; index < best.length; index++) {
        let sum = 0;
        for (const scores of each) sum = scores[index] && sum >= 0 ? sum + scores[index]! : -1;
        if (sum * weight > best[index]! && (list.length < 2 || this.together(index, forms))) best[index] = sum * weight;
      }
    }
    return best;
  }

  /** Whether one of the item's texts has the phrase's words in a row (each word in one of its forms). */
  private together(index: number, forms: string[][]): boolean {
    return this.texts[index]!.some((text) =>
      text.some((_, start) =>
        forms.every((wordForms, offset) => wordForms.some((form) => text[start + offset]?.startsWith(form))),
      ),
    );
  }

  /**
   * How well each item matches one word: the word itself (3), a form of it (2: «питан»+«ия»),
   * or the start of a longer word (1), times the weight of the field it is found in.
   */
  private wordScores(word: string, forms: string[]): Float32Array {
    const scores = new Float32Array(this.items.length);
    const {vocabulary, postings} = this.prepare();
    for (const form of forms) {
      for (let at = firstAtLeast(vocabulary, form); vocabulary[at]?.startsWith(form); at++) {
        const found = vocabulary[at]!;
        const quality = found === word ? 3 : found.length - form.length <= 3 ? 2 : 1;
        for (const posting of postings[at]!) {
          const index = posting >> 4;
          const score = quality * (posting & 15);
          if (score > scores[index]!) scores[index] = score;
        }
      }
    }
    return scores;
  }

  /**
   * Phones that start with the digits after a trunk prefix; else phones that contain the digits
   * (five or more: a local number «4-13-94») or are them («1414»), and codes that start with them.
   */
  private digitScores({digits, trunk, word}: {digits: string; trunk: boolean; word?: string}): Float32Array {
    const scores = word ? this.wordScores(word, [word]) : new Float32Array(this.items.length);
    for (const [phone, index] of this.phones) {
      if (trunk ? phone.startsWith(digits) : phone === digits || (digits.length >= 5 && phone.includes(digits)))
        scores[index] = Math.max(scores[index]!, 6);
    }
    return scores;
  }
}

/** Where `prefix` is, or would be, in a sorted list: the first word that starts with it, if any. */
function firstAtLeast(sorted: string[], prefix: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}
