import {html, nothing, type PropertyDeclarations, type TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {msg, str} from '@lit/localize';
import type {Channel, Law, LocalizedText, OrganizationRole, Provider, Service, ServiceForm} from '../../data/model.js';
import {formatDate} from '../../i18n/dates.js';
import {normalizeServiceCode} from '../../data/service-code.js';
import {foldForSearch, matchesAll, searchTerms} from '../../i18n/search-fold.js';
import {countServices} from '../../i18n/plural.js';
import {WidgetElement} from '../shared/widget-element.js';
import {localized} from '../shared/localized-text.js';
import {sharedStyles} from '../shared/shared.styles.js';
import {registryStyles} from './service-registry.styles.js';

// Every language of a service is searchable, whatever the interface language: a Russian reader
// may remember the Kazakh name. Folded once, not per keystroke; an official's or a channel's
// text is folded once and shared by all their services, so 5 000 services stay light.
const folded = new WeakMap<object, string>();
const searchTexts = new WeakMap<Service, string[]>();

function foldOnce(owner: object, texts: () => (string | undefined)[]): string {
  let text = folded.get(owner);
  if (text === undefined) folded.set(owner, (text = foldForSearch(texts().join(' '))));
  return text;
}

const languages = (text?: LocalizedText) => (text ? [text.kk, text.ru, text.en] : []);

function textsOf(service: Service): string[] {
  let texts = searchTexts.get(service);
  if (!texts) {
    const {code, name} = service;
    texts = [
      foldOnce(service, () => [code, ...languages(name), ...service.documents.flatMap((document) => languages(document.name))]),
      ...service.responsible.map((o) =>
        foldOnce(o, () => [...languages(o.name), ...languages(o.position), ...o.phones.map((p) => p.digits)]),
      ),
      ...service.channels.map((c) => foldOnce(c, () => languages(c.name))),
    ];
    searchTexts.set(service, texts);
  }
  return texts;
}

/** Whether a service has more to say than its row: documents, term, cost… */
function hasDetails(service: Service): boolean {
  const {documents, applicants, term, waitingTime, cost, result, legalAct, url} = service;
  return (
    documents.length > 0 ||
    visited(service).length > 0 ||
    [applicants, term, waitingTime, cost, result, legalAct, url].some(Boolean)
  );
}

/** The channels of a service that give an address or hours: where to go, and when. */
function visited(service: Service): Channel[] {
  return service.channels.filter((channel) => channel.address || channel.hours);
}

/** Rows are built and skipped off screen in blocks: fewer, larger units are cheaper for the browser. */
const BLOCK = 50;
/** Blocks built before the first paint: a screenful and more, and all of any real organisation's list. */
const FIRST_BLOCKS = 2;

/** Column titles; a function because msg() answers in the language of the render it runs in. */
const COLUMNS = () => ({
  code: msg('Code', {desc: 'Column: register code of the service'}),
  name: msg('State service'),
  channels: msg('Where to apply'),
  forms: msg('Form', {desc: 'Column: electronic or paper'}),
  responsible: msg('Responsible officials'),
});

/**
 * The state services an organisation provides: code, name, where to apply, form, and the
 * officials responsible with their phones; each service's documents, term, waiting time, cost,
 * result, applicants and rules open in place. A search field filters as you type; a table where
 * there is room, cards where the element is narrow; all services print, with their details,
 * whatever the search.
 *
 * @tagname service-registry
 * @summary The searchable register of an organisation's state services.
 *
 * @attr lang - Interface language: `kk`, `ru` or `en`; else the nearest ancestor's `lang`, else the page's, else `kk`.
 *
 * @fires data-loaded - The data is valid and shown. `detail.providerId` names the organisation.
 * @fires data-failed - The data could not be shown. `detail.problem` and `detail.detail` say why.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The element's title.
 * @csspart search - The search field and its label.
 * @csspart status - The live count of services shown.
 * @csspart table - The table of services (cards when narrow).
 * @csspart item - One service (a table row with its details, or a card).
 * @csspart link - Every link: portals and phones.
 * @csspart phone - A phone link.
 * @csspart message - A loading or error message.
 * @csspart button - A service's "Documents, terms and cost" button, and the "Try again" button of an error message.
 * @csspart updated - The date the data was checked.
 *
 * @cssproperty --gsw-accent - Colour of links, focus rings and accents. Default `#0b5a9c`.
 * @cssproperty --gsw-text-color - Text colour. Default: inherited from the page.
 * @cssproperty --gsw-radius - Corner radius of cards and fields. Default `0.375em`.
 * @cssproperty --gsw-spacing - Base spacing between blocks. Default `1em`.
 * @cssproperty --gsw-font-size - Base font size. Default `medium` (the reader's browser setting).
 */
export class ServiceRegistryElement extends WidgetElement {
  static override styles = [sharedStyles, registryStyles];
  static override properties: PropertyDeclarations = {codes: {}, query: {state: true}};

  /** Register codes to show, separated by spaces or commas (`403007 403008`); all services when empty. */
  codes = '';

  private query = '';

  /** The services to list, in blocks of BLOCK rows; see `buildMore()`. */
  private services: Service[] = [];
  /** Whether any listed service has a register code, and so the table a «Code» column. */
  private withCodes = true;
  private blocks: Service[][] = [];
  private servicesFor?: [Provider, string];
  /** How many blocks exist so far: a long list is built a few blocks per task, never in one long task. */
  private built = 0;
  private buildTimer?: ReturnType<typeof setTimeout>;
  /** Row elements in service order, and how many of them the current search was applied to. */
  private rows: HTMLElement[] = [];
  private filtered = {query: '', count: 0};
  private hiddenFor?: {query: string; services: Service[]; searching: boolean; hidden: boolean[]; shown: number};

  override connectedCallback(): void {
    super.connectedCallback();
    // Paper must list every service, even while a long list is still being built.
    addEventListener('beforeprint', this.buildAll);
    // Moved or re-added while a long list was being built: carry on where it stopped.
    if (this.hasUpdated && this.built < this.blocks.length) this.buildMore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.buildTimer);
    this.buildTimer = undefined;
    removeEventListener('beforeprint', this.buildAll);
  }

  protected override renderProvider(provider: Provider): TemplateResult {
    const services = this.selectedServices(provider);
    const {shown, searching} = this.search();
    const intro = html`${this.heading(msg('State services'))}${this.renderOrganizations(provider)}`;
    if (!services.length) {
      return html`${intro}<p class="message" part="message">${msg('This organisation has not listed any state services.')}</p>`;
    }
    return html`
      ${intro}
      <div class="search" part="search">
        <label for="search">${msg('Search', {desc: 'Label of the search field; exactly one word'})}</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="search-hint"
          .value=${this.query}
          @input=${this.onInput}
        />
        <p id="search-hint" class="hint">${msg('Code, part of the name, or an official')}</p>
      </div>
      <p class="status" part="status" role="status">${this.statusText(shown, services.length, searching)}</p>
      <div
        class="table ${this.withCodes ? '' : 'table--no-codes'}"
        part="table"
        role="table"
        aria-label=${msg('State services')}
        @click=${this.onTableClick}
      >
        ${guard([this.locale, this.withCodes], () => this.renderHeader())}
        ${this.blocks.slice(0, this.built).map((block, index) =>
          guard([block, this.locale], () => this.renderBlock(block, index * BLOCK)),
        )}
      </div>
    `;
  }

  protected override updated(): void {
    // Collect only the rows of blocks built since last time: never a scan of the whole list.
    if (this.rows.length < Math.min(this.services.length, this.built * BLOCK)) {
      const blocks = this.renderRoot.querySelectorAll('.block');
      for (let index = this.rows.length / BLOCK; index < blocks.length; index++) {
        this.rows.push(...(blocks[index]!.children as HTMLCollectionOf<HTMLElement>));
      }
    }
    this.filterRows();
    if (this.built < this.blocks.length) this.buildMore();
  }

  /** Which services the search leaves out, worked out once per query, for the count and the rows. */
  private search(): NonNullable<ServiceRegistryElement['hiddenFor']> {
    const cached = this.hiddenFor;
    if (cached?.query === this.query && cached.services === this.services) return cached;
    const terms = searchTerms(this.query);
    const hidden = this.services.map((service) => terms.length > 0 && !matchesAll(textsOf(service), terms));
    const shown = hidden.filter((h) => !h).length;
    return (this.hiddenFor = {query: this.query, services: this.services, searching: terms.length > 0, hidden, shown});
  }

  /**
   * Search hides rows rather than re-rendering them: a keystroke costs a substring test and an
   * attribute per row that changes. Hidden rows stay in the page, so the printout has them all.
   */
  private filterRows(): void {
    const {hidden} = this.search();
    const from = this.filtered.query === this.query ? this.filtered.count : 0;
    for (let index = from; index < this.rows.length; index++) {
      const row = this.rows[index]!;
      if (row.hidden !== hidden[index]) row.hidden = hidden[index]!;
    }
    this.filtered = {query: this.query, count: this.rows.length};
  }

  /** Builds blocks for about 12 ms per task, then yields, so the page stays responsive on any phone. */
  private buildMore(): void {
    if (this.buildTimer) return;
    this.buildTimer = setTimeout(async () => {
      const started = performance.now();
      while (this.built < this.blocks.length && performance.now() - started < 12 && this.isConnected) {
        this.built++;
        this.requestUpdate();
        await this.updateComplete;
      }
      this.buildTimer = undefined;
      if (this.built < this.blocks.length && this.isConnected) this.buildMore();
    });
  }

  private buildAll = (): void => {
    if (this.built < this.blocks.length) {
      this.built = this.blocks.length;
      this.requestUpdate();
      this.performUpdate();
    }
  };

  private renderBlock(block: Service[], first: number): TemplateResult {
    return html`<div class="block" role="rowgroup">${block.map((service, index) => this.renderService(service, first + index))}</div>`;
  }

  private renderHeader(): TemplateResult {
    const {code, ...columns} = COLUMNS();
    const labels = this.withCodes ? [code, ...Object.values(columns)] : Object.values(columns);
    return html`<div class="head" role="rowgroup">
      <div class="row" role="row">
        ${labels.map((label) => html`<span class="cell" role="columnheader">${label}</span>`)}
      </div>
    </div>`;
  }

  /**
   * One service: its row, and the row of its details (documents, term, cost…) when it has any,
   * closed until the reader opens it, so that ten documents never turn the table into a wall of text.
   */
  private renderService(service: Service, index: number): TemplateResult {
    textsOf(service); // fold the search text now, in the build's idle slices, not on the first keystroke
    const columns = COLUMNS();
    // In cards, each cell shows its column title from data-label (CSS), so rows carry no extra nodes.
    return html`<div class="service" part="item">
      <div class="row" role="row">
        ${this.withCodes
          ? html`<div class="cell code ${service.code ? '' : 'code--none'}" role="cell" data-label=${columns.code}>${service.code ?? ''}</div>`
          : nothing}
        <div class="cell name" role="rowheader" id="service-${index}">${localized(service.name, this.locale)}</div>
        <div class="cell" role="cell" data-label=${columns.channels}>${this.renderChannels(service.channels)}</div>
        <div class="cell" role="cell" data-label=${columns.forms}>${this.renderForms(service.forms)}</div>
        <div class="cell" role="cell" data-label=${columns.responsible}>${this.renderResponsible(service)}</div>
      </div>
      ${hasDetails(service) ? this.renderDetails(service, index) : nothing}
    </div>`;
  }

  /** A disclosure: the button stays in its own row, so the row header's name stays the service's name. */
  private renderDetails(service: Service, index: number): TemplateResult {
    const facts: [string, unknown][] = [
      [msg('Who may apply'), service.applicants && localized(service.applicants, this.locale)],
      [msg('Term', {desc: 'How long the service takes'}), service.term && localized(service.term, this.locale)],
      [msg('Longest wait in the queue'), service.waitingTime && localized(service.waitingTime, this.locale)],
      [msg('Cost'), service.cost && (service.cost === 'free' ? msg('Free of charge') : localized(service.cost, this.locale))],
      [msg('Result'), service.result && localized(service.result, this.locale)],
      [msg('Rules', {desc: 'The legal act a service follows'}), service.legalAct && this.renderAct(service.legalAct)],
    ];
    return html`<div class="row details-row" role="row">
      <div class="cell details" role="cell" aria-colspan=${this.withCodes ? 5 : 4}>
        <button
          type="button"
          class="toggle"
          part="button"
          aria-expanded="false"
          aria-controls="details-${index}"
          aria-describedby="service-${index}"
        >
          ${msg('Documents, terms and cost')}
        </button>
        <div class="panel" id="details-${index}" hidden>
          ${service.documents.length
            ? html`<p class="label">${msg('Documents')}</p>
                <ol class="documents">
                  ${service.documents.map(
                    (document) => html`<li>
                      ${localized(document.name, this.locale)}${document.channels
                        ? html` <span class="muted"
                            >(${msg('only for:', {desc: 'Before the channels where a document is asked'})}
                            ${document.channels.map((channel, i) => html`${i ? ', ' : ''}${localized(channel.name, this.locale)}`)})</span
                          >`
                        : nothing}
                    </li>`,
                  )}
                </ol>`
            : nothing}
          ${visited(service).length
            ? html`<p class="label">${msg('Addresses and hours')}</p>
                <ul class="visits">
                  ${visited(service).map(
                    (channel) => html`<li>
                      ${localized(channel.name, this.locale)}${channel.address
                        ? html`: ${localized(channel.address, this.locale)}`
                        : nothing}${channel.hours ? html`; ${localized(channel.hours, this.locale)}` : nothing}
                    </li>`,
                  )}
                </ul>`
            : nothing}
          <dl class="facts">
            ${facts
              .filter(([, value]) => value)
              .map(([label, value]) => html`<div><dt class="label">${label}</dt><dd>${value}</dd></div>`)}
          </dl>
          ${service.url ? html`<p><a part="link" href=${service.url}>${msg('More about this service')}</a></p>` : nothing}
        </div>
      </div>
    </div>`;
  }

  private renderAct(act: Law): TemplateResult {
    const title = localized(act.title, this.locale);
    return html`${act.url ? html`<a part="link" href=${act.url}>${title}</a>` : title}${act.date
      ? html`, <time datetime=${act.date}>${formatDate(act.date, this.locale)}</time>`
      : nothing}`;
  }

  /** Opens and closes a service's details without re-rendering: the blocks of rows are guarded. */
  private onTableClick(event: Event): void {
    const toggle = (event.target as Element).closest?.('button.toggle');
    if (!toggle) return;
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    this.renderRoot.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`)!.hidden = !open;
  }

  /** Who provides the services, who supervises them, who only informs about them. */
  private renderOrganizations(provider: Provider): TemplateResult {
    const labels: Record<OrganizationRole, string> = {
      provider: msg('Service providers:'),
      supervisor: msg('Supervising body:'),
      informant: msg('Information published by:'),
    };
    return html`${(['provider', 'supervisor', 'informant'] as const).map((role) => {
      const organizations = provider.organizations.filter((organization) => organization.role === role);
      if (!organizations.length) return nothing;
      return html`<p class="providers">
        <span class="providers-label">${labels[role]}</span>
        ${organizations.map(
          (organization, index) => html`${index ? '; ' : ''}${organization.url
              ? html`<a part="link" href=${organization.url}>${localized(organization.name, this.locale)}</a>`
              : localized(organization.name, this.locale)}`,
        )}
      </p>`;
    })}`;
  }

  private renderChannels(channels: Channel[]): TemplateResult {
    if (!channels.length) return html`<span class="muted">${msg('Not stated')}</span>`;
    return html`<ul class="lines">
      ${channels.map((channel) => html`<li>${this.renderChannel(channel)}</li>`)}
    </ul>`;
  }

  private renderChannel(channel: Channel): TemplateResult | string {
    const name = localized(channel.name, this.locale);
    if (!channel.url) return name;
    return html`<a part="link" href=${channel.url}>${name}${channel.host ? html` <span class="host">(${channel.host})</span>` : nothing}</a>`;
  }

  private renderForms(forms: ServiceForm[]): TemplateResult {
    const labels: Record<ServiceForm, string> = {
      electronic: msg('Electronic'),
      'partly-automated': msg('Electronic (partly automated)'),
      paper: msg('Paper'),
    };
    if (!forms.length) return html`<span class="muted">${msg('Not stated')}</span>`;
    return html`<ul class="lines">${forms.map((form) => html`<li>${labels[form]}</li>`)}</ul>`;
  }

  private renderResponsible(service: Service): TemplateResult {
    if (!service.responsible.length) return html`<span class="muted">${msg('Not stated')}</span>`;
    return html`<ul class="people">
      ${service.responsible.map(
        (official) => html`<li>
          <span class="person">${localized((official.name ?? official.position)!, this.locale)}</span>
          ${official.phones.map((phone) => html`<span class="phone-line">${this.phoneLink(phone)}</span>`)}
        </li>`,
      )}
    </ul>`;
  }

  private statusText(shown: number, total: number, searching: boolean): string {
    if (!searching) return countServices(total, this.locale);
    if (!shown) return msg('Nothing found. Try another word or the service code.');
    const found = countServices(shown, this.locale);
    return msg(str`Found: ${found}`, {desc: 'Followed by e.g. "3 services"'});
  }

  /** The services to list, worked out once per data and `codes`, not per keystroke. */
  private selectedServices(provider: Provider): Service[] {
    if (this.servicesFor?.[0] !== provider || this.servicesFor[1] !== this.codes) {
      this.servicesFor = [provider, this.codes];
      this.services = this.pickServices(provider);
      // A school that prints no register codes gets no empty «Code» column.
      this.withCodes = this.services.some((service) => service.code);
      this.blocks = [];
      for (let index = 0; index < this.services.length; index += BLOCK) this.blocks.push(this.services.slice(index, index + BLOCK));
      this.built = Math.min(this.blocks.length, FIRST_BLOCKS);
      this.rows = [];
      this.filtered = {query: '', count: 0};
    }
    return this.services;
  }

  private pickServices(provider: Provider): Service[] {
    const wanted = this.codes.split(/[\s,;]+/).filter(Boolean);
    if (!wanted.length) return provider.services;
    const byCode = new Map(provider.services.map((service) => [service.code, service]));
    const selected: Service[] = [];
    for (const code of wanted) {
      const normalized = normalizeServiceCode(code);
      const service = normalized ? byCode.get(normalized) : undefined;
      if (service && !selected.includes(service)) selected.push(service);
      else if (!service) this.warnOnce(`codes: no service with code "${code}" in the data of "${provider.id}"`);
    }
    if (!selected.length) this.warnOnce('codes: none of the codes is in the data; showing every service');
    return selected.length ? selected : provider.services;
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-registry': ServiceRegistryElement;
  }
}
