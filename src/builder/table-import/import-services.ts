/**
 * Turns a pasted table of state services into our data format (version 2): services with their
 * codes, where to apply, forms and responsible officials, the officials with their phones, and
 * the channels, plus a report of what went where, row by row, for the webmaster to accept or fix.
 *
 * What the importer corrects on its own, each said in the report: codes written in the register's
 * eight digits; phones in one national format; known portals by their address whatever the
 * spelling («Indigo.24 kz» is Indigo24.kz); a person written two ways that differ by one letter
 * or as initials (the spelling most rows use wins); a form column that holds channels. What it
 * cannot know it leaves for the reader: typos in service names, a form nobody wrote.
 */
import type {LocalizedText, ServiceForm} from '../../data/model.js';
import type {Cell, Table} from './clipboard-table.js';
import {
  capitalize,
  editDistance,
  findNames,
  findPhones,
  fixMixedScript,
  fold,
  idFrom,
  initialsMatch,
  isFree,
  PORTALS,
  readChannels,
  readCode,
  readForms,
  surnameOf,
  tidyName,
  namesOffice,
  mentionsPortal,
  type ChannelPart,
  type FoundPhone,
} from './content.js';
import {guessLanguage, recognizeColumns, type ColumnKind, type Recognition} from './recognize.js';

export type Language = 'kk' | 'ru';

// ---------------------------------------------------------------------------------------------
// The data, as plain JSON objects of the file format (data/osakarovka-education.json)

export interface ImportedOrganization {
  id: string;
  name: LocalizedText;
}

export interface ImportedChannel {
  id: string;
  kind: 'portal' | 'office';
  name: LocalizedText;
  url?: string;
}

export interface ImportedOfficial {
  id: string;
  name?: LocalizedText;
  position?: LocalizedText;
  /** In the one national format: `8 (72149) 4-13-94`. */
  phones?: string[];
}

export interface ImportedService {
  /** The register's eight-digit form: `00403007`. */
  code?: string;
  name: LocalizedText;
  channels?: string[];
  forms?: ServiceForm[];
  responsible?: string[];
  documents?: LocalizedText[];
  term?: LocalizedText;
  cost?: 'free' | LocalizedText;
  result?: LocalizedText;
}

/** A partial data file: wrap it with `schemaVersion`, `id` and an organisation to have a file. */
export interface ImportedData {
  /** Empty: a table of services rarely names the organisations; the builder asks for them. */
  organizations: ImportedOrganization[];
  channels: ImportedChannel[];
  officials: ImportedOfficial[];
  services: ImportedService[];
}

// ---------------------------------------------------------------------------------------------
// The report

export type Field = Exclude<ColumnKind, 'unknown'>;

/** A value taken from a cell into the data. */
export interface Placed {
  column: number;
  field: Field;
  /** As the data has it: the code, a name, a channel's or official's name, a phone, a form. */
  value: string;
  /** The id of the channel or official the value is or belongs to. */
  ref?: string;
}

export type UnplacedReason =
  /** The column's kind is unknown. */
  | 'unknown-column'
  /** Digits that make no phone we can read. */
  | 'unreadable-phone'
  /** Text in the phones column that is no phone. */
  | 'not-a-phone'
  /** A phone with nobody to belong to (no official in the row). */
  | 'phone-without-official'
  /** Text in the forms column that names no form (and no channel). */
  | 'unknown-form'
  /** Text in the code column that is no register code. */
  | 'bad-code'
  /** A code another service of the table already has. */
  | 'duplicate-code'
  /** A row with a code or details but no service name. */
  | 'no-name'
  /** A row with one text across the table: a section heading («Мектепке дейінгі білім»). */
  | 'section-heading'
  /** Text above the header: the list's title. */
  | 'title'
  /** Text in the officials' column that is neither a name, a post nor a phone. */
  | 'not-an-official';

/** Text of a cell that went nowhere, and why. */
export interface Unplaced {
  column: number;
  text: string;
  reason: UnplacedReason;
}

