/**
 * Which row is the header and what each column holds, in a table pasted from a school's page.
 * Headers are read in Kazakh and Russian (the register's long wordings, the usual short ones,
 * common typos, Kazakh typed without its letters); a column whose header says nothing we know,
 * or a table without headers, is recognised by what its cells contain.
 */
import type {Cell, Table} from './clipboard-table.js';
import {
  editDistance,
  findNames,
  findPhones,
  fold,
  looksLikeCost,
  looksLikeDocuments,
  looksLikeTerm,
  mentionsPortal,
  namesOffice,
  readCode,
  readForms,
} from './content.js';

export type ColumnKind =
  | 'code'
  | 'name'
  | 'channels'
  | 'forms'
  | 'responsible'
  | 'phones'
  | 'number'
  | 'documents'
  | 'term'
  | 'cost'
  | 'result'
  | 'unknown';

/** Why a column was given its kind. */
export type ColumnReason =
  /** Its header holds `matched` (a word of ours, or a near spelling of it: `fuzzy`). */
  | {by: 'header'; header: string; matched: string; fuzzy: boolean}
  /** `matched` of its `of` non-empty cells look like that kind of value. */
  | {by: 'content'; matched: number; of: number}
  /** No column is called the service's name: this one has the longest texts. */
  | {by: 'longest-text'; averageLength: number}
  /** Another column has the same kind, with more confidence. */
  | {by: 'duplicate'; of: number}
  | {by: 'nothing'};

export interface ColumnGuess {
  kind: ColumnKind;
  /** 0 to 1: 0.95 a header word, 0.8 a near spelling of one, less for content. */
  confidence: number;
  reason: ColumnReason;
}

export interface Recognition {
  /** Rows above the header: the list's title, other text. */
  titleRows: number[];
  /** The header rows (a multi-row header, a row of column numbers «1 2 3 …» under it). */
  headerRows: number[];
  /** The first row of services. */
  firstDataRow: number;
  columns: ColumnGuess[];
}

/** Kinds a table has one column of at most. */
const SINGLE: readonly ColumnKind[] = ['code', 'name', 'forms', 'number', 'term', 'cost', 'result'];

interface HeaderRule {
  kind: ColumnKind;
  /** Word beginnings, folded (Kazakh letters as Russian look-alikes); six letters or more also match one typo off. */
  stems: string[];
  patterns: RegExp[];
}

