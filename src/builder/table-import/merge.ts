/**
 * One organisation from its two tables: the Kazakh one pasted, then the Russian one (or the other
 * way round). Services are matched by register code, else by their order; channels by portal
 * address, offices by the services that use them; officials by id (their transliterated
 * surname), else by a name one letter apart. Texts keep each language.
 */
import type {LocalizedText} from '../../data/model.js';
import {
  samePerson,
  type Field,
  type ImportedChannel,
  type ImportedOfficial,
  type ImportedService,
  type ImportResult,
  type Note,
  type RowReport,
  wellFormedName,
} from './import-services.js';

/** `a` with `b` merged in: `a`'s order, ids and, where both say different things, `a`'s word (with a note). */
export function mergeLanguages(a: ImportResult, b: ImportResult): ImportResult {
  return new Merge(a, b).run();
}

class Merge {
  private readonly notes: Note[] = [];
  private readonly services: ImportedService[];
  private readonly channels: ImportedChannel[];
  private readonly officials: ImportedOfficial[];
  /** b's service index → merged index. */
  private readonly serviceMap = new Map<number, number>();
  private readonly channelMap = new Map<string, string>();
  private readonly officialMap = new Map<string, string>();
  private readonly nameSpellings: Record<string, Record<string, number>>;

  constructor(
    private readonly a: ImportResult,
    private readonly b: ImportResult,
  ) {
    this.services = structuredClone(a.data.services);
    this.channels = structuredClone(a.data.channels);
    this.officials = structuredClone(a.data.officials);
    this.nameSpellings = structuredClone(a.nameSpellings);
  }

  run(): ImportResult {
    this.matchServices();
    this.matchChannels();
    this.matchOfficials();
    this.mergeServices();
    const rename = this.settleNames();
    const report = [
      ...this.a.report.map((row) => this.renamed(row, rename)),
      ...this.b.report.map((row) => this.renamed(this.fromB(row), rename)),
    ];
    return {
      languages: [...new Set([...this.a.languages, ...this.b.languages])],
      data: {
        organizations: structuredClone(this.a.data.organizations),
        channels: this.channels,
        officials: this.officials,
        services: this.services,
      },
      recognition: [...this.a.recognition, ...this.b.recognition],
      report,
      notes: [...this.a.notes, ...this.b.notes, ...this.notes],
      nameSpellings: this.nameSpellings,
    };
  }

  // --- services ----------------------------------------------------------------------------------

  private matchServices(): void {
    const aServices = this.a.data.services;
    const bServices = this.b.data.services;
    const taken = new Set<number>();
    bServices.forEach((service, index) => {
      if (!service.code) return;
      const match = aServices.findIndex((other, i) => !taken.has(i) && other.code === service.code);
      if (match >= 0) {
        taken.add(match);
        this.serviceMap.set(index, match);
      }
    });
    // The rest by their order, a service with a code never with another code.
    const restA = aServices.map((_, i) => i).filter((i) => !taken.has(i));
    const restB = bServices.map((_, i) => i).filter((i) => !this.serviceMap.has(i));
    let cursor = 0;
    for (const index of restB) {
      const service = bServices[index]!;
      while (cursor < restA.length && service.code && aServices[restA[cursor]!]!.code) cursor++;
      const match = restA[cursor];
      if (match === undefined || (service.code && aServices[match]!.code)) continue;
      cursor++;
      this.serviceMap.set(index, match);
      this.notes.push({kind: 'matched-by-order', service: label(aServices[match]!)});
    }
    bServices.forEach((service, index) => {
      if (this.serviceMap.has(index)) return;
      this.serviceMap.set(index, this.services.length);
      this.services.push({...(service.code ? {code: service.code} : {}), name: {...service.name}});
      this.notes.push({kind: 'one-table-only', service: label(service)});
    });
    const matched = new Set(this.serviceMap.values());
    aServices.forEach((service, index) => {
      if (!matched.has(index)) this.notes.push({kind: 'one-table-only', service: label(service)});
    });
  }

  // --- channels ----------------------------------------------------------------------------------

