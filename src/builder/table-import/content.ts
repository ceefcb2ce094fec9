/**
 * What a cell's text says, whatever column it is in: register codes, phones, people's names,
 * portals and offices, forms of service. Used to recognise columns without headers and to place
 * each cell's parts. Patterns take Kazakh typed on a Russian keyboard (қ→к, і→и…) as well.
 */
import type {ServiceForm} from '../../data/model.js';
import {parsePhone} from '../../data/phone.js';
import {normalizeServiceCode} from '../../data/service-code.js';
import {foldForSearch} from '../../search/fold.js';

// ---------------------------------------------------------------------------------------------
// Letters

const UPPER = 'А-ЯЁӘҒҚҢӨҰҮҺІ';
const LOWER = 'а-яёәғқңөұүһі';
const LETTER = `${UPPER}${LOWER}`;

/** Lower case, Kazakh letters as their Russian look-alikes, Latin look-alikes as Cyrillic, no quotes. */
export function fold(text: string): string {
  return foldForSearch(text).trim();
}

/** Latin letters that look like Cyrillic ones, as people mix them into Cyrillic words. */
const LATIN_LOOKALIKES = letterMap('ABCEHKMOPTXYIacepoxyi', 'АВСЕНКМОРТХУІасерохуі');

/**
 * A word written in Cyrillic with a Latin look-alike inside («Cембаевна» with a Latin C) is
 * written in Cyrillic only. Words in Latin only (e.bilimal.kz) are left alone.
 */
export function fixMixedScript(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) => {
    if (!/[\u0400-\u04ff]/.test(word) || !/[A-Za-z]/.test(word)) return word;
    const fixed = word.replace(/[A-Za-z]/g, (letter) => LATIN_LOOKALIKES[letter] ?? letter);
    return /[A-Za-z]/.test(fixed) ? word : fixed;
  });
}

/** Levenshtein distance, for «Сергеена» against «Сергеевна». */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Kazakh and Russian Cyrillic in plain Latin letters, for ids (ISO 9 simplified, no diacritics). */
const TRANSLIT: Record<string, string> = Object.fromEntries(
  'а:a ә:a б:b в:v г:g ғ:g д:d е:e ё:e ж:zh з:z и:i й:y к:k қ:k л:l м:m н:n ң:n о:o ө:o п:p р:r с:s т:t у:u ұ:u ү:u ф:f х:kh һ:h ц:ts ч:ch ш:sh щ:shch ъ: ы:y і:i ь: э:e ю:yu я:ya'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

function letterMap(from: string, to: string): Record<string, string> {
  return Object.fromEntries([...from].map((letter, i) => [letter, to[i]!]));
}

/** An id for the data file from Cyrillic or Latin words: «Абдуова» → `abduova`. */
export function idFrom(text: string, maxLength = 40): string {
  const latin = [...text.toLowerCase()].map((letter) => TRANSLIT[letter] ?? letter).join('');
  const words = latin.split(/[^a-z0-9]+/).filter(Boolean);
  let id = '';
  for (const word of words) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > maxLength && id) break;
    id = next.slice(0, maxLength);
  }
  return id;
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('ru') + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Codes

/** `403007`, `00403008`, `403 007` → the eight-digit code; undefined when the text is no code. */
export function readCode(text: string): string | undefined {
  const compact = text.trim().replace(/^(?:код|коды|code)[\s:]*/i, '');
  return (
    normalizeServiceCode(compact) ??
    (/^\d[\d\s.-]{4,10}\d$/.test(compact) ? normalizeServiceCode(compact.replace(/\D/g, '')) : undefined)
  );
}

// ---------------------------------------------------------------------------------------------
// Phones

export interface FoundPhone {
  written: string;
  /** The one national format (`8 (72149) 4-13-94`); undefined when the number cannot be read. */
  display?: string;
}

/** Runs of the characters people write phones with; dashes of any kind are read as hyphens. */
const PHONE_RUN = /\+?[\d(][\d\s()\-‐‑‒–—]*[\d)]/g;

/**
 * The phones in a text, in order, and the text around them. `8(72149)41394 8 (778) 9250484` on
 * one line is two phones; a run of digits that is no phone (`87214`) is returned unread.
 */
export function findPhones(text: string, shortAlone = false): {phones: FoundPhone[]; rest: string} {
  const phones: FoundPhone[] = [];
  const rest = text.replace(PHONE_RUN, (run) => {
    const digits = run.replace(/\D/g, '').length;
    const alone = text.trim() === run.trim();
    if (digits < 5 && !(alone && shortAlone && digits >= 3)) return run;
    phones.push(...splitPhones(run.replace(/[‐‑‒–—]/g, '-').trim()));
    return ' ';
  });
  return {phones, rest: rest.replace(/\s+/g, ' ').trim()};
}