/** What the importer did that the reader may want to see, or check. */
export type Note =
  /** Written without (or with) the leading zeros: kept as the eight-digit code. */
  | {kind: 'code-form'; written: string; code: string}
  /** A known portal written otherwise than its name («Indigo.24 kz»). */
  | {kind: 'portal-spelling'; written: string; channel: string}
  /** A phone written otherwise than the national format. */
  | {kind: 'phone-format'; written: string; display: string}
  /** A district number without its area code: it dials only from nearby. */
  | {kind: 'local-phone'; written: string}
  /** A column holds what belongs in another: 403002's form column holds its channels. */
  | {kind: 'shifted-columns'; column: number; from: Field; to: Field; text: string}
  /** The table has a form column but this service has no form; what similar services have. */
  | {kind: 'no-form'; suggestion?: ServiceForm[]}
  /** The same person written another way elsewhere; the spelling most rows use is kept. */
  | {kind: 'name-variant'; written: string; chosen: string; official: string; rows: number}
  /** The same office written another way elsewhere; the fullest is kept. */
  | {kind: 'channel-variant'; written: string; chosen: string; channel: string}
  /** A Latin letter inside a Cyrillic word, made Cyrillic («Cембаевна»). */
  | {kind: 'mixed-script'; written: string; fixed: string}
  /** Several officials and phones in one row: whose this phone is was guessed from their order. */
  | {kind: 'phone-owner-guessed'; phone: string; official: string}
  /** This row adds officials, channels or details to the service of an earlier row. */
  | {kind: 'continues'; row: number}
  /** A text over 2 000 characters was cut (the data allows no more). */
  | {kind: 'cut'; field: Field; length: number}
  /** The table reads as the other language than the one it was pasted as. */
  | {kind: 'language'; pasted: Language; looksLike: Language}
  /** (merge) A service of one table has no counterpart in the other. */
  | {kind: 'one-table-only'; service: string}
  /** (merge) Matched by their order, not their code. */
  | {kind: 'matched-by-order'; service: string}
  /** (merge) The two tables say different things for one service's field; the first is kept. */
  | {kind: 'differs'; field: Field; service: string; kept: string; other: string};

export type RowKind = 'title' | 'header' | 'service' | 'continuation' | 'section' | 'skipped';

export interface RowReport {
  /** Which pasted table (0 for the first; a merge numbers the second table's rows after the first's). */
  table: number;
  language: Language;
  /** The row's index in the table's `rows`. */
  row: number;
  kind: RowKind;
  /** The service this row is or adds to: its index in `data.services`. */
  service?: number;
  placed: Placed[];
  unplaced: Unplaced[];
  notes: Note[];
}

export interface ImportResult {
  /** The languages the data's texts are in. */
  languages: Language[];
  data: ImportedData;
  /** One per pasted table: its header rows and the kind of each column. */
  recognition: Recognition[];
  report: RowReport[];
  /** What concerns a whole table or the merge rather than one row. */
  notes: Note[];
  /** How many rows wrote each spelling of each official's name, for the merge to weigh. */
  nameSpellings: Record<string, Record<string, number>>;
}

/** The notes a reader should look at (the others say what was tidied). */
export function needsCheck(note: Note): boolean {
  return !['code-form', 'phone-format', 'continues', 'mixed-script', 'portal-spelling'].includes(note.kind);
}

// ---------------------------------------------------------------------------------------------
// Import

const MAX_TEXT = 2000;

interface Person {
  name?: string;
  position?: string;
  phones: FoundPhone[];
  column: number;
}

interface RowDraft {
  row: number;
  kind: RowKind;
  code?: {written: string; code: string; column: number};
  name?: {text: string; column: number; merged: boolean};
  channels: {part: ChannelPart; column: number}[];
  forms: {form: ServiceForm; column: number}[];
  people: Person[];
  phones: {phone: FoundPhone; column: number}[];
  documents: {text: string; column: number}[];
  term?: {text: string; column: number};
  cost?: {text: string; column: number};
  result?: {text: string; column: number};
  number?: {text: string; column: number};
  unplaced: Unplaced[];
  notes: Note[];
  placed: Placed[];
  /** Index of the service draft this row is or adds to. */
  service?: number;
  /** Official ids of the row's people, once known. */
  officials: string[];
  channelIds: string[];
}

interface ServiceDraft {
  rows: RowDraft[];
  code?: string;
  name: string;
}

/**
 * Imports a pasted table whose texts are in `language`. Every row is reported; nothing of the
 * table is dropped without a word.
 */
export function importTable(table: Table, language: Language): ImportResult {
  return new Importer(table, language).run();
}

class Importer {
  private readonly recognition: Recognition;
  private readonly drafts: RowDraft[] = [];
  private readonly services: ServiceDraft[] = [];
  private readonly notes: Note[] = [];
  private readonly officials: ImportedOfficial[] = [];
  private readonly channels: ImportedChannel[] = [];
  private readonly nameSpellings: Record<string, Record<string, number>> = {};
  /** A person's spelling (as written) → official id. */
  private readonly officialBySpelling = new Map<string, string>();
  private readonly channelByKey = new Map<string, string>();

  constructor(
    private readonly table: Table,
    private readonly language: Language,
  ) {
    this.recognition = recognizeColumns(table);
  }