  private matchChannels(): void {
    const aUses = uses(this.a.data.services, (index) => index);
    const bUses = uses(this.b.data.services, (index) => this.serviceMap.get(index)!);
    const free = new Set(this.a.data.channels.map((channel) => channel.id));
    const pending: ImportedChannel[] = [];
    for (const channel of this.b.data.channels) {
      let match: ImportedChannel | undefined;
      if (channel.kind === 'portal') {
        match = this.a.data.channels.find(
          (other) => free.has(other.id) && other.kind === 'portal' && other.url === channel.url,
        );
      } else {
        // The office that serves the same services, in the same place among their channels.
        const mine = bUses.get(channel.id) ?? [];
        let best = 0;
        for (const other of this.a.data.channels) {
          if (!free.has(other.id) || other.kind !== 'office') continue;
          const theirs = aUses.get(other.id) ?? [];
          const shared = mine.filter((use) => theirs.some((their) => their.service === use.service));
          if (!shared.length) continue;
          const union = new Set([...mine, ...theirs].map((use) => use.service)).size;
          const samePlace = shared.filter((use) =>
            theirs.some((their) => their.service === use.service && their.place === use.place),
          );
          const score = shared.length / union + samePlace.length / (10 * shared.length);
          if (score > best) {
            best = score;
            match = other;
          }
        }
      }
      if (match) {
        free.delete(match.id);
        this.channelMap.set(channel.id, match.id);
        const merged = this.channels.find((item) => item.id === match.id)!;
        merged.name = this.mergeText(merged.name, channel.name, 'channels', match.id);
      } else pending.push(channel);
    }
    // Offices nobody could match by their services: by their order, when both tables have as many left.
    const leftA = this.a.data.channels.filter((channel) => free.has(channel.id) && channel.kind === 'office');
    const leftB = pending.filter((channel) => channel.kind === 'office');
    for (const channel of pending) {
      const twin = leftB.length === leftA.length ? leftA[leftB.indexOf(channel)] : undefined;
      if (twin) {
        this.channelMap.set(channel.id, twin.id);
        const merged = this.channels.find((item) => item.id === twin.id)!;
        merged.name = this.mergeText(merged.name, channel.name, 'channels', twin.id);
        continue;
      }
      const id = unique(
        channel.id,
        this.channels.map((item) => item.id),
      );
      this.channelMap.set(channel.id, id);
      this.channels.push({...structuredClone(channel), id});
    }
  }

  // --- officials ---------------------------------------------------------------------------------

  private matchOfficials(): void {
    const free = new Set(this.a.data.officials.map((official) => official.id));
    for (const official of this.b.data.officials) {
      let match = this.a.data.officials.find((other) => free.has(other.id) && other.id === official.id);
      match ??= this.a.data.officials.find(
        (other) =>
          free.has(other.id) && other.name && official.name && samePerson(anyText(other.name), anyText(official.name)),
      );
      if (match) {
        free.delete(match.id);
        this.officialMap.set(official.id, match.id);
        const merged = this.officials.find((item) => item.id === match.id)!;
        if (official.name) merged.name = {...merged.name, ...official.name, ...merged.name};
        if (official.position)
          merged.position = this.mergeText(merged.position, official.position, 'responsible', match.id);
        for (const phone of official.phones ?? []) {
          merged.phones ??= [];
          if (!merged.phones.includes(phone)) merged.phones.push(phone);
        }
      } else {
        const id = unique(
          official.id,
          this.officials.map((item) => item.id),
        );
        this.officialMap.set(official.id, id);
        this.officials.push({...structuredClone(official), id});
      }
      const spellings = (this.nameSpellings[this.officialMap.get(official.id)!] ??= {});
      for (const [spelling, count] of Object.entries(this.b.nameSpellings[official.id] ?? {})) {
        spellings[spelling] = (spellings[spelling] ?? 0) + count;
      }
    }
  }

  /**
   * A person written in each language one letter apart («Сергеена» in one table, «Сергеевна» in
   * the other) is written in both the way more rows write them. Returns the spellings replaced.
   */
  private settleNames(): Map<string, {chosen: string; official: string; rows: number}> {
    const replaced = new Map<string, {chosen: string; official: string; rows: number}>();
    for (const official of this.officials) {
      const texts = [...new Set(Object.values(official.name ?? {}))];
      if (texts.length < 2 || !texts.every((text) => samePerson(text, texts[0]!))) continue;
      const counts = this.nameSpellings[official.id] ?? {};
      const full = texts.filter((text) => !text.includes('.'));
      const pool = full.length ? full : texts;
      // The majority; in a tie, the one whose patronymic ends as patronymics do («…евна», not «…еена»).
      const score = (text: string) => (counts[text] ?? 0) * 2 + Number(wellFormedName(text));
      const chosen = pool.reduce((best, text) => (score(text) > score(best) ? text : best));
      for (const text of texts) {
        if (text === chosen) continue;
        replaced.set(text, {chosen, official: official.id, rows: counts[text] ?? 0});
        this.notes.push({kind: 'name-variant', written: text, chosen, official: official.id, rows: counts[text] ?? 0});
      }
      for (const language of Object.keys(official.name!) as (keyof LocalizedText)[]) official.name![language] = chosen;
    }
    return replaced;
  }

  // --- services' fields ----------------------------------------------------------------------------

