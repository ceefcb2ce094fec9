import {WITH_WARNINGS} from './build-flags.js';
import type {
  AppealProcedure,
  Channel,
  Contact,
  Law,
  LocalizedText,
  Official,
  Organization,
  OrganizationRole,
  Phone,
  Provider,
  Service,
  ServiceDocument,
  ServiceForm,
} from './model.js';
import type {DataIssue, Expectation, IssueMessage} from './issues.js';
import {formatIssue} from './messages/en.js';
import {normalizeServiceCode} from './service-code.js';
import {parsePhone} from './phone.js';

/** The newest data format version this widget reads; see `data/provider.schema.json`. */
export const SCHEMA_VERSION = 2;

export type ValidationResult =
  | {ok: true; provider: Provider; warnings: DataIssue[]}
  | {ok: false; issues: DataIssue[]; warnings: DataIssue[]; newerVersion: boolean};

const MAX_TEXT = 2000;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ISO_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const FORMS: readonly ServiceForm[] = ['electronic', 'partly-automated', 'paper'];
const CHANNEL_KINDS = ['portal', 'office'] as const;
const ROLES: readonly OrganizationRole[] = ['provider', 'supervisor', 'informant'];
const UPDATED_MEANINGS = ['checked', 'published'] as const;
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Acts that organisations still cite although they are no longer in force, by date of adoption
 * and a word of their title: the 2007 appeals law, replaced by the АППК on 1 July 2021.
 */
const KNOWN_REPEALED = [{date: '2007-01-12', title: /обращени|өтініш|appeal/i, since: '2021-07-01', act: 'appeals-law-2007'}] as const;

type Json = Record<string, unknown>;
type Report = (path: string, message: IssueMessage) => void;

/**
 * Checks a provider's data (the parsed JSON of a file, or an object a CMS plugin holds) and
 * builds the typed, normalised model the elements render. Every problem found is reported with
 * its field path; nothing half-valid is ever returned. Warnings never stop the widget: they tell
 * the webmaster where readers are served less well than they could be.
 *
 * This is the one executable definition of a valid file: `npm run check-data` runs it too.
 * Version 2 is a superset of version 1; a file that says version 1 is held to version 1's rules.
 */
export function validateProvider(input: unknown): ValidationResult {
  return new Validator().provider(input);
}

class Validator {
  readonly issues: DataIssue[] = [];
  readonly warnings: DataIssue[] = [];
  /** Texts in one of Kazakh and Russian only: one warning per language, at the first. */
  private oneLanguage = {kk: [] as string[], ru: [] as string[]};
  /** Version 1 required what version 2 leaves optional. */
  private v1 = false;

  private readonly fail: Report = (path, message) => void this.issues.push(issue(path, message));
  private readonly warn: Report = (path, message) => void this.warnings.push(issue(path, message));

  provider(input: unknown): ValidationResult {
    const root = this.record(input, '', [
      '$schema', 'schemaVersion', 'id', 'updated', 'organizations', 'channels', 'officials', 'services', 'appeal',
      'searchWords',
    ]);
    if (!root) return this.failed(false);

    const version = root['schemaVersion'];
    if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
      this.fail('schemaVersion', {kind: 'newer-version', version, supported: SCHEMA_VERSION});
      return this.failed(true);
    }
    if (version !== 1 && version !== 2) this.fail('schemaVersion', {kind: 'expected', expected: 'version', value: version});
    this.v1 = version === 1;

    const id = this.identifier(root['id'], 'id');
    const updated = this.optional(root, 'updated', '', this.updated);

    const organizations = this.list(root['organizations'], 'organizations', 1, this.organization);
    this.unique(organizations, 'organizations', (org) => org.id, 'id');

    const channels = this.listField(root, 'channels', '', 0, this.channel);
    const channelsById = this.unique(channels, 'channels', (channel) => channel.id, 'id');

    const officials = this.listField(root, 'officials', '', 0, this.official);
    const officialsById = this.unique(officials, 'officials', (official) => official.id, 'id');

    const services = this.listField(root, 'services', '', 1, (value, path) =>
      this.service(value, path, channelsById, officialsById),
    );
    this.unique(services, 'services', (service) => service.code, 'code');
    this.unique(services, 'services', (service) => service.id, 'id');