  run(): ImportResult {
    const looksLike = guessLanguage(this.table);
    if (looksLike && looksLike !== this.language) this.notes.push({kind: 'language', pasted: this.language, looksLike});
    this.readRows();
    this.groupServices();
    this.identifyOfficials();
    this.attributePhones();
    this.identifyChannels();
    const services = this.buildServices();
    this.suggestForms(services);
    return {
      languages: [this.language],
      data: {organizations: [], channels: this.channels, officials: this.officials, services},
      recognition: [this.recognition],
      report: this.drafts.map((draft) => ({
        table: 0,
        language: this.language,
        row: draft.row,
        kind: draft.kind,
        ...(draft.service === undefined ? {} : {service: draft.service}),
        placed: draft.placed,
        unplaced: draft.unplaced,
        notes: draft.notes,
      })),
      notes: this.notes,
      nameSpellings: this.nameSpellings,
    };
  }

  private text(value: string): LocalizedText {
    return {[this.language]: value};
  }

  // --- reading each row ------------------------------------------------------------------------

  private readRows(): void {
    const {titleRows, headerRows, firstDataRow, columns} = this.recognition;
    const headerTexts = headerRows.map((r) => rowText(this.table.rows[r]!));
    this.table.rows.forEach((cells, row) => {
      const draft: RowDraft = {
        row,
        kind: 'service',
        channels: [],
        forms: [],
        people: [],
        phones: [],
        documents: [],
        unplaced: [],
        notes: [],
        placed: [],
        officials: [],
        channelIds: [],
      };
      this.drafts.push(draft);
      if (titleRows.includes(row) || row < firstDataRow) {
        draft.kind = headerRows.includes(row) ? 'header' : 'title';
        if (draft.kind === 'title') {
          const text = [...new Set(cells.map((cell) => cell.lines.join(' ')).filter(Boolean))].join(' ');
          draft.unplaced.push({column: 0, text, reason: 'title'});
        }
        return;
      }
      if (headerTexts.includes(rowText(cells)) || isNumbering(cells)) {
        draft.kind = 'header';
        return;
      }
      if (
        isSectionHeading(
          cells,
          columns.map((column) => column.kind),
        )
      ) {
        draft.kind = 'section';
        const column = cells.findIndex((cell) => cell.lines.length);
        draft.unplaced.push({column, text: cells[column]!.lines.join(' '), reason: 'section-heading'});
        return;
      }
      cells.forEach((cell, column) => {
        if (!cell.lines.length) return;
        // A cell merged across columns is read once, as its first column.
        const left = cells[column - 1];
        if (cell.merged && left?.merged && sameLines(left, cell)) return;
        this.readCell(draft, cell, column, columns[column]!.kind);
      });
    });
  }

  private readCell(draft: RowDraft, cell: Cell, column: number, kind: ColumnKind): void {
    const lines = cell.lines.map((line) => {
      const fixed = fixMixedScript(line);
      if (fixed !== line) draft.notes.push({kind: 'mixed-script', written: line, fixed});
      return fixed;
    });
    const joined = lines.join(' ');
    switch (kind) {
      case 'code': {
        const code = readCode(joined);
        if (code) draft.code = {written: joined, code, column};
        else draft.unplaced.push({column, text: joined, reason: 'bad-code'});
        return;
      }
      case 'name':
        draft.name = {text: joined, column, merged: cell.merged};
        return;
      case 'number':
        draft.number = {text: joined, column};
        return;
      case 'channels':
        return this.readChannelCell(draft, lines, column);
      case 'forms':
        return this.readFormCell(draft, lines, column);
      case 'responsible':
        return this.readPeople(draft, lines, column);
      case 'phones':
        for (const line of lines) {
          const {phones, rest} = findPhones(line, true);
          for (const phone of phones) draft.phones.push({phone, column});
          if (tidyName(rest.replace(PHONE_WORDS, ' '))) {
            draft.unplaced.push({column, text: rest, reason: 'not-a-phone'});
          }
        }
        return;
      case 'documents':
        for (const item of documentItems(lines)) draft.documents.push({text: item, column});
        return;
      case 'term':
      case 'cost':
      case 'result':
        draft[kind] = {text: joined, column};
        return;
      default:
        draft.unplaced.push({column, text: lines.join('\n'), reason: 'unknown-column'});
    }
  }

  private readChannelCell(draft: RowDraft, lines: string[], column: number): void {
    for (const part of readChannels(lines)) {
      // «Электронная» in the channels column: a form, in the wrong column.
      if (part.kind === 'office' && !namesOffice(part.name)) {
        const {forms, rest} = readForms(part.name);
        if (forms.length && !rest) {
          draft.notes.push({kind: 'shifted-columns', column, from: 'channels', to: 'forms', text: part.name});
          for (const form of forms) draft.forms.push({form, column});
          continue;
        }
      }
      draft.channels.push({part, column});
    }
  }

