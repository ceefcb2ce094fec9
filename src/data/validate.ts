import type {
  AppealProcedure,
  Channel,
  Contact,
  LocalizedText,
  Official,
  Phone,
  Provider,
  Service,
  ServiceForm,
} from './model.js';
import {parsePhone} from '../i18n/phone.js';

/** The data format version this widget reads; see `data/provider.schema.json`. */
export const SCHEMA_VERSION = 1;

/** One problem in a data file: where (`services[3].responsible[0]`) and why. */
export interface DataIssue {
  path: string;
  reason: string;
}

export type ValidationResult =
  | {ok: true; provider: Provider}
  | {ok: false; issues: DataIssue[]; newerVersion: boolean};

const MAX_TEXT = 2000;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const FORMS: readonly ServiceForm[] = ['electronic', 'partly-automated', 'paper'];
const CHANNEL_KINDS = ['portal', 'office'] as const;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

type Json = Record<string, unknown>;

/**
 * Checks a provider's data (the parsed JSON of a file, or an object a CMS plugin holds) and
 * builds the typed, normalised model the elements render. Every problem found is reported with
 * its field path; nothing half-valid is ever returned.
 */
export function validateProvider(input: unknown): ValidationResult {
  const issues: DataIssue[] = [];
  const fail = (path: string, reason: string) => void issues.push({path, reason});

  const root = record(input, '', fail, [
    '$schema', 'schemaVersion', 'id', 'updated', 'organizations', 'channels', 'officials',
    'services', 'appeal',
  ]);
  if (!root) return {ok: false, issues, newerVersion: false};

  const version = root['schemaVersion'];
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    fail('schemaVersion', `is ${version}, newer than this widget reads (${SCHEMA_VERSION}): update the widget script`);
    return {ok: false, issues, newerVersion: true};
  }
  if (version !== SCHEMA_VERSION) fail('schemaVersion', `must be ${SCHEMA_VERSION}`);

  const id = identifier(root['id'], 'id', fail);
  const updated = root['updated'] === undefined ? undefined : date(root['updated'], 'updated', fail);

  const organizations = list(root['organizations'], 'organizations', fail, 1, (value, path) => {
    const org = record(value, path, fail, ['id', 'name', 'url']);
    if (!org) return undefined;
    return {
      id: identifier(org['id'], `${path}.id`, fail),
      name: text(org['name'], `${path}.name`, fail),
      ...optional(org, 'url', path, fail, url),
    };
  });
  unique(organizations, 'organizations', (org) => org.id, 'id', fail);

  const channels = list(root['channels'], 'channels', fail, 0, (value, path) => {
    const item = record(value, path, fail, ['id', 'kind', 'name', 'url']);
    if (!item) return undefined;
    const kind = oneOf(item['kind'], `${path}.kind`, CHANNEL_KINDS, fail);
    const channel: Channel = {
      id: identifier(item['id'], `${path}.id`, fail),
      kind,
      name: text(item['name'], `${path}.name`, fail),
      ...optional(item, 'url', path, fail, url),
    };
    if (kind === 'portal' && item['url'] === undefined) fail(`${path}.url`, 'is required for a portal');
    if (channel.url) {
      const host = new URL(channel.url).hostname.replace(/^www\./, '');
      const named = Object.values(channel.name).some((text) => text.toLowerCase().includes(host));
      if (!named) channel.host = host;
    }
    return channel;
  });
  const channelsById = unique(channels, 'channels', (channel) => channel.id, 'id', fail);

  const officials = list(root['officials'], 'officials', fail, 0, (value, path) => {
    const item = record(value, path, fail, ['id', 'name', 'position', 'phones', 'email', 'reception']);
    if (!item) return undefined;
    const official: Official = {
      id: identifier(item['id'], `${path}.id`, fail),
      name: text(item['name'], `${path}.name`, fail),
      ...optional(item, 'position', path, fail, text),
      phones: phones(item['phones'], `${path}.phones`, fail),
      ...optional(item, 'email', path, fail, email),
      ...optional(item, 'reception', path, fail, text),
      services: [],
    };
    return official;
  });
  const officialsById = unique(officials, 'officials', (official) => official.id, 'id', fail);

  const services = list(root['services'], 'services', fail, 1, (value, path) => {
    const item = record(value, path, fail, [
      'code', 'name', 'channels', 'forms', 'responsible', 'documents', 'term', 'result', 'cost', 'url',
    ]);
    if (!item) return undefined;
    const forms = list(item['forms'], `${path}.forms`, fail, 1, (form, formPath) =>
      oneOf(form, formPath, FORMS, fail),
    );
    unique(forms, `${path}.forms`, (form) => form, 'value', fail);
    const service: Service = {
      code: serviceCode(item['code'], `${path}.code`, fail),
      name: text(item['name'], `${path}.name`, fail),
      channels: references(item['channels'], `${path}.channels`, channelsById, 'channel', fail, 1),
      forms,
      responsible: references(item['responsible'], `${path}.responsible`, officialsById, 'official', fail, 0),
      ...optional(item, 'documents', path, fail, (documents, documentsPath, report) =>
        list(documents, documentsPath, report, 0, (document, documentPath) => text(document, documentPath, report)),
      ),
      ...optional(item, 'term', path, fail, text),
      ...optional(item, 'result', path, fail, text),
      ...optional(item, 'cost', path, fail, text),
      ...optional(item, 'url', path, fail, url),
    };
    return service;
  });
  unique(services, 'services', (service) => service.code, 'code', fail);

  const appeal = root['appeal'] === undefined ? undefined : appealProcedure(root['appeal'], 'appeal', fail);

  if (issues.length) return {ok: false, issues, newerVersion: false};
  for (const service of services) {
    for (const official of service.responsible) official.services.push(service);
  }
  const provider: Provider = {schemaVersion: SCHEMA_VERSION, id, organizations, channels, officials, services};
  if (appeal) provider.appeal = appeal;
  if (updated) provider.updated = updated;
  return {ok: true, provider};
}