    const appeal = this.optional(root, 'appeal', '', this.appeal);
    // Everyday words of this organisation's readers, each group with the official words it means.
    const searchWords = this.listField(root, 'searchWords', '', undefined, (group, path) =>
      this.list(group, path, 2, this.plainString),
    );

    if (WITH_WARNINGS) {
      for (const language of ['kk', 'ru'] as const) {
        const paths = this.oneLanguage[language];
        if (paths.length) this.warn(paths[0]!, {kind: 'one-language', language, others: paths.length - 1});
      }
    }
    if (this.issues.length) return this.failed(false);

    for (const service of services) {
      for (const official of service.responsible) official.services.push(service);
    }
    const provider: Provider = {schemaVersion: version as number, id, organizations, channels, officials, services, ...appeal, ...updated};
    if (searchWords.length) provider.searchWords = searchWords;
    return {ok: true, provider, warnings: this.warnings};
  }

  private failed(newerVersion: boolean): ValidationResult {
    return {ok: false, issues: this.issues, warnings: this.warnings, newerVersion};
  }

  /**
   * A list field: optional in version 2 (absent is empty); in version 1 required when `v1Min` is
   * given, with at least that many items.
   */
  private listField<T>(
    item: Json,
    key: string,
    path: string,
    v1Min: number | undefined,
    read: (value: unknown, path: string) => T | undefined,
  ): T[] {
    const required = this.v1 && v1Min !== undefined;
    if (item[key] === undefined && !required) return [];
    return this.list(item[key], join(path, key), required ? v1Min : 0, read);
  }

  private updated(value: unknown, path: string): Provider['updated'] {
    if (typeof value === 'string') return {date: this.date(value, path), meaning: 'checked'};
    const item = this.record(value, path, ['date', 'meaning']);
    if (!item) return undefined;
    return {
      date: this.date(item['date'], `${path}.date`),
      meaning: this.oneOf(item['meaning'], `${path}.meaning`, UPDATED_MEANINGS),
    };
  }

  private organization(value: unknown, path: string): Organization | undefined {
    const item = this.record(value, path, ['id', 'name', 'role', 'url', 'phones', 'email', 'address', 'hours']);
    if (!item) return undefined;
    return {
      id: this.identifier(item['id'], `${path}.id`),
      name: this.text(item['name'], `${path}.name`),
      role: item['role'] === undefined ? 'provider' : this.oneOf(item['role'], `${path}.role`, ROLES),
      phones: this.listField(item, 'phones', path, undefined, this.phone),
      ...this.optional(item, 'url', path, this.url),
      ...this.optional(item, 'email', path, this.email),
      ...this.optional(item, 'address', path, this.text),
      ...this.optional(item, 'hours', path, this.text),
    };
  }

  private channel(value: unknown, path: string): Channel | undefined {
    const item = this.record(value, path, ['id', 'kind', 'name', 'url', 'address', 'hours']);
    if (!item) return undefined;
    const kind = this.oneOf(item['kind'], `${path}.kind`, CHANNEL_KINDS);
    const channel: Channel = {
      id: this.identifier(item['id'], `${path}.id`),
      kind,
      name: this.text(item['name'], `${path}.name`),
      ...this.optional(item, 'url', path, this.url),
      ...this.optional(item, 'address', path, this.text),
      ...this.optional(item, 'hours', path, this.text),
    };
    if (kind === 'portal' && item['url'] === undefined) this.fail(`${path}.url`, {kind: 'portal-needs-url'});
    if (channel.url) {
      const host = new URL(channel.url).hostname.replace(/^www\./, '');
      const named = Object.values(channel.name).some((text) => text.toLowerCase().includes(host));
      if (!named) channel.host = host;
    }
    return channel;
  }

  private official(value: unknown, path: string): Official | undefined {
    const item = this.record(value, path, ['id', 'name', 'position', 'phones', 'email', 'reception']);
    if (!item) return undefined;
    const official: Official = {
      id: this.identifier(item['id'], `${path}.id`),
      ...this.optional(item, 'name', path, this.text, this.v1),
      ...this.optional(item, 'position', path, this.text),
      phones: this.listField(item, 'phones', path, 0, this.phone),
      ...this.optional(item, 'email', path, this.email),
      ...this.optional(item, 'reception', path, this.text),
      services: [],
    };
    if (item['name'] === undefined && item['position'] === undefined) this.fail(path, {kind: 'name-or-position'});
    if (WITH_WARNINGS && !official.phones.length && !official.email && !official.reception)
      this.warn(path, {kind: 'unreachable'});
    return official;
  }

  private service(
    value: unknown,
    path: string,
    channelsById: Map<string, Channel>,
    officialsById: Map<string, Official>,
  ): Service | undefined {
    const item = this.record(value, path, [
      'code', 'id', 'name', 'channels', 'forms', 'responsible', 'documents', 'term', 'waitingTime', 'cost', 'result',
      'applicants', 'legalAct', 'url',
    ]);
    if (!item) return undefined;
    const forms = this.listField(item, 'forms', path, 1, (form, formPath) => this.oneOf(form, formPath, FORMS));
    this.unique(forms, `${path}.forms`, (form) => form, 'value');
    const code = this.optional(item, 'code', path, this.serviceCode, this.v1);
    if (WITH_WARNINGS && !('code' in code)) this.warn(`${path}.code`, {kind: 'no-code'});
    return {
      ...code,
      ...this.optional(item, 'id', path, this.identifier),
      name: this.text(item['name'], `${path}.name`),
      channels: this.listField(item, 'channels', path, 1, (id, idPath) => this.reference(id, idPath, channelsById, 'channel')),
      forms,
      responsible: this.listField(item, 'responsible', path, undefined, (id, idPath) =>
        this.reference(id, idPath, officialsById, 'official'),
      ),
      documents: this.listField(item, 'documents', path, undefined, (document, documentPath) =>
        this.document(document, documentPath, channelsById),
      ),
      ...this.optional(item, 'term', path, this.text),
      ...this.optional(item, 'waitingTime', path, this.text),
      ...this.optional(item, 'cost', path, (cost, costPath) => (cost === 'free' ? 'free' : this.text(cost, costPath))),
      ...this.optional(item, 'result', path, this.text),
      ...this.optional(item, 'applicants', path, this.text),
      ...this.optional(item, 'legalAct', path, (law, lawPath) => this.law(law, lawPath, false)),
      ...this.optional(item, 'url', path, this.url),
    };
  }

  /** A text (needed whatever the channel), or `{name, channels}` (needed only there). */
  private document(value: unknown, path: string, channelsById: Map<string, Channel>): ServiceDocument | undefined {
    if (typeof value === 'object' && value !== null && 'name' in value) {
      const item = this.record(value, path, ['name', 'channels'])!;
      return {
        name: this.text(item['name'], `${path}.name`),
        channels: this.list(item['channels'], `${path}.channels`, 1, (id, idPath) =>
          this.reference(id, idPath, channelsById, 'channel'),
        ),
      };
    }
    return {name: this.text(value, path)};
  }

  private appeal(value: unknown, path: string): AppealProcedure | undefined {
    const item = this.record(value, path, [
      'callCentre', 'grounds', 'addressees', 'recipient', 'contents', 'receipt', 'tracking', 'court', 'legalBasis',
      'laws', 'contacts',
    ]);
    if (!item) return undefined;
    const v1 = this.v1;
    const field = <K extends string, T>(key: K, read: (value: unknown, path: string) => T) => this.optional(item, key, path, read, v1);
    const list = <T>(key: string, v1Min: number, read: (value: unknown, path: string) => T | undefined) =>
      this.listField(item, key, path, v1Min, read);
    return {
      ...field('callCentre', this.contact),
      ...field('grounds', this.text),
      addressees: list('addressees', 1, (entry, entryPath) => {
        const addressee = this.record(entry, entryPath, ['name', 'url']);
        if (!addressee) return undefined;
        return {name: this.text(addressee['name'], `${entryPath}.name`), ...this.optional(addressee, 'url', entryPath, this.url)};
      }),
      ...field('recipient', this.text),
      contents: list('contents', 1, this.text),
      ...field('receipt', this.text),
      tracking: list('tracking', 0, this.text),
      ...field('court', this.text),
      ...field('legalBasis', this.text),
      laws: list('laws', 0, (entry, entryPath) => this.law(entry, entryPath, v1)),
      contacts: list('contacts', 0, this.contact),
    };
  }

  private law(value: unknown, path: string, dateRequired: boolean): Law | undefined {
    const item = this.record(value, path, ['title', 'date', 'article', 'url', 'repealed']);
    if (!item) return undefined;
    const law: Law = {
      title: this.text(item['title'], `${path}.title`),
      ...this.optional(item, 'date', path, this.date, dateRequired),
      ...this.optional(item, 'article', path, this.plainString),
      ...this.optional(item, 'url', path, this.url),
      ...this.optional(item, 'repealed', path, (repealed, repealedPath) => {
        const entry = this.record(repealed, repealedPath, ['date', 'by']) ?? {};
        return {date: this.date(entry['date'], `${repealedPath}.date`), ...this.optional(entry, 'by', repealedPath, this.text)};
      }),
    };
    const known =
      WITH_WARNINGS &&
      KNOWN_REPEALED.find(
        (act) => act.date === law.date && Object.values(law.title).some((title) => act.title.test(title)),
      );
    if (known && !law.repealed) this.warn(path, {kind: 'repealed-not-marked', since: known.since, act: known.act});
    return law;
  }

  private contact(value: unknown, path: string): Contact {
    const item = this.record(value, path, ['name', 'phones', 'url']) ?? {};
    return {
      name: this.text(item['name'], `${path}.name`),
      phones: this.listField(item, 'phones', path, 0, this.phone),
      ...this.optional(item, 'url', path, this.url),
    };
  }

  private record(value: unknown, path: string, allowed: readonly string[]): Json | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path || '(root)', {kind: 'expected', expected: 'object', value});
      return undefined;
    }
    for (const key of Object.keys(value)) {
      // A misspelt field would otherwise vanish without a word; say so.
      if (!allowed.includes(key)) this.fail(join(path, key), {kind: 'unknown-field'});
    }
    return value as Json;
  }

  private list<T>(value: unknown, path: string, min: number, item: (value: unknown, path: string) => T | undefined): T[] {
    if (!Array.isArray(value)) {
      this.fail(path, {kind: 'expected', expected: 'list', value});
      return [];
    }
    if (value.length < min) this.fail(path, {kind: 'too-few', min});
    const items: T[] = [];
    value.forEach((entry, index) => {
      const parsed = item.call(this, entry, `${path}[${index}]`);
      if (parsed !== undefined) items.push(parsed);
    });
    return items;
  }

  /**
   * A field that may be absent (unless `required`, as some are in version 1). Absent fields stay
   * absent rather than `undefined`, so the model matches the file.
   */
  private optional<K extends string, T>(
    item: Json,
    key: K,
    path: string,
    read: (value: unknown, path: string) => T,
    required = false,
  ): Partial<Record<K, T>> {
    if (item[key] === undefined && !required) return {};
    return {[key]: read.call(this, item[key], join(path, key))} as Partial<Record<K, T>>;
  }

  private plainString(value: unknown, path: string, expected: Expectation = 'text'): string {
    if (typeof value !== 'string' || !value.trim()) {
      this.fail(path, {kind: 'expected', expected, value});
      return '';
    }
    if (value.length > MAX_TEXT) this.fail(path, {kind: 'too-long', length: value.length, max: MAX_TEXT});
    // Control characters and lone surrogates are never meant, and some break screen readers.
    if (CONTROL.test(value)) this.fail(path, {kind: 'control-characters'});
    // Kazakh and Russian never need bidirectional overrides; in data they only disguise text.
    if (BIDI.test(value)) this.fail(path, {kind: 'bidi-override'});
    // «�» is what is left of Cyrillic letters when a Windows-1251 file went through a UTF-8 converter.
    if (value.includes('\ufffd')) this.fail(path, {kind: 'replacement-character'});
    return value.trim();
  }

  private text(value: unknown, path: string): LocalizedText {
    const item = this.record(value, path, ['kk', 'ru', 'en']);
    if (!item) return {};
    const text: LocalizedText = {};
    for (const language of ['kk', 'ru', 'en'] as const) {
      if (item[language] !== undefined) text[language] = this.plainString(item[language], `${path}.${language}`);
    }
    if (item['kk'] === undefined && item['ru'] === undefined) this.fail(path, {kind: 'no-kk-or-ru'});
    else if (WITH_WARNINGS && (item['kk'] === undefined || item['ru'] === undefined)) this.oneLanguage[item['kk'] === undefined ? 'ru' : 'kk'].push(path);
    return text;
  }

  private identifier(value: unknown, path: string): string {
    if (typeof value !== 'string' || !ID.test(value)) {
      this.fail(path, {kind: 'expected', expected: 'id', value});
      return '';
    }
    return value;
  }

  private serviceCode(value: unknown, path: string): string {
    const written = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value).padStart(6, '0') : value;
    const code = typeof written === 'string' ? normalizeServiceCode(written) : undefined;
    if (!code) this.fail(path, {kind: 'expected', expected: 'code', value});
    return code ?? '';
  }

  private oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
    if (!allowed.includes(value as T)) this.fail(path, {kind: 'one-of', allowed, value});
    return value as T;
  }

  private reference<T>(id: unknown, path: string, byId: Map<string, T>, noun: 'channel' | 'official'): T | undefined {
    const target = typeof id === 'string' ? byId.get(id) : undefined;
    if (!target) this.fail(path, {kind: 'no-reference', noun, value: id});
    return target;
  }

  private unique<T>(items: T[], path: string, key: (item: T) => string | undefined, what: 'id' | 'code' | 'value'): Map<string, T> {
    const seen = new Map<string, T>();
    items.forEach((item, index) => {
      const value = key(item);
      if (value === undefined || value === '') return;
      if (seen.has(value)) this.fail(`${path}[${index}]`, {kind: 'repeats', what, value});
      else seen.set(value, item);
    });
    return seen;
  }

  private phone(value: unknown, path: string): Phone | undefined {
    if (typeof value !== 'string') {
      this.fail(path, {kind: 'expected', expected: 'phone', value});
      return undefined;
    }
    const phone = parsePhone(value);
    if (typeof phone === 'string') {
      this.fail(path, {kind: 'phone', written: value, problem: phone});
      return undefined;
    }
    if (WITH_WARNINGS && phone.local) this.warn(path, {kind: 'no-area-code', written: value});
    return phone;
  }

  private url(value: unknown, path: string): string {
    const written = this.plainString(value, path, 'url');
    if (!written) return '';
    let parsed: URL | undefined;
    try {
      parsed = new URL(written);
    } catch {
      // reported below
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      this.fail(path, {kind: 'expected', expected: 'url', value});
      return '';
    }
    return parsed.href;
  }

  private email(value: unknown, path: string): string {
    const written = this.plainString(value, path, 'email');
    // Strict on purpose: a `?` or `&` would let a data file add recipients or a body to mailto: links.
    if (written && !/^[\w.%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(written)) {
      this.fail(path, {kind: 'expected', expected: 'email', value});
      return '';
    }
    return written;
  }

  private date(value: unknown, path: string): string {
    const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
    if (!match) {
      this.fail(path, {kind: 'expected', expected: 'date', value});
      return '';
    }
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    // 2026-02-31 would otherwise be shown as 3 March in one language and «31 ақпан» in another.
    // The calendar rolls a day past the month's end into the next month (setUTCFullYear takes
    // the year as written, where Date.UTC would read 0024 as 1924).
    const calendar = new Date(0);
    calendar.setUTCFullYear(year, month - 1, day);
    if (calendar.getUTCDate() !== day) {
      this.fail(path, {kind: 'impossible-date', value: value as string});
      return '';
    }
    return value as string;
  }
}

function issue(path: string, message: IssueMessage): DataIssue {
  return {path, message, reason: formatIssue(message)};
}

/** `services[3].name`; a key that is not a plain name is quoted: `["my key"]`. */
function join(path: string, key: string): string {
  if (!/^[$\w]+$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}
