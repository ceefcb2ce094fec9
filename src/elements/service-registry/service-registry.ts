import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {msg, str} from '@lit/localize';
import type {Channel, Law, LocalizedText, OrganizationRole, Provider, Service, ServiceForm} from '../../data/model.js';
import {formatDate} from '../../i18n/dates.js';
import {normalizeServiceCode} from '../../data/service-code.js';
import {foldForSearch, matchesAll, searchTerms} from '../../i18n/search-fold.js';
import {countServices} from '../../i18n/plural.js';
import {WidgetElement} from '../shared/widget-element.js';
import {ProgressiveListController} from '../shared/progressive-list-controller.js';
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
      foldOnce(service, () => [
        code,
        ...languages(name),
        ...service.documents.flatMap((document) => languages(document.name)),
      ]),
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

/** Rows are rendered and skipped off screen in blocks: fewer, larger units are cheaper for the browser. */
const BLOCK = 50;
/** Blocks rendered before the first paint: a screenful and more, and all of any real organisation's list. */
const FIRST_BLOCKS = 2;
/** How long the reader pauses typing before the number found is read out. */
const ANNOUNCE_AFTER_MS = 700;

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
 * @fires {CustomEvent<DataLoadedDetail>} data-loaded - The data is valid and shown. `detail.providerId` names the organisation.
 * @fires {CustomEvent<DataFailedDetail>} data-failed - The data could not be shown. `detail.problem` and `detail.detail` say why.
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
  static override properties: PropertyDeclarations = {codes: {}, query: {state: true}, announced: {state: true}};

  /** Register codes to show, separated by spaces or commas (`403007 403008`); all services when empty. */
  codes = '';

  /** What the reader typed in the search field. */
  private query = '';
  /** The services `codes` selects from the data, and the codes it names that the data lacks. */
  private selection?: {provider: Provider; codes: string; services: Service[]; unknownCodes: string[]};
  /** Whether any listed service has a register code, and so the table a «Code» column. */
  private withCodes = true;
  /** Which services the search leaves out, worked out once per query. */
  private found?: {query: string; services: Service[]; searching: boolean; hidden: boolean[]; shown: number};
  private readonly list = new ProgressiveListController<Service>(this, BLOCK, FIRST_BLOCKS);
  /** The service rows on the page, in order, and how many of them show the current search. */
  private rows: HTMLElement[] = [];
  private rowsSearched = {found: undefined as ServiceRegistryElement['found'], count: 0};
  /** The count read out to screen readers: said once the reader pauses, not at every keystroke. */
  private announced: {text: string; for?: ServiceRegistryElement['selection']; locale?: string} = {text: ''};
  private announceTimer?: {id: ReturnType<typeof setTimeout>; query: string};
  private announceDue = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Paper must list every service, even while a long list is still being rendered.
    addEventListener('beforeprint', this.renderAllForPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer?.id);
    this.announceTimer = undefined;
    removeEventListener('beforeprint', this.renderAllForPrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const provider = this.provider;
    if (!provider) return;
    if (this.selection?.provider !== provider || this.selection.codes !== this.codes) {
      this.selection = {provider, codes: this.codes, ...selectServices(provider, this.codes)};
      this.list.setItems(this.selection.services);
      // A school that prints no register codes gets no empty «Code» column.
      this.withCodes = this.selection.services.some((service) => service.code);
      this.rows = [];
    }
    const {services} = this.selection;
    if (this.found?.query !== this.query || this.found.services !== services) {
      const terms = searchTerms(this.query);
      const hidden = services.map((service) => terms.length > 0 && !matchesAll(textsOf(service), terms));
      this.found = {
        query: this.query,
        services,
        searching: terms.length > 0,
        hidden,
        shown: hidden.filter((h) => !h).length,
      };
    }
    // A new list or language is counted at once; a search waits for the reader to pause (updated()).
    if (this.announceDue || this.announced.for !== this.selection || this.announced.locale !== this.locale) {
      this.announced = {text: this.statusText(), for: this.selection, locale: this.locale};
      this.announceDue = false;
    }
  }

  protected override renderProvider(provider: Provider): TemplateResult {
    const intro = html`${this.heading(msg('State services'))}${this.renderOrganizations(provider)}`;
    if (!this.selection?.services.length) {
      return html`${intro}
        <p class="message" part="message">${msg('This organisation has not listed any state services.')}</p>`;
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
      <p class="status" part="status" role="status">${this.announced.text}</p>
      <div
        class="table ${this.withCodes ? '' : 'table--no-codes'}"
        part="table"
        role="table"
        aria-label=${msg('State services')}
        @click=${this.onTableClick}
      >
        ${guard([this.locale, this.withCodes], () => this.renderHeader())}
        ${this.list.blocks
          .slice(0, this.list.renderedBlocks)
          .map((block, index) => guard([block, this.locale], () => this.renderBlock(block, index * BLOCK)))}
      </div>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const code of this.selection?.unknownCodes ?? []) {
      this.warnOnce(`codes: no service with code "${code}" in the data of "${this.selection!.provider.id}"`);
    }
    if (this.selection?.unknownCodes.length && this.selection.services === this.selection.provider.services) {
      this.warnOnce('codes: none of the codes is in the data; showing every service');
    }
    this.hideRowsNotFound();
    // Each keystroke starts the wait again; the updates that render a long list bit by bit do not.
    const due = this.selection && this.statusText() !== this.announced.text;
    if (!due || this.announceTimer?.query !== this.query) {
      clearTimeout(this.announceTimer?.id);
      this.announceTimer = undefined;
    }
    if (due && !this.announceTimer) {
      const id = setTimeout(() => {
        this.announceTimer = undefined;
        this.announceDue = true;
        this.requestUpdate();
      }, ANNOUNCE_AFTER_MS);
      this.announceTimer = {id, query: this.query};
    }
  }

  /**
   * Search hides rows rather than re-rendering them: a keystroke costs a substring test and an
   * attribute per row that changes. Hidden rows stay in the page, so the printout has them all.
   * Rows are collected as their blocks appear, never by a scan of the whole list.
   */
  private hideRowsNotFound(): void {
    const found = this.found;
    if (!found) return;
    const rendered = Math.min(found.services.length, this.list.renderedBlocks * BLOCK);
    if (this.rows.length < rendered) {
      const blocks = this.renderRoot.querySelectorAll('.block');
      for (let index = this.rows.length / BLOCK; index < blocks.length; index++) {
        const rows = blocks[index]!.children as HTMLCollectionOf<HTMLElement>;
        this.rows.push(...rows);
        // Through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it would not).
        (blocks[index] as HTMLElement).style.setProperty('--rows', String(rows.length));
      }
    }
    const from = this.rowsSearched.found === found ? this.rowsSearched.count : 0;
    for (let index = from; index < this.rows.length; index++) {
      const row = this.rows[index]!;
      if (row.hidden !== found.hidden[index]) row.hidden = found.hidden[index]!;
    }
    this.rowsSearched = {found, count: this.rows.length};
  }

  private renderAllForPrint = (): void => {
    if (this.list.complete) return;
    this.list.renderAll();
    this.performUpdate();
  };

  private renderBlock(block: Service[], first: number): TemplateResult {
    return html`<div class="block" role="rowgroup">
      ${block.map((service, index) => this.renderService(service, first + index))}
    </div>`;
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
        ${
          this.withCodes
            ? html`<div class="cell code ${service.code ? '' : 'code--none'}" role="cell" data-label=${columns.code}>
                ${service.code ?? ''}
              </div>`
            : nothing
        }
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
      [
        msg('Cost'),
        service.cost && (service.cost === 'free' ? msg('Free of charge') : localized(service.cost, this.locale)),
      ],
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
          ${
            service.documents.length
              ? html`<p class="label">${msg('Documents')}</p>
                  <ol class="documents">
                    ${service.documents.map(
                      (document) =>
                        html`<li>
                          ${localized(document.name, this.locale)}${
                            document.channels
                              ? html` <span class="muted"
                                  >(${msg('only for:', {desc: 'Before the channels where a document is asked'})}
                                  ${document.channels.map((channel, i) => html`${i ? ', ' : ''}${localized(channel.name, this.locale)}`)})</span
                                >`
                              : nothing
                          }
                        </li>`,
                    )}
                  </ol>`
              : nothing
          }
          ${
            visited(service).length
              ? html`<p class="label">${msg('Addresses and hours')}</p>
                  <ul class="visits">
                    ${visited(service).map(
                      (channel) =>
                        html`<li>
                          ${localized(channel.name, this.locale)}${
                            channel.address ? html`: ${localized(channel.address, this.locale)}` : nothing
                          }${channel.hours ? html`; ${localized(channel.hours, this.locale)}` : nothing}
                        </li>`,
                    )}
                  </ul>`
              : nothing
          }
          <dl class="facts">
            ${facts
              .filter(([, value]) => value)
              .map(
                ([label, value]) =>
                  html`<div>
                    <dt class="label">${label}</dt>
                    <dd>${value}</dd>
                  </div>`,
              )}
          </dl>
          ${service.url ? html`<p><a part="link" href=${service.url}>${msg('More about this service')}</a></p>` : nothing}
        </div>
      </div>
    </div>`;
  }

  private renderAct(act: Law): TemplateResult {
    const title = localized(act.title, this.locale);
    return html`${act.url ? html`<a part="link" href=${act.url}>${title}</a>` : title}${
      act.date ? html`, <time datetime=${act.date}>${formatDate(act.date, this.locale)}</time>` : nothing
    }`;
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
          (organization, index) =>
            html`${index ? '; ' : ''}${
              organization.url
                ? html`<a part="link" href=${organization.url}>${localized(organization.name, this.locale)}</a>`
                : localized(organization.name, this.locale)
            }`,
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
    return html`<a part="link" href=${channel.url}
      >${name}${channel.host ? html` <span class="host">(${channel.host})</span>` : nothing}</a
    >`;
  }

  private renderForms(forms: ServiceForm[]): TemplateResult {
    const labels: Record<ServiceForm, string> = {
      electronic: msg('Electronic'),
      'partly-automated': msg('Electronic (partly automated)'),
      paper: msg('Paper'),
    };
    if (!forms.length) return html`<span class="muted">${msg('Not stated')}</span>`;
    return html`<ul class="lines">
      ${forms.map((form) => html`<li>${labels[form]}</li>`)}
    </ul>`;
  }

  private renderResponsible(service: Service): TemplateResult {
    if (!service.responsible.length) return html`<span class="muted">${msg('Not stated')}</span>`;
    return html`<ul class="people">
      ${service.responsible.map(
        (official) =>
          html`<li>
            <span class="person">${localized((official.name ?? official.position)!, this.locale)}</span>
            ${official.phones.map((phone) => html`<span class="phone-line">${this.phoneLink(phone, (official.name ?? official.position)!)}</span>`)}
          </li>`,
      )}
    </ul>`;
  }

  private statusText(): string {
    const {shown, searching, services} = this.found!;
    if (!searching) return countServices(services.length, this.locale);
    if (!shown) return msg('Nothing found. Try another word or the service code.');
    const found = countServices(shown, this.locale);
    return msg(str`Found: ${found}`, {desc: 'Followed by e.g. "3 services"'});
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }
}

/** The services `codes` names (all when it names none the data has), and the codes it lacks. */
function selectServices(provider: Provider, codes: string): {services: Service[]; unknownCodes: string[]} {
  const wanted = codes.split(/[\s,;]+/).filter(Boolean);
  const byCode = new Map(provider.services.map((service) => [service.code, service]));
  const services: Service[] = [];
  const unknownCodes: string[] = [];
  for (const code of wanted) {
    const normalized = normalizeServiceCode(code);
    const service = normalized ? byCode.get(normalized) : undefined;
    if (!service) unknownCodes.push(code);
    else if (!services.includes(service)) services.push(service);
  }
  return {services: services.length ? services : provider.services, unknownCodes};
}

declare global {
  interface HTMLElementTagNameMap {
    'service-registry': ServiceRegistryElement;
  }
}