function readPhone(written: string): string | undefined {
  const phone = parsePhone(written);
  return typeof phone === 'string' ? undefined : phone.display;
}

/** One run may hold several numbers separated by spaces: take the longest readable one each time. */
function splitPhones(run: string): FoundPhone[] {
  const whole = readPhone(run);
  if (whole) return [{written: run, display: whole}];
  const tokens = run.split(/\s+/);
  const found: FoundPhone[] = [];
  let start = 0;
  while (start < tokens.length) {
    let end = tokens.length;
    let display: string | undefined;
    for (; end > start; end--) {
      const candidate = tokens.slice(start, end).join(' ');
      if (candidate.replace(/\D/g, '').length < 5) continue;
      display = readPhone(candidate);
      if (display) break;
    }
    if (display) {
      found.push({written: tokens.slice(start, end).join(' '), display});
      start = end;
    } else {
      // Nothing readable starts here: keep the rest of the run as one unreadable number.
      found.push({written: tokens.slice(start).join(' ')});
      break;
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// People

const NAME_WORD = `[${UPPER}][${LETTER}]+(?:-[${UPPER}]?[${LOWER}]+)?`;
const INITIAL = `[${UPPER}]\\.\\s?`;
const PATRONYMIC_TAIL = '(?:\\s(?:қызы|кызы|ұлы|улы))?';
const FULL_NAME = new RegExp(
  `(?<![${LETTER}])${NAME_WORD}(?:\\s${NAME_WORD}){1,3}${PATRONYMIC_TAIL}(?![${LETTER}])`,
  'gu',
);
const SURNAME_INITIALS = new RegExp(
  `(?<![${LETTER}])${NAME_WORD}\\s?${INITIAL}(?:${INITIAL.replace('\\s?', '')})?`,
  'gu',
);
const INITIALS_SURNAME = new RegExp(`(?<![${LETTER}])${INITIAL}(?:${INITIAL})?${NAME_WORD}(?![${LETTER}])`, 'gu');
const PATRONYMIC_END = /(?:вна|вич|ична|ич|[ео]вна|қызы|кызы|ұлы|улы)$/i;

/** Words that name a post, not a person, when written with a capital: «Директор Абдуова Н.С.». */
const POSITION_WORD =
  /^(?:директор[а-яәіңғүұқөһ]*|заместитель|зам\.?|завуч|заведующ[а-я]*|руководитель|секретарь|специалист|методист|бухгалтер|психолог|инспектор|начальник|главный|ведущий|педагог|учитель|басшы[а-яәіңғүұқөһ]*|орынбасары|хатшы[а-яәіңғүұқөһ]*|маманы?|әдіскер|меңгерушісі?|мұғалім|жетекшісі?|есепші)$/iu;

export interface FoundName {
  name: string;
  /** Where the name starts in the line: what comes before it is a post, usually. */
  index: number;
}

/**
 * People's names in a line: «Фамилия Имя Отчество» (two to four capitalised words, a Kazakh
 * «…қызы» / «…ұлы» included), «Фамилия И.О.» and «И.О. Фамилия». With `twoWords` false a pair
 * of capitalised words is not taken for a name (a column's content is being guessed).
 */
export function findNames(line: string, twoWords = true): FoundName[] {
  const text = fixMixedScript(line);
  const found: FoundName[] = [];
  const taken: [number, number][] = [];
  const add = (start: number, name: string) => {
    const end = start + name.length;
    if (taken.some(([a, b]) => start < b && end > a)) return;
    taken.push([start, end]);
    found.push({name, index: start});
  };
  for (const match of text.matchAll(SURNAME_INITIALS)) add(match.index, match[0].trim());
  for (const match of text.matchAll(INITIALS_SURNAME)) add(match.index, match[0].trim());
  for (const match of text.matchAll(FULL_NAME)) {
    let words = match[0].split(' ');
    let start = match.index;
    // «Директор Абдуова Нургуль Сембаевна»: the post is not part of the name.
    while (words.length > 2 && POSITION_WORD.test(words[0]!)) {
      start += words[0]!.length + 1;
      words = words.slice(1);
    }
    if (words.length === 4 && !/^(?:қызы|кызы|ұлы|улы)$/.test(words[3]!)) {
      // Four capitalised words: a post and a name, or a name and a word after it.
      if (PATRONYMIC_END.test(words[3]!)) {
        start += words[0]!.length + 1;
        words = words.slice(1);
      } else words = words.slice(0, 3);
    }
    if (words.some((word) => POSITION_WORD.test(word) && words.length < 3)) continue;
    if (words.length === 2 && !twoWords) continue;
    add(start, words.join(' '));
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The surname of a name as `findNames` gives it: the word that is not an initial. */
export function surnameOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => !/^[^.]{1,2}\.$/.test(word) && !/\./.test(word));
  return words[0] ?? name;
}

/** «Абдуова Н.С.» is «Абдуова Нургуль Сембаевна» shortened. */
export function initialsMatch(short: string, full: string): boolean {
  const initials = short.match(new RegExp(`[${UPPER}](?=\\.)`, 'gu'));
  if (!initials) return false;
  const shortSurname = surnameOf(short).toLowerCase();
  const words = full.split(/\s+/);
  if (words[0]!.toLowerCase() !== shortSurname) return false;
  return initials.every((initial, i) => words[i + 1]?.startsWith(initial));
}

// ---------------------------------------------------------------------------------------------
// Portals and offices

export type PortalId = 'egov' | 'bilimal' | 'indigo24';

export const PORTALS: Record<PortalId, {url: string; name: {kk: string; ru: string}}> = {
  egov: {
    url: 'https://egov.kz',
    name: {kk: '«Электрондық үкімет» веб-порталы', ru: 'Веб-портал «электронного правительства»'},
  },
  bilimal: {url: 'https://e.bilimal.kz', name: {kk: 'e.bilimal.kz', ru: 'e.bilimal.kz'}},
  indigo24: {url: 'https://indigo24.kz', name: {kk: 'Indigo24.kz', ru: 'Indigo24.kz'}},
};

const Q_OPEN = '[«"“„\']?\\s*';
const Q_CLOSE = '\\s*[»"”“\']?';
const WEB_PORTAL = '(?:веб[-\\s]?)?портал[а-яәіңғүұқөһ]*';
const E_GOV_KK = 'электронд[ыі][қк]\\s+[үу]к[іи]мет[а-яәіңғүұқөһ]*';
const E_GOV_RU = 'электронного\\s+правительства';

const PORTAL_PATTERNS: [PortalId, RegExp][] = [
  ['egov', new RegExp(`${Q_OPEN}${E_GOV_KK}${Q_CLOSE}\\s*${WEB_PORTAL}`, 'giu')],
  ['egov', new RegExp(`${WEB_PORTAL}\\s*${Q_OPEN}${E_GOV_RU}${Q_CLOSE}`, 'giu')],
  ['egov', new RegExp(`(?:${WEB_PORTAL}\\s*)?${Q_OPEN}(?:https?://)?(?:www\\.)?e-?gov(?:\\.kz)?/?${Q_CLOSE}`, 'giu')],
  ['egov', new RegExp(`${Q_OPEN}(?:${E_GOV_KK}|${E_GOV_RU})${Q_CLOSE}`, 'giu')],
  [
    'bilimal',
    new RegExp(`${Q_OPEN}(?:https?://)?(?:www\\.)?(?:e\\s?[.-]?\\s?)?bilimal(?:\\s?\\.\\s?kz)?/?${Q_CLOSE}`, 'giu'),
  ],
  ['bilimal', new RegExp(`${Q_OPEN}б[іи]л[іи]мал${Q_CLOSE}`, 'giu')],
  [
    'indigo24',
    new RegExp(`${Q_OPEN}(?:https?://)?(?:www\\.)?indigo\\s?[.\\s]?\\s?24(?:\\s?\\.?\\s?kz)?/?${Q_CLOSE}`, 'giu'),
  ],
  ['indigo24', new RegExp(`${Q_OPEN}индиго\\s?[.\\s]?\\s?24${Q_CLOSE}`, 'giu')],
];
/** Another site, written as its address: a portal with that address. */
const WEB_ADDRESS =
  /(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+(?:kz|ru|com|org|net|edu|gov|info|site|online))(?:\/[^\s«»"]*)?/giu;

/** Words that make a text the name of an office or organisations where one applies. */
const OFFICE_WORDS =
  /канцеляр|кенсе|отдел|болим|организац|уйым|учрежден|мекеме|школ|мектеп|балабакш|детск|сад|управлен|баскарм|акимат|акимдик|аппарат|цон|хкко|центр|орталы|корпорац|департамент|комитет|министерств|приемн|кабылдау/;

export type ChannelPart =
  | {kind: 'portal'; portal: PortalId; written: string}
  | {kind: 'site'; host: string; written: string}
  | {kind: 'office'; name: string};

/** True when the text names a known portal or a web address. */
export function mentionsPortal(text: string): boolean {
  return (
    PORTAL_PATTERNS.some(([, pattern]) => new RegExp(pattern.source, 'iu').test(text)) ||
    new RegExp(WEB_ADDRESS.source, 'iu').test(text)
  );
}

/** True when the text names an office or organisations (a short text with an office word). */
export function namesOffice(text: string): boolean {
  return text.length <= 120 && OFFICE_WORDS.test(fold(text));
}

/**
 * Where to apply, as written in a cell: «Indigo.24 kz. Осакаров ауданының білім бөлімі» is the
 * portal Indigo24.kz and the office «Осакаров ауданының білім бөлімі». Lists of organisations
 * («…бастауыш, негізгі орта және жалпы орта білім беру ұйымдары») stay one office.
 */
export function readChannels(lines: readonly string[]): ChannelPart[] {
  const parts: {at: number; part: ChannelPart}[] = [];
  const text = joinLines(lines);
  const cuts: [number, number, ChannelPart][] = [];
  const overlaps = (start: number, end: number) => cuts.some(([a, b]) => start < b && end > a);
  for (const [portal, pattern] of PORTAL_PATTERNS) {
    for (const match of text.matchAll(new RegExp(pattern.source, 'giu'))) {
      const start = match.index;
      const end = start + match[0].length;
      if (!match[0].trim() || overlaps(start, end)) continue;
      cuts.push([start, end, {kind: 'portal', portal, written: match[0].trim()}]);
    }
  }
  for (const match of text.matchAll(WEB_ADDRESS)) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlaps(start, end)) continue;
    cuts.push([start, end, {kind: 'site', host: match[1]!.toLowerCase(), written: match[0]}]);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  let position = 0;
  for (const [start, end, part] of cuts) {
    for (const name of officeNames(text.slice(position, start)))
      parts.push({at: position, part: {kind: 'office', name}});
    parts.push({at: start, part});
    position = end;
  }
  for (const name of officeNames(text.slice(position))) parts.push({at: position, part: {kind: 'office', name}});
  // A bare «портал» / «веб-порталы» in the register's sense is the e-government portal.
  return parts.map(({part}) =>
    part.kind === 'office' && /^(?:веб[-\s]?)?портал[а-яәіңғүұқөһ]*$/iu.test(part.name)
      ? {kind: 'portal', portal: 'egov', written: part.name}
      : part,
  );
}

/**
 * Lines of a cell as one text: a line that goes on in lower case after a line without final
 * punctuation continues it (a long name wrapped by hand); any other line break separates items.
 */
function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (!text) text = line;
    else if (!/[.,;:»"]$/.test(text) && new RegExp(`^[${LOWER}]`, 'u').test(line)) text += ` ${line}`;
    else text += `\n${line}`;
  }
  return text;
}

const CONJUNCTIONS = /^(?:и\s*\(?или\)?|и|или|либо|а также|және|немесе|не болмаса|не|мен|бен|пен)(?:\s+|$)/iu;
const CONJUNCTIONS_END =
  /(?:^|\s+)(?:и\s*\(?или\)?|и|или|либо|а также|және|немесе|не\s*\(?не болмаса\)?|не|мен|бен|пен)$/iu;

/** The office names in a stretch of text between portals. */
function officeNames(text: string): string[] {
  const names: string[] = [];
  for (const piece of text.split(/\n|;|\.\s+(?=[«"]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])/u)) {
    // «X кеңсесі, білім беру ұйымдары» is two offices; «бастауыш, негізгі орта … ұйымдары» is one.
    const segments = piece.split(',');
    let current = segments[0]!;
    for (const segment of segments.slice(1)) {
      if (namesOffice(current) && OFFICE_WORDS.test(fold(segment)) && !namesOnlyLevels(current)) {
        names.push(current);
        current = segment;
      } else current += `,${segment}`;
    }
    names.push(current);
  }
  return names.map(tidyName).filter((name) => /[\p{L}\d]/u.test(name));
}

/** «Организации начального»: the office word is followed by a list of levels, so the comma continues it. */
function namesOnlyLevels(text: string): boolean {
  return /(?:начального|основного|общего|среднего|бастауыш|негізгі|жалпы)$/iu.test(text.trim());
}

/** Trims punctuation, stray quotes and conjunctions at the ends of a name; keeps balanced quotes. */
export function tidyName(text: string): string {
  let name = text.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 5; i++) {
    const before = name;
    // A final dot goes, unless it ends an initial («Абдуова Н.С.»).
    name = name.replace(/^[\s.,;:–—-]+|[\s,;:–—-]+$/g, '').replace(/(?<!(?:^|[^\p{L}])\p{Lu})\.+$/u, '');
    name = name.replace(CONJUNCTIONS, '').replace(CONJUNCTIONS_END, '');
    const opens = (name.match(/«/g) ?? []).length;
    const closes = (name.match(/»/g) ?? []).length;
    if (name.startsWith('«') && opens > closes) name = name.slice(1);
    if (name.endsWith('»') && closes > opens) name = name.slice(0, -1);
    if ((name.match(/"/g) ?? []).length % 2 === 1) name = name.replace(/^"|"$/, '');
    if (name.startsWith('(') && !name.includes(')')) name = name.slice(1);
    if (name.endsWith(')') && !name.includes('(')) name = name.slice(0, -1);
    name = name.trim();
    if (name === before) break;
  }
  return name;
}

// ---------------------------------------------------------------------------------------------
// Forms of service

const PARTLY = /ишинара|частичн|жартылай/;
const ELECTRONIC = /электрон|онлайн/;
const PAPER = /бумаж|кагаз|на бумаге|письменн|явочн|нарочн/;
const FORM_FILLER =
  /^(?:в|на|виде|форме|форма|формате|носителе|туринде|турде|нысанда|нысаны|тасилмен|автоматтандырылган|автоматизированная|автоматизированной|толык|полностью|ишинара|частично|и|или|жане|немесе|не|\/|-)$/;

/**
 * The forms of service a text names: «Электронды (ішінара автоматтандырылған)/қағаз түрінде» is
 * partly automated and paper, «Электронная» electronic. `rest` is what named no form.
 */
export function readForms(text: string): {forms: ServiceForm[]; rest: string} {
  const forms: ServiceForm[] = [];
  const rest: string[] = [];
  const add = (form: ServiceForm) => {
    if (!forms.includes(form)) forms.push(form);
  };
  for (const segment of text.split(/[/,;\n]|\s(?:и|или|және|немесе)\s/u)) {
    const folded = fold(segment);
    if (!folded) continue;
    let named = false;
    if (PARTLY.test(folded)) {
      // «электронная, частично автоматизированная»: the qualifier belongs to the electronic form.
      const electronic = forms.indexOf('electronic');
      if (electronic >= 0 && !ELECTRONIC.test(folded)) forms.splice(electronic, 1);
      add('partly-automated');
      named = true;
    } else if (ELECTRONIC.test(folded)) {
      add('electronic');
      named = true;
    }
    if (PAPER.test(folded)) {
      add('paper');
      named = true;
    }
    const words = folded.split(/[^а-яa-z0-9/-]+/).filter((word) => word && !FORM_FILLER.test(word));
    const meaningful = words.filter((word) => !ELECTRONIC.test(word) && !PAPER.test(word) && !PARTLY.test(word));
    if (!named || meaningful.length) rest.push(segment.trim());
  }
  return {forms, rest: tidyName(rest.filter(Boolean).join(' / '))};
}

// ---------------------------------------------------------------------------------------------
// Other details

const FREE =
  /^(?:бесплатно|бесплатная|бесплатный|на бесплатной основе|безвозмездно|тегін|тегин|тегін негізде|тегин негизде|free)\.?$/iu;

/** «Бесплатно», «Тегін» → `free`; anything else is the organisation's own words. */
export function isFree(text: string): boolean {
  return FREE.test(text.trim());
}

/** «15 рабочих дней», «30 минут», «5 жұмыс күні». */
export function looksLikeTerm(text: string): boolean {
  return /\d+\s*(?:рабоч|календар|минут|мин\.|час|дн|дней|день|сут|жұмыс|жумыс|күн|кун|сағат|сагат|ай|месяц|недель)/iu.test(
    text,
  );
}

export function looksLikeCost(text: string): boolean {
  return (
    isFree(text) || /бесплатн|безвозмездн|тегін|тегин|тенге|теңге|₸|платн|ақылы|акылы|мрп|айлық есептік/iu.test(text)
  );
}

/** A list of documents: an application, an identity document, a certificate… */
export function looksLikeDocuments(text: string): boolean {
  return /заявлени|өтініш|отиниш|удостоверени|свидетельств|куәлік|куалик|копи[яи]|көшірме|коширме|справк|анықтама|паспорт|фотограф|медицинск/iu.test(
    text,
  );
}