  private readFormCell(draft: RowDraft, lines: string[], column: number): void {
    const text = lines.join(' ');
    const pieces = mentionsPortal(text) ? readChannels(lines) : [{kind: 'office' as const, name: text}];
    for (const piece of pieces) {
      if (piece.kind !== 'office') {
        // 403002: the form column holds where to apply (CORRECTIONS.md 4).
        draft.notes.push({kind: 'shifted-columns', column, from: 'forms', to: 'channels', text: piece.written});
        draft.channels.push({part: piece, column});
        continue;
      }
      const {forms, rest} = readForms(piece.name);
      for (const form of forms) draft.forms.push({form, column});
      if (!rest) continue;
      if (namesOffice(rest)) {
        draft.notes.push({kind: 'shifted-columns', column, from: 'forms', to: 'channels', text: rest});
        draft.channels.push({part: {kind: 'office', name: rest}, column});
      } else draft.unplaced.push({column, text: rest, reason: 'unknown-form'});
    }
  }

  /** Officials in a cell: names, posts and phones, several people in one cell included. */
  private readPeople(draft: RowDraft, lines: string[], column: number): void {
    const people: Person[] = [];
    let pendingPosition: string | undefined;
    let pendingPhones: FoundPhone[] = [];
    const start = (person: Person) => {
      if (pendingPosition && !person.position) person.position = pendingPosition;
      pendingPosition = undefined;
      person.phones.push(...pendingPhones);
      pendingPhones = [];
      people.push(person);
    };
    for (const line of lines) {
      const {phones, rest} = findPhones(line);
      const names = findNames(rest);
      if (names.length) {
        let cursor = 0;
        names.forEach(({name, index}, i) => {
          const before = position(rest.slice(cursor, index));
          cursor = index + name.length;
          const after = i === names.length - 1 ? position(rest.slice(cursor)) : undefined;
          if (before) pendingPosition = before;
          start({name, column, phones: [], ...(after ? {position: after} : {})});
        });
      } else {
        const post = position(rest);
        const current = people[people.length - 1];
        if (post && current && !current.position && !current.phones.length && !pendingPosition) current.position = post;
        else if (post && /[\p{L}]{3}/u.test(post)) pendingPosition = post;
        else if (tidyName(rest.replace(PHONE_WORDS, ' '))) {
          draft.unplaced.push({column, text: rest, reason: 'not-an-official'});
        }
      }
      const owner = people[people.length - 1];
      if (owner && !pendingPosition) owner.phones.push(...phones);
      else pendingPhones.push(...phones);
    }
    if (pendingPosition || pendingPhones.length) {
      const current = people[people.length - 1];
      if (pendingPosition && current && !current.position) {
        current.position = pendingPosition;
        current.phones.push(...pendingPhones);
      } else if (pendingPosition) {
        people.push({position: pendingPosition, phones: pendingPhones, column});
      } else if (current) current.phones.push(...pendingPhones);
      else for (const phone of pendingPhones) draft.phones.push({phone, column});
    }
    draft.people.push(...people);
  }

  // --- rows into services ------------------------------------------------------------------------

  private groupServices(): void {
    const byCode = new Map<string, number>();
    let previous: ServiceDraft | undefined;
    let previousDraft: RowDraft | undefined;
    for (const draft of this.drafts) {
      if (draft.kind !== 'service') continue;
      const hasDetails =
        draft.channels.length ||
        draft.forms.length ||
        draft.people.length ||
        draft.phones.length ||
        draft.documents.length;
      const code = draft.code?.code;
      const sameAsPrevious =
        previous &&
        previousDraft &&
        ((code !== undefined && code === previous.code && (!draft.name || sameName(draft.name.text, previous.name))) ||
          (!code && draft.name?.merged && previousDraft.name && sameName(draft.name.text, previousDraft.name.text)) ||
          (!code && !draft.name && hasDetails));
      if (sameAsPrevious) {
        draft.kind = 'continuation';
        draft.service = this.services.indexOf(previous!);
        draft.notes.push({kind: 'continues', row: previous!.rows[0]!.row});
        previous!.rows.push(draft);
        previousDraft = draft;
        continue;
      }
      if (!draft.name) {
        draft.kind = 'skipped';
        this.unplaceRow(draft, 'no-name');
        continue;
      }
      const service: ServiceDraft = {rows: [draft], name: draft.name.text};
      if (code !== undefined) {
        if (byCode.has(code)) {
          draft.unplaced.push({column: draft.code!.column, text: draft.code!.written, reason: 'duplicate-code'});
        } else {
          service.code = code;
          byCode.set(code, this.services.length);
        }
      }
      draft.service = this.services.length;
      this.services.push(service);
      previous = service;
      previousDraft = draft;
    }
  }