  private mergeServices(): void {
    this.b.data.services.forEach((service, index) => {
      const target = this.services[this.serviceMap.get(index)!]!;
      const id = label(target);
      target.name = this.mergeText(target.name, service.name, 'name', id);
      if (!target.code && service.code) target.code = service.code;
      const channels = (service.channels ?? []).map((channel) => this.channelMap.get(channel)!);
      const merged = [...(target.channels ?? [])];
      for (const channel of channels) if (!merged.includes(channel)) merged.push(channel);
      if (merged.length) target.channels = merged;
      if (service.forms?.length) {
        if (!target.forms?.length) target.forms = [...service.forms];
        else if (target.forms.join() !== service.forms.join()) {
          this.notes.push({
            kind: 'differs',
            field: 'forms',
            service: id,
            kept: target.forms.join(', '),
            other: service.forms.join(', '),
          });
        }
      }
      const responsible = [...(target.responsible ?? [])];
      for (const official of service.responsible ?? []) {
        const mapped = this.officialMap.get(official)!;
        if (!responsible.includes(mapped)) responsible.push(mapped);
      }
      if (responsible.length) target.responsible = responsible;
      if (service.documents?.length) {
        if (!target.documents?.length) target.documents = structuredClone(service.documents);
        else if (target.documents.length === service.documents.length) {
          target.documents = target.documents.map((document, i) =>
            this.mergeText(document, service.documents![i]!, 'documents', id),
          );
        } else {
          this.notes.push({
            kind: 'differs',
            field: 'documents',
            service: id,
            kept: `${target.documents.length}`,
            other: `${service.documents.length}`,
          });
        }
      }
      for (const field of ['term', 'result'] as const) {
        if (service[field]) target[field] = this.mergeText(target[field], service[field], field, id);
      }
      if (service.cost) {
        if (!target.cost) target.cost = structuredClone(service.cost);
        else if (target.cost !== 'free' && service.cost !== 'free')
          target.cost = this.mergeText(target.cost, service.cost, 'cost', id);
        else if (target.cost !== service.cost) {
          this.notes.push({
            kind: 'differs',
            field: 'cost',
            service: id,
            kept: costText(target.cost),
            other: costText(service.cost),
          });
        }
      }
    });
  }

  /** Each language of `extra` that `text` lacks; where both have one and they differ, `text`'s, noted. */
  private mergeText(text: LocalizedText | undefined, extra: LocalizedText, field: Field, where: string): LocalizedText {
    const merged: LocalizedText = {...text};
    for (const language of Object.keys(extra) as (keyof LocalizedText)[]) {
      const value = extra[language]!;
      if (merged[language] === undefined) merged[language] = value;
      else if (merged[language] !== value) {
        this.notes.push({kind: 'differs', field, service: where, kept: merged[language]!, other: value});
      }
    }
    return merged;
  }

  // --- the report --------------------------------------------------------------------------------

  private fromB(row: RowReport): RowReport {
    return {
      ...row,
      table: row.table + this.a.recognition.length,
      ...(row.service === undefined ? {} : {service: this.serviceMap.get(row.service)!}),
      placed: row.placed.map((placed) => {
        if (!placed.ref) return placed;
        const map = placed.field === 'channels' ? this.channelMap : this.officialMap;
        return {...placed, ref: map.get(placed.ref) ?? placed.ref};
      }),
    };
  }

  private renamed(row: RowReport, rename: Map<string, {chosen: string; official: string; rows: number}>): RowReport {
    const notes = [...row.notes];
    const placed = row.placed.map((item) => {
      const change = item.field === 'responsible' ? rename.get(item.value) : undefined;
      if (!change || change.official !== item.ref) return item;
      notes.push({
        kind: 'name-variant',
        written: item.value,
        chosen: change.chosen,
        official: change.official,
        rows: change.rows,
      });
      return {...item, value: change.chosen};
    });
    return {...row, placed, notes};
  }
}

// ---------------------------------------------------------------------------------------------

/** For each channel: the services using it, and its place among each one's offices. */
function uses(
  services: ImportedService[],
  index: (i: number) => number,
): Map<string, {service: number; place: number}[]> {
  const map = new Map<string, {service: number; place: number}[]>();
  services.forEach((service, i) => {
    (service.channels ?? []).forEach((channel, place) => {
      const list = map.get(channel) ?? [];
      list.push({service: index(i), place});
      map.set(channel, list);
    });
  });
  return map;
}

function unique(id: string, used: string[]): string {
  let candidate = id;
  for (let n = 2; used.includes(candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}

function label(service: ImportedService): string {
  return service.code ?? anyText(service.name);
}

function anyText(text: LocalizedText): string {
  return text.kk ?? text.ru ?? text.en ?? '';
}

function costText(cost: 'free' | LocalizedText): string {
  return cost === 'free' ? 'free' : anyText(cost);
}