type Fail = (path: string, reason: string) => void;

function appealProcedure(value: unknown, path: string, fail: Fail): AppealProcedure | undefined {
  const item = record(value, path, fail, [
    'callCentre', 'grounds', 'addressees', 'recipient', 'contents', 'receipt', 'tracking', 'court',
    'legalBasis', 'laws', 'contacts',
  ]);
  if (!item) return undefined;
  const texts = (key: string, min: number) =>
    list(item[key], `${path}.${key}`, fail, min, (entry, entryPath) => text(entry, entryPath, fail));
  return {
    callCentre: contact(item['callCentre'], `${path}.callCentre`, fail),
    grounds: text(item['grounds'], `${path}.grounds`, fail),
    addressees: list(item['addressees'], `${path}.addressees`, fail, 1, (entry, entryPath) => {
      const addressee = record(entry, entryPath, fail, ['name', 'url']);
      if (!addressee) return undefined;
      return {
        name: text(addressee['name'], `${entryPath}.name`, fail),
        ...optional(addressee, 'url', entryPath, fail, url),
      };
    }),
    recipient: text(item['recipient'], `${path}.recipient`, fail),
    contents: texts('contents', 1),
    receipt: text(item['receipt'], `${path}.receipt`, fail),
    tracking: texts('tracking', 0),
    court: text(item['court'], `${path}.court`, fail),
    legalBasis: text(item['legalBasis'], `${path}.legalBasis`, fail),
    laws: list(item['laws'], `${path}.laws`, fail, 0, (entry, entryPath) => {
      const law = record(entry, entryPath, fail, ['title', 'date', 'article', 'url']);
      if (!law) return undefined;
      return {
        title: text(law['title'], `${entryPath}.title`, fail),
        date: date(law['date'], `${entryPath}.date`, fail),
        ...optional(law, 'article', entryPath, fail, plainString),
        ...optional(law, 'url', entryPath, fail, url),
      };
    }),
    contacts: list(item['contacts'], `${path}.contacts`, fail, 0, (entry, entryPath) =>
      contact(entry, entryPath, fail),
    ),
  };
}

function contact(value: unknown, path: string, fail: Fail): Contact {
  const item = record(value, path, fail, ['name', 'phones', 'url']) ?? {};
  return {
    name: text(item['name'], `${path}.name`, fail),
    phones: phones(item['phones'], `${path}.phones`, fail),
    ...optional(item, 'url', path, fail, url),
  };
}

function record(value: unknown, path: string, fail: Fail, allowed: readonly string[]): Json | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(path || '(root)', expected(`an object`, value));
    return undefined;
  }
  for (const key of Object.keys(value)) {
    // A misspelt field would otherwise vanish without a word; say so.
    if (!allowed.includes(key)) fail(join(path, key), 'is not a known field');
  }
  return value as Json;
}

function list<T>(
  value: unknown,
  path: string,
  fail: Fail,
  min: number,
  item: (value: unknown, path: string) => T | undefined,
): T[] {
  if (!Array.isArray(value)) {
    fail(path, expected(`a list`, value));
    return [];
  }
  if (value.length < min) fail(path, `must have at least ${min} item${min > 1 ? 's' : ''}`);
  const items: T[] = [];
  value.forEach((entry, index) => {
    const parsed = item(entry, `${path}[${index}]`);
    if (parsed !== undefined) items.push(parsed);
  });
  return items;
}

/** Optional fields stay absent rather than `undefined`, so the model matches the file. */
function optional<K extends string, T>(
  item: Json,
  key: K,
  path: string,
  fail: Fail,
  read: (value: unknown, path: string, fail: Fail) => T,
): Partial<Record<K, T>> {
  if (item[key] === undefined) return {};
  return {[key]: read(item[key], join(path, key), fail)} as Partial<Record<K, T>>;
}