  /** A row that is no service: everything it holds goes to the report. */
  private unplaceRow(draft: RowDraft, reason: UnplacedReason): void {
    const row = this.table.rows[draft.row]!;
    row.forEach((cell, column) => {
      if (cell.lines.length && !draft.unplaced.some((item) => item.column === column)) {
        draft.unplaced.push({column, text: cell.lines.join('\n'), reason});
      }
    });
    draft.people = [];
    draft.phones = [];
    draft.channels = [];
    draft.forms = [];
    draft.documents = [];
  }

  // --- officials ---------------------------------------------------------------------------------

  /**
   * One official per person: spellings that differ by one letter, or initials of a full name,
   * are one person, under the spelling most rows use (the full name over initials).
   */
  private identifyOfficials(): void {
    const occurrences = new Map<string, {count: number; first: number; rows: Set<number>}>();
    for (const draft of this.drafts) {
      for (const person of draft.people) {
        if (!person.name) continue;
        const entry = occurrences.get(person.name) ?? {count: 0, first: draft.row, rows: new Set<number>()};
        if (!entry.rows.has(draft.row)) entry.count++;
        entry.rows.add(draft.row);
        occurrences.set(person.name, entry);
      }
    }
    const spellings = [...occurrences.keys()].sort(
      (a, b) =>
        occurrences.get(b)!.count - occurrences.get(a)!.count ||
        Number(wellFormedName(b)) - Number(wellFormedName(a)) ||
        occurrences.get(a)!.first - occurrences.get(b)!.first,
    );
    const clusters: string[][] = [];
    for (const spelling of spellings) {
      const cluster = clusters.find((members) => members.some((member) => samePerson(member, spelling)));
      if (cluster) cluster.push(spelling);
      else clusters.push([spelling]);
    }
    clusters.sort(
      (a, b) =>
        Math.min(...a.map((s) => occurrences.get(s)!.first)) - Math.min(...b.map((s) => occurrences.get(s)!.first)),
    );
    const used = new Set<string>();
    for (const cluster of clusters) {
      const full = cluster.filter((spelling) => !spelling.includes('.'));
      const chosen = (full.length ? full : cluster)[0]!;
      const id = this.officialId(chosen, used);
      this.officials.push({id, name: this.text(chosen)});
      this.nameSpellings[id] = Object.fromEntries(
        cluster.map((spelling) => [spelling, occurrences.get(spelling)!.count]),
      );
      for (const spelling of cluster) {
        this.officialBySpelling.set(spelling, id);
        if (spelling === chosen) continue;
        for (const row of occurrences.get(spelling)!.rows) {
          this.drafts[row]!.notes.push({
            kind: 'name-variant',
            written: spelling,
            chosen,
            official: id,
            rows: occurrences.get(spelling)!.count,
          });
        }
      }
    }
    // Posts without a name («Директор»): one official per post.
    for (const draft of this.drafts) {
      for (const person of draft.people) {
        if (person.name || !person.position) continue;
        const key = `post:${fold(person.position)}`;
        if (this.officialBySpelling.has(key)) continue;
        const id = this.uniqueId(idFrom(person.position, 30) || 'official', used);
        this.officialBySpelling.set(key, id);
        this.officials.push({id, position: this.text(person.position)});
      }
    }
    for (const draft of this.drafts) {
      for (const person of draft.people) {
        const id = this.officialOf(person)!;
        if (!draft.officials.includes(id)) draft.officials.push(id);
        const official = this.officials.find((item) => item.id === id)!;
        if (person.position && person.name && !official.position) official.position = this.text(person.position);
        for (const phone of person.phones) this.addPhone(draft, official, phone, person.column);
      }
    }
  }

  private officialOf(person: Person): string | undefined {
    return person.name
      ? this.officialBySpelling.get(person.name)
      : this.officialBySpelling.get(`post:${fold(person.position ?? '')}`);
  }

  private officialId(name: string, used: Set<string>): string {
    const surname = idFrom(surnameOf(name), 30) || 'official';
    if (!used.has(surname)) {
      used.add(surname);
      return surname;
    }
    const words = name.split(/\s+/);
    return this.uniqueId(idFrom(`${surnameOf(name)} ${words[1] ?? ''}`, 40) || surname, used);
  }

  private uniqueId(base: string, used: Set<string>): string {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  }