/** In order: the first rule that matches wins (the channels header names a «result», the code header a «service»). */
const HEADER_RULES: HeaderRule[] = [
  {
    kind: 'number',
    stems: [],
    patterns: [
      /^(?:№|n|no|#)\.?\s*(?:п\/п|р\/с|р\/н|п\.п\.?|р\.с\.?|пп)?$/,
      /^(?:п\/п|р\/с|р\/н|пп)\s*№?$/,
      /^(?:реттик|рет саны|порядковый)/,
    ],
  },
  {kind: 'code', stems: [], patterns: [/(?<![а-яa-z])код(?!екс)/]},
  {
    kind: 'responsible',
    stems: [
      'ответствен',
      'жауапты',
      'исполнител',
      'специалист',
      'должностн',
      'лауазымды',
      'орындаушы',
      'куратор',
      'фамилия',
    ],
    patterns: [
      /(?<![а-яa-z])ф\.\s?и\.\s?о/,
      /(?<![а-яa-z])фио(?![а-яa-z])/,
      /(?<![а-яa-z])т\.\s?а\.\s?а\./,
      /аты-?\s?жони/,
    ],
  },
  {kind: 'phones', stems: ['телефон', 'байланыс', 'контакт'], patterns: [/(?<![а-яa-z])тел\.?(?![а-яa-z])/]},
  {
    kind: 'forms',
    stems: ['нысан'],
    patterns: [
      /(?<![а-яa-z])форм[аыу]/,
      /способ[а-я]*\s(?:оказания|предоставления)/,
      /вид[а-я]*\sоказания/,
      /корсету тасил/,
      /электрон.*(?:бумаж|кагаз)/,
    ],
  },
  {
    kind: 'channels',
    stems: ['портал', 'услугодател', 'канал'],
    patterns: [
      /прием[а-я]*\sзаявлен/,
      /кабылдайтын/,
      /отиништ/,
      /куда\sобращ/,
      /где\s(?:подать|получить|обратиться|оказыва)/,
      /место\s(?:подачи|приема|оказания|получения)/,
      /способ[а-я]*\s(?:подачи|обращения|получения)/,
      /наименовани[а-я]*\sорганизац/,
      /уйымнын\sатауы/,
      /(?<![а-яa-z])кайда/,
      /(?<![а-яa-z])беруши/,
    ],
  },
  {kind: 'documents', stems: ['документ', 'кужат'], patterns: []},
  {kind: 'term', stems: ['срок', 'мерзим'], patterns: [/время\sоказания/, /(?<![а-яa-z])уакыт/]},
  {kind: 'cost', stems: ['стоимост', 'оплат', 'тариф', 'акысы'], patterns: [/(?<![а-яa-z])куны(?![а-яa-z])/, /платн/]},
  {kind: 'result', stems: ['результат', 'натиже'], patterns: []},
  {kind: 'name', stems: ['наименовани', 'название', 'атауы', 'атаулары', 'услуг', 'госуслуг', 'кызмет'], patterns: []},
];

/** What a header says, if it says a kind we know. */
export function readHeader(text: string): {kind: ColumnKind; matched: string; fuzzy: boolean} | undefined {
  const folded = fold(text);
  if (!folded) return undefined;
  const words = folded.split(/[^а-яa-z0-9№#-]+/).filter(Boolean);
  let fuzzyHit: {kind: ColumnKind; matched: string; fuzzy: boolean} | undefined;
  for (const rule of HEADER_RULES) {
    for (const pattern of rule.patterns) {
      const match = pattern.exec(folded);
      if (match) return {kind: rule.kind, matched: match[0], fuzzy: false};
    }
    for (const stem of rule.stems) {
      if (words.some((word) => word.startsWith(stem))) return {kind: rule.kind, matched: stem, fuzzy: false};
      if (!fuzzyHit && stem.length >= 6) {
        const near = words.find((word) =>
          [stem.length - 1, stem.length, stem.length + 1].some(
            (length) => word.length >= length && editDistance(word.slice(0, length), stem) <= 1,
          ),
        );
        if (near) fuzzyHit = {kind: rule.kind, matched: near, fuzzy: true};
      }
    }
  }
  return fuzzyHit;
}

/** Finds the header rows and the kind of each column. */
export function recognizeColumns(table: Table): Recognition {
  const rows = table.rows;
  const width = rows[0]?.length ?? 0;
  const firstSignal = rows.findIndex(hasDataSignal);
  const scanEnd = Math.min(firstSignal >= 0 ? firstSignal : Math.min(rows.length, 3), 12);
  const titleRows: number[] = [];
  const headerRows: number[] = [];
  for (let r = 0; r < scanEnd; r++) {
    const row = rows[r]!;
    const texts = row.map(cellText);
    const distinct = new Set(texts.filter(Boolean));
    const matches = texts.filter((text) => text && readHeader(text)).length;
    if (isNumberingRow(row)) headerRows.push(r);
    else if (width > 1 && distinct.size <= 1 && !headerRows.length) titleRows.push(r);
    else if (matches && (firstSignal >= 0 || matches * 2 >= distinct.size)) headerRows.push(r);
    else if (firstSignal >= 0 && !headerRows.length) titleRows.push(r);
    else break;
  }
  const firstDataRow = Math.max(-1, ...titleRows, ...headerRows) + 1;
  const body = rows.slice(firstDataRow, firstDataRow + 80);

  const columns: ColumnGuess[] = [];
  for (let c = 0; c < width; c++) {
    const fromHeader = headerGuess(rows, headerRows, c);
    const content = contentGuess(body.map((row) => row[c]!));
    columns.push(reconcile(fromHeader, content));
  }
  keepSingleKinds(columns);
  if (!columns.some((column) => column.kind === 'name')) nameByLength(columns, body);
  return {titleRows, headerRows, firstDataRow, columns};
}

function cellText(cell: Cell): string {
  return cell.lines.join(' ');
}

/** A code, a phone or a person's name: a row of services, not a header. */
function hasDataSignal(row: Cell[]): boolean {
  return row.some((cell) => {
    if (cell.lines.length === 1 && readCode(cell.lines[0]!)) return true;
    return cell.lines.some(
      (line) =>
        findPhones(line).phones.some((phone) => phone.display && phone.display.replace(/\D/g, '').length >= 10) ||
        findNames(line, false).length > 0,
    );
  });
}

/** «1 | 2 | 3 | 4 | 5 | 6» under the header, as official tables number their columns. */
function isNumberingRow(row: Cell[]): boolean {
  const texts = row.map(cellText).filter(Boolean);
  return texts.length >= 2 && texts.every((text, i) => text.replace(/[.)]$/, '') === String(i + 1));
}

function headerGuess(rows: Cell[][], headerRows: number[], column: number): ColumnGuess | undefined {
  // The lowest header row is the most precise («ФИО» under a merged «Ответственное лицо»).
  for (const r of [...headerRows].reverse()) {
    const header = cellText(rows[r]![column]!);
    const read = header ? readHeader(header) : undefined;
    if (read) {
      return {
        kind: read.kind,
        confidence: read.fuzzy ? 0.8 : 0.95,
        reason: {by: 'header', header, matched: read.matched, fuzzy: read.fuzzy},
      };
    }
  }
  return undefined;
}

type ContentKind = Exclude<ColumnKind, 'name' | 'result' | 'unknown'>;
/** In order of precedence when a column looks like several kinds equally. */
const CONTENT_KINDS: ContentKind[] = [
  'code',
  'number',
  'phones',
  'responsible',
  'forms',
  'channels',
  'term',
  'cost',
  'documents',
];
const PHONE_FILLER = /^(?:тел\.?|телефон[а-я]*|моб\.?|сот\.?|раб\.?|ұялы|уялы|жұмыс|жумыс|[\s,;:()/.-])*$/iu;

/** Which kinds of value a cell looks like. */
export function cellKinds(cell: Cell): Set<ContentKind> {
  const kinds = new Set<ContentKind>();
  const text = cell.lines.join('\n');
  if (!text) return kinds;
  if (cell.lines.length === 1 && readCode(text)) kinds.add('code');
  if (cell.lines.length === 1 && /^\d{1,3}[.)]?$/.test(text)) kinds.add('number');
  const phoneLines = cell.lines.map((line) => findPhones(line, true));
  if (
    phoneLines.every(
      ({phones, rest}) => phones.length && phones.every((phone) => phone.display) && PHONE_FILLER.test(rest),
    )
  ) {
    kinds.add('phones');
  }
  if (cell.lines.some((line) => findNames(line, false).length)) kinds.add('responsible');
  const forms = readForms(text);
  if (forms.forms.length && !forms.rest && !mentionsPortal(text)) kinds.add('forms');
  if (mentionsPortal(text) || cell.lines.every((line) => namesOffice(line))) kinds.add('channels');
  if (looksLikeTerm(text) && text.length < 80) kinds.add('term');
  if (looksLikeCost(text) && text.length < 80) kinds.add('cost');
  if (looksLikeDocuments(text) && cell.lines.length > 1) kinds.add('documents');
  return kinds;
}

function contentGuess(cells: Cell[]): ColumnGuess | undefined {
  const filled = cells.filter((cell) => cell.lines.length);
  if (!filled.length) return undefined;
  const counts = new Map<ContentKind, number>();
  for (const cell of filled) for (const kind of cellKinds(cell)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  let best: ContentKind | undefined;
  for (const kind of CONTENT_KINDS) {
    if ((counts.get(kind) ?? 0) > (best ? counts.get(best)! : 0)) best = kind;
  }
  const matched = best ? counts.get(best)! : 0;
  if (!best || matched * 2 < filled.length) return undefined;
  return {
    kind: best,
    confidence: Math.round((matched / filled.length) * 0.9 * 100) / 100,
    reason: {by: 'content', matched, of: filled.length},
  };
}

/** The header wins, unless the cells plainly say otherwise. */
function reconcile(header: ColumnGuess | undefined, content: ColumnGuess | undefined): ColumnGuess {
  if (!header) return content ?? {kind: 'unknown', confidence: 0, reason: {by: 'nothing'}};
  if (!content) return header;
  // «Телефон ответственного лица»: phones only, though the header names the official.
  if (header.kind === 'responsible' && content.kind === 'phones' && content.confidence >= 0.7) return content;
  // «Телефон» over cells of names with their phones: the officials' column.
  if (header.kind === 'phones' && content.kind === 'responsible') return content;
  return header;
}

function keepSingleKinds(columns: ColumnGuess[]): void {
  for (const kind of SINGLE) {
    const holders = columns.map((column, index) => ({column, index})).filter(({column}) => column.kind === kind);
    if (holders.length < 2) continue;
    const best = holders.reduce((a, b) => (b.column.confidence > a.column.confidence ? b : a));
    for (const {index} of holders) {
      if (index !== best.index)
        columns[index] = {kind: 'unknown', confidence: 0, reason: {by: 'duplicate', of: best.index}};
    }
  }
}

function nameByLength(columns: ColumnGuess[], body: Cell[][]): void {
  let best = -1;
  let bestLength = 0;
  columns.forEach((column, c) => {
    if (column.kind !== 'unknown') return;
    const texts = body.map((row) => cellText(row[c]!)).filter(Boolean);
    const average = texts.length ? texts.reduce((sum, text) => sum + text.length, 0) / texts.length : 0;
    if (average > bestLength) {
      best = c;
      bestLength = average;
    }
  });
  if (best >= 0 && bestLength >= 15) {
    columns[best] = {
      kind: 'name',
      confidence: 0.5,
      reason: {by: 'longest-text', averageLength: Math.round(bestLength)},
    };
  }
}

/**
 * The language of a table's text: Kazakh when its letters that Russian lacks (ә, ғ, қ, ң, ө, ұ,
 * ү, һ, і) are more than 1% of its Cyrillic letters.
 */
export function guessLanguage(table: Table): 'kk' | 'ru' | undefined {
  const text = table.rows.flatMap((row) => row.flatMap((cell) => cell.lines)).join(' ');
  const cyrillic = text.match(/[\u0400-\u04ff]/g)?.length ?? 0;
  if (cyrillic < 20) return undefined;
  const kazakh = text.match(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g)?.length ?? 0;
  return kazakh / cyrillic > 0.01 ? 'kk' : 'ru';
}