function plainString(value: unknown, path: string, fail: Fail): string {
  if (typeof value !== 'string' || !value.trim()) {
    fail(path, expected(`a non-empty text`, value));
    return '';
  }
  if (value.length > MAX_TEXT) fail(path, `is ${value.length} characters long; at most ${MAX_TEXT} are allowed`);
  // Control characters and lone surrogates are never meant, and some break screen readers.
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value)) {
    fail(path, 'contains control characters or broken (lone surrogate) characters');
  }
  // Kazakh and Russian never need bidirectional overrides; in data they only disguise text.
  if (/[\u202a-\u202e\u2066-\u2069]/.test(value)) {
    fail(path, 'contains invisible right-to-left override characters');
  }
  return value.trim();
}

function text(value: unknown, path: string, fail: Fail): LocalizedText {
  const item = record(value, path, fail, ['kk', 'ru', 'en']);
  if (!item) return {kk: '', ru: ''};
  const localized: LocalizedText = {
    kk: plainString(item['kk'], `${path}.kk`, fail),
    ru: plainString(item['ru'], `${path}.ru`, fail),
  };
  if (item['en'] !== undefined) localized.en = plainString(item['en'], `${path}.en`, fail);
  return localized;
}

function identifier(value: unknown, path: string, fail: Fail): string {
  if (typeof value !== 'string' || !ID.test(value)) {
    fail(path, expected(`an id of lowercase Latin letters, digits and "-" (like "school-17")`, value));
    return '';
  }
  return value;
}

function serviceCode(value: unknown, path: string, fail: Fail): string {
  const code = typeof value === 'number' ? String(value) : value;
  if (typeof code !== 'string' || !/^0*\d{6}$/.test(code.trim())) {
    fail(path, expected(`a 6-digit register code like "403008"`, value));
    return '';
  }
  return normalizeServiceCode(code);
}

/** Some documents print codes with leading zeros (00403008); the register code is 403008. */
export function normalizeServiceCode(code: string): string {
  return code.trim().replace(/^0+(?=\d{6}$)/, '');
}

function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[], fail: Fail): T {
  if (!allowed.includes(value as T)) {
    fail(path, expected(`one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value));
  }
  return value as T;
}

function references<T>(
  value: unknown,
  path: string,
  byId: Map<string, T>,
  noun: string,
  fail: Fail,
  min: number,
): T[] {
  return list(value, path, fail, min, (id, idPath) => {
    const target = typeof id === 'string' ? byId.get(id) : undefined;
    if (!target) fail(idPath, `no ${noun} with id ${describe(id)}`);
    return target;
  });
}

function unique<T>(items: T[], path: string, key: (item: T) => string, what: string, fail: Fail): Map<string, T> {
  const seen = new Map<string, T>();
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) fail(`${path}[${index}]`, `repeats the ${what} "${value}"`);
    else seen.set(value, item);
  });
  return seen;
}

function phones(value: unknown, path: string, fail: Fail): Phone[] {
  return list(value, path, fail, 0, (entry, entryPath) => {
    if (typeof entry !== 'string') {
      fail(entryPath, expected(`a phone number written as text`, entry));
      return undefined;
    }
    const phone = parsePhone(entry);
    if (typeof phone === 'string') fail(entryPath, `"${entry}": ${phone}`);
    return typeof phone === 'string' ? undefined : phone;
  });
}

function url(value: unknown, path: string, fail: Fail): string {
  const written = plainString(value, path, fail);
  if (!written) return '';
  let parsed: URL | undefined;
  try {
    parsed = new URL(written);
  } catch {
    // reported below
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    fail(path, expected(`a web address starting with https:// or http://`, value));
    return '';
  }
  return parsed.href;
}

function email(value: unknown, path: string, fail: Fail): string {
  const written = plainString(value, path, fail);
  if (!written) return '';
  // Strict on purpose: a `?` or `&` would let a data file add recipients or a body to mailto: links.
  if (!/^[\w.%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(written)) {
    fail(path, expected(`an e-mail address`, value));
    return '';
  }
  return written;
}

function date(value: unknown, path: string, fail: Fail): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    fail(path, expected(`a date written YYYY-MM-DD`, value));
    return '';
  }
  return value;
}

/** `services[3].name`; a key that is not a plain name is quoted: `["my key"]`. */
function join(path: string, key: string): string {
  if (!/^[$\w]+$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

function expected(what: string, value: unknown): string {
  return value === undefined ? `is required: ${what}` : `must be ${what}, not ${describe(value)}`;
}

/** Names a wrong value for a message without dumping it: long or hostile texts are cut. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value !== 'string') return typeof value === 'number' || typeof value === 'boolean' ? String(value) : `a ${typeof value}`;
  const shown = JSON.stringify(value);
  return shown.length > 40 ? `${shown.slice(0, 37)}…` : shown;
}