  private addPhone(draft: RowDraft, official: ImportedOfficial, phone: FoundPhone, column: number): void {
    if (!phone.display) {
      draft.unplaced.push({column, text: phone.written, reason: 'unreadable-phone'});
      return;
    }
    if (
      phone.written !== phone.display &&
      !draft.notes.some((note) => note.kind === 'phone-format' && note.written === phone.written)
    ) {
      draft.notes.push({kind: 'phone-format', written: phone.written, display: phone.display});
    }
    if (!/^8 \(|^\d{3,4}$/.test(phone.display)) draft.notes.push({kind: 'local-phone', written: phone.written});
    official.phones ??= [];
    if (!official.phones.includes(phone.display)) official.phones.push(phone.display);
    draft.placed.push({column, field: 'phones', value: phone.display, ref: official.id});
  }

  /**
   * Phones of a separate column: one official in the row has them all. With several, a phone
   * goes to the one it belongs to in the rows where that one is alone; the others in order.
   */
  private attributePhones(): void {
    const known = new Map<string, Set<string>>();
    for (const draft of this.drafts) {
      if (draft.officials.length !== 1) continue;
      for (const {phone} of draft.phones) {
        if (!phone.display) continue;
        const set = known.get(draft.officials[0]!) ?? new Set<string>();
        set.add(phone.display);
        known.set(draft.officials[0]!, set);
      }
    }
    const byId = (id: string) => this.officials.find((official) => official.id === id)!;
    for (const draft of this.drafts) {
      if (!draft.phones.length || (draft.kind !== 'service' && draft.kind !== 'continuation')) continue;
      const people = draft.officials;
      const readable = draft.phones.filter(({phone}) => phone.display);
      for (const {phone, column} of draft.phones) {
        if (!phone.display) draft.unplaced.push({column, text: phone.written, reason: 'unreadable-phone'});
      }
      if (!people.length) {
        for (const {phone, column} of readable) {
          draft.unplaced.push({column, text: phone.written, reason: 'phone-without-official'});
        }
        continue;
      }
      const owners: (string | undefined)[] = readable.map(({phone}) => {
        if (people.length === 1) return people[0];
        const holders = people.filter((id) => known.get(id)?.has(phone.display!));
        return holders.length === 1 ? holders[0] : undefined;
      });
      const unknown = owners.map((owner, i) => (owner ? -1 : i)).filter((i) => i >= 0);
      const without = people.filter((id) => !owners.includes(id));
      unknown.forEach((i, n) => {
        let owner: string;
        if (without.length === 1) owner = without[0]!;
        else if (without.length === unknown.length) owner = without[n]!;
        else {
          // Guessed, and said so: phones are listed in the order of their people, so the nearest
          // known phone's owner, else the officials without phones in turn (the first ones take more).
          const near = owners.slice(0, i).reverse().find(Boolean) ?? owners.slice(i + 1).find(Boolean);
          const share = Math.ceil(unknown.length / Math.max(without.length, 1));
          owner = without.length ? without[Math.floor(n / share)]! : (near ?? people[0]!);
          draft.notes.push({kind: 'phone-owner-guessed', phone: readable[i]!.phone.display!, official: owner});
        }
        owners[i] = owner;
      });
      readable.forEach(({phone, column}, i) => this.addPhone(draft, byId(owners[i]!), phone, column));
    }
  }

  // --- channels ----------------------------------------------------------------------------------

  private identifyChannels(): void {
    const offices = new Map<string, {spellings: Map<string, number>; words: string[]}>();
    // Offices first, to tell their variants apart («…образования» and «…образования района»).
    for (const draft of this.drafts) {
      for (const {part} of draft.channels) {
        if (part.kind !== 'office') continue;
        const name = capitalize(part.name);
        const key = fold(name)
          .replace(/[^а-яa-z0-9 ]+/g, ' ')
          .replace(/\s+/g, ' ')
          .trim();
        const words = key.split(' ');
        let found = offices.get(key) ? key : undefined;
        if (!found) {
          for (const [otherKey, other] of offices) {
            if (sameOffice(words, other.words)) {
              found = otherKey;
              break;
            }
          }
        }
        if (!found) {
          offices.set(key, {spellings: new Map(), words});
          found = key;
        }
        const entry = offices.get(found)!;
        entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
        if (words.length > entry.words.length) entry.words = words;
        this.channelByKey.set(`office:${name}`, found);
      }
    }
    const used = new Set<string>(Object.keys(PORTALS));
    const officeIds = new Map<string, {id: string; chosen: string}>();
    const channelFor = (part: ChannelPart): {id: string; name: string; written: string} => {
      if (part.kind === 'portal') {
        const portal = PORTALS[part.portal];
        this.ensureChannel({
          id: part.portal,
          kind: 'portal',
          name: this.text(portal.name[this.language]),
          url: portal.url,
        });
        return {id: part.portal, name: portal.name[this.language], written: part.written};
      }
      if (part.kind === 'site') {
        const id = idFrom(part.host.replace(/^www\./, ''), 40) || 'site';
        this.ensureChannel({id, kind: 'portal', name: this.text(part.host), url: `https://${part.host}`});
        return {id, name: part.host, written: part.written};
      }
      const name = capitalize(part.name);
      const key = this.channelByKey.get(`office:${name}`)!;
      let office = officeIds.get(key);
      if (!office) {
        const spellings = [...offices.get(key)!.spellings.keys()];
        // The fullest spelling: «…образования района» over «…образования».
        const chosen = spellings.reduce((a, b) => (b.split(' ').length > a.split(' ').length ? b : a));
        let id = idFrom(chosen, 40) || 'office';
        if (used.has(id)) id = this.uniqueId(id, used);
        used.add(id);
        office = {id, chosen};
        officeIds.set(key, office);
        this.ensureChannel({id, kind: 'office', name: this.text(chosen)});
      }
      return {id: office.id, name: office.chosen, written: name};
    };
    for (const draft of this.drafts) {
      for (const {part, column} of draft.channels) {
        const channel = channelFor(part);
        if (part.kind === 'portal' && fold(channel.written) !== fold(channel.name)) {
          draft.notes.push({kind: 'portal-spelling', written: channel.written, channel: channel.id});
        }
        if (part.kind === 'office' && channel.written !== channel.name) {
          draft.notes.push({
            kind: 'channel-variant',
            written: channel.written,
            chosen: channel.name,
            channel: channel.id,
          });
        }
        if (!draft.channelIds.includes(channel.id)) {
          draft.channelIds.push(channel.id);
          draft.placed.push({column, field: 'channels', value: channel.name, ref: channel.id});
        }
      }
    }
  }

  private ensureChannel(channel: ImportedChannel): void {
    if (!this.channels.some((item) => item.id === channel.id)) this.channels.push(channel);
  }

  // --- services ----------------------------------------------------------------------------------

  private buildServices(): ImportedService[] {
    return this.services.map((draft) => {
      const first = draft.rows[0]!;
      const name = this.text(this.cut(first, 'name', draft.name));
      if (draft.code) {
        first.placed.push({column: first.code!.column, field: 'code', value: draft.code});
        if (first.code!.written !== draft.code)
          first.notes.push({kind: 'code-form', written: first.code!.written, code: draft.code});
      }
      first.placed.push({column: first.name!.column, field: 'name', value: draft.name});
      const channels: string[] = [];
      const forms: ServiceForm[] = [];
      const responsible: string[] = [];
      const documents: LocalizedText[] = [];
      const details: Pick<ImportedService, 'term' | 'cost' | 'result'> = {};
      for (const row of draft.rows) {
        if (row.number) row.placed.push({column: row.number.column, field: 'number', value: row.number.text});
        for (const id of row.channelIds) if (!channels.includes(id)) channels.push(id);
        for (const {form, column} of row.forms) {
          if (forms.includes(form)) continue;
          forms.push(form);
          row.placed.push({column, field: 'forms', value: form});
        }
        for (const id of row.officials) {
          if (responsible.includes(id)) continue;
          responsible.push(id);
          const official = this.officials.find((item) => item.id === id)!;
          const person = row.people.find((p) => this.officialOf(p) === id)!;
          const value = official.name?.[this.language] ?? official.position?.[this.language] ?? id;
          row.placed.push({column: person.column, field: 'responsible', value, ref: id});
        }
        for (const {text, column} of row.documents) {
          documents.push(this.text(this.cut(row, 'documents', text)));
          row.placed.push({column, field: 'documents', value: text});
        }
        for (const field of ['term', 'result'] as const) {
          const value = row[field];
          if (!value || details[field]) continue;
          details[field] = this.text(this.cut(row, field, value.text));
          row.placed.push({column: value.column, field, value: value.text});
        }
        if (row.cost && !details.cost) {
          const free = isFree(row.cost.text);
          details.cost = free ? 'free' : this.text(this.cut(row, 'cost', row.cost.text));
          row.placed.push({column: row.cost.column, field: 'cost', value: free ? 'free' : row.cost.text});
        }
      }
      // In the order of the data file's fields.
      return {
        ...(draft.code ? {code: draft.code} : {}),
        name,
        ...(channels.length ? {channels} : {}),
        ...(forms.length ? {forms} : {}),
        ...(responsible.length ? {responsible} : {}),
        ...(documents.length ? {documents} : {}),
        ...(details.term ? {term: details.term} : {}),
        ...(details.cost ? {cost: details.cost} : {}),
        ...(details.result ? {result: details.result} : {}),
      };
    });
  }

  private cut(draft: RowDraft, field: Field, text: string): string {
    if (text.length <= MAX_TEXT) return text;
    draft.notes.push({kind: 'cut', field, length: text.length});
    return `${text.slice(0, MAX_TEXT - 1)}…`;
  }

  /**
   * A service without a form in a table that has a form column: suggest the forms most services
   * applied for through the same kinds of channel have (portals, offices or both).
   */
  private suggestForms(services: ImportedService[]): void {
    if (!this.recognition.columns.some((column) => column.kind === 'forms')) return;
    const kinds = (service: ImportedService) =>
      [...new Set((service.channels ?? []).map((id) => this.channels.find((channel) => channel.id === id)!.kind))]
        .sort()
        .join('+');
    services.forEach((service, index) => {
      if (service.forms) return;
      const similar = services.filter((other) => other.forms && kinds(other) === kinds(service));
      const pool = similar.length ? similar : services.filter((other) => other.forms);
      const votes = new Map<string, number>();
      for (const other of pool) votes.set(other.forms!.join('+'), (votes.get(other.forms!.join('+')) ?? 0) + 1);
      const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
      const note: Note = best ? {kind: 'no-form', suggestion: best[0].split('+') as ServiceForm[]} : {kind: 'no-form'};
      this.services[index]!.rows[0]!.notes.push(note);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** «тел.», «Телефон:», «моб.», «ұялы»: words that only say a phone follows. */
const PHONE_WORDS = /(?<![\p{L}])(?:тел|телефон[а-яы]*|моб|сот|раб|ұялы|уялы|жұмыс|жумыс)(?![\p{L}])\.?:?/giu;

function rowText(cells: Cell[]): string {
  return cells.map((cell) => cell.lines.join(' ')).join('\t');
}

function isNumbering(cells: Cell[]): boolean {
  const texts = cells.map((cell) => cell.lines.join(' ')).filter(Boolean);
  return texts.length >= 2 && texts.every((text, i) => text.replace(/[.)]$/, '') === String(i + 1));
}

/**
 * «Мектепке дейінгі білім беру» across the table (a merged cell), or alone in the code or number
 * column: a heading over the services below it. A code, number or phone alone is no heading.
 */
function isSectionHeading(cells: Cell[], kinds: ColumnKind[]): boolean {
  const filled = cells.map((cell, column) => ({cell, column})).filter(({cell}) => cell.lines.length);
  const texts = new Set(filled.map(({cell}) => cell.lines.join(' ')));
  if (cells.length < 2 || texts.size !== 1) return false;
  const [text] = texts;
  if (readCode(text!) || findPhones(text!).phones.length) return false;
  return filled.length > 1 || (['code', 'number'].includes(kinds[filled[0]!.column]!) && !/^\d{1,3}[.)]?$/.test(text!));
}

function sameLines(a: Cell, b: Cell): boolean {
  return a.lines.length === b.lines.length && a.lines.every((line, i) => line === b.lines[i]);
}

function sameName(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

/** A post or other words around a name: what is left without phone words and punctuation. */
function position(text: string): string | undefined {
  const post = tidyName(text.replace(PHONE_WORDS, ' '));
  return post && /\p{L}{2}/u.test(post) && !/^(?:нет|жоқ|жок|отсутствует|-)$/iu.test(post) ? post : undefined;
}

/**
 * The same person written two ways: one letter apart («Сергеена» / «Сергеевна»), differing only in
 * case or look-alike letters, or initials of the other («Абдуова Н.С.»).
 */
export function samePerson(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return true;
  if (initialsMatch(a, b) || initialsMatch(b, a)) return true;
  if (a.includes('.') || b.includes('.')) return false;
  if (Math.min(fa.length, fb.length) < 8) return false;
  return (
    editDistance(a.toLowerCase(), b.toLowerCase()) <= 1 &&
    fold(surnameOf(a)).slice(0, 3) === fold(surnameOf(b)).slice(0, 3)
  );
}

/** Words that only say where: «…образования» and «…образования района» are one office. */
const PLACE_WORD =
  /^(?:района|район|районе|ауданнын|ауданы|аудан|ауданда|города|город|каласынын|каласы|области|облысынын|облысы|поселка|села|ауылынын|ауылы)$/;

/**
 * One office written with one word more or fewer at an end: a place word («района»), or any word
 * when the name is long. «Дошкольные организации образования района» is not «Организации
 * образования района», nor «Канцелярия отдела…» the «Отдел…» itself.
 */
function sameOffice(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1 || short.length < 3) return false;
  const prefix = short.every((word, i) => long[i] === word);
  const suffix = short.every((word, i) => long[i + 1] === word);
  const extra = prefix ? long[long.length - 1]! : long[0]!;
  return (prefix || suffix) && (PLACE_WORD.test(extra) || short.length >= 6);
}

/** A name whose patronymic has a usual ending: what a tie between two spellings falls to. */
export function wellFormedName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length < 3 || /(?:вна|вич|ична|ич|қызы|кызы|ұлы|улы)$/iu.test(words[words.length - 1]!);
}

/** A cell of documents: one per line, or separated by «;», without their numbers or bullets. */
function documentItems(lines: string[]): string[] {
  const items = lines.length === 1 && lines[0]!.includes(';') ? lines[0]!.split(';') : lines;
  return items
    .map((item) => capitalize(tidyName(item.replace(/^\s*(?:\d{1,2}[.)]|[-–—•·*●▪])\s*/u, ''))))
    .filter(Boolean);
}
