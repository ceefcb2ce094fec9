import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import type {LocalizedText, Official, OrganizationRole, Provider, Service} from '../../data/model.js';
import {inLocale, msg, str} from '../../i18n/localization.js';
import {normalizeServiceCode} from '../../data/service-code.js';
import {SearchIndex, type SearchableItem} from '../../search/search-index.js';
import everydayWords from '../../../data/search/everyday-words.json';
import {countServices} from '../../i18n/plural.js';
import {copyText} from '../shared/clipboard.js';
import {WidgetElement} from '../shared/widget-element.js';
import {ProgressiveListController} from '../shared/progressive-list-controller.js';
import {localized} from '../shared/localized-text.js';
import {h} from '../shared/dom.js';
import {officialItem, serviceRow} from './service-row.js';
import {sharedStyles} from '../shared/shared.styles.js';
import {registryStyles} from './service-registry.styles.js';

const languages = (text?: LocalizedText) => (text ? [text.kk, text.ru, text.en] : []);

/**
 * What search looks at in a service, in every language whatever the interface's (a Russian reader
 * may remember the Kazakh name): its code and name first, then whom to call and where to apply,
 * then the documents, who may apply and the result.
 */
function searchable(service: Service): SearchableItem {
  const {code, name, responsible, channels} = service;
  return {
    fields: [
      {weight: 4, texts: [code, code?.replace(/^0+/, ''), ...languages(name)]},
      {
        weight: 2,
        texts: [
          ...responsible.flatMap((official) => [...languages(official.name), ...languages(official.position)]),
          ...channels.flatMap((channel) => [...languages(channel.name), channel.host]),
        ],
      },
      {
        weight: 1,
        texts: [
          ...service.documents.flatMap((document) => languages(document.name)),
          ...languages(service.applicants),
          ...languages(service.result),
        ],
      },
    ],
    phones: responsible.flatMap((official) => official.phones.map((phone) => phone.digits)),
  };
}

/**
 * A service's address on the page, without `#`: `service-403008` (its code without zeros, as
 * readers type it), `service-<id>`, or its place in the list when it has neither.
 */
function anchorOf(service: Service, place: number): string {
  return `service-${service.code?.replace(/^0+/, '') ?? service.id ?? place + 1}`;
}

/** Rows are rendered and skipped off screen in blocks: fewer, larger units are cheaper for the browser. */
const BLOCK = 50;
/** Search results shown at once, best first; a button shows the rest. */
const RESULTS_SHOWN = 20;
/** Blocks rendered before the first paint: a screenful and more, and all of any real organisation's list. */
const FIRST_BLOCKS = 2;
/** How long the reader pauses typing before the number found is read out. */
const ANNOUNCE_AFTER_MS = 700;

/** Officials listed once, above the services, on a phone: more would push the services down. */
const CALL_LIST_MAX = 6;

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
 * @attr {'kk' | 'ru' | 'en'} lang - Interface language: `kk`, `ru` or `en`; else the nearest ancestor's `lang`, else the page's, else `kk`.
 * @attr heading - A title instead of the element's own, e.g. the words the page already uses.
 * @attr heading-hidden - Hides the main heading when the page's own title says it; the element stays a region named by that title.
 * @attr show-organization - Not needed here: the register always names the organisations whose services it lists.
 *
 * @fires {CustomEvent<DataLoadedDetail>} data-loaded - The data is valid and shown. `detail.providerId` names the organisation.
 * @fires {CustomEvent<DataFailedDetail>} data-failed - The data could not be shown. `detail.problem` and `detail.detail` say why.
 * @fires {CustomEvent<ServiceSelectedDetail>} service-selected - A reader opened a service's details, or came by its link. `detail.anchor` (`service-403008`) and `detail.name` say which.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The element's title.
 * @csspart search - The search field and its label.
 * @csspart status - The live count of services shown.
 * @csspart subheading - The «Whom to call» heading over the officials listed once above the services.
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
  static override properties: PropertyDeclarations = {
    codes: {},
    query: {state: true},
    announced: {state: true},
    notice: {state: true},
    allResults: {state: true},
  };

  /** Register codes to show, separated by spaces or commas (`403007 403008`); all services when empty. */
  codes = '';

  /** What the reader typed in the search field. */
  private query = '';
  /** The services `codes` selects from the data, and the codes it names that the data lacks. */
  private selection?: {provider: Provider; codes: string; services: Service[]; unknownCodes: string[]};
  /** Whether any listed service has a register code, and so the table a «Code» column. */
  private withCodes = true;
  /** The search over the listed services, filled as their rows are built and sorted once they are. */
  private search?: SearchIndex<Service>;
  /** What the query finds, best first, worked out once per query; undefined when nothing is typed. */
  private found?: {query: string; services: Service[]; results?: Service[]};
  /** The search results' rows, by service, for one list in one language (resultRows()). */
  private results?: {
    selection: ServiceRegistryElement['selection'];
    locale: string;
    places: Map<Service, number>;
    body: HTMLElement;
    rows: Map<Service, HTMLElement>;
  };
  /** Whether the reader asked for every result, not only the best ones. */
  private allResults = false;
  private readonly list = new ProgressiveListController<Service>(this, BLOCK, FIRST_BLOCKS);
  /**
   * On a phone, the officials of the listed services, each once with their phones, when they are
   * few and answer for several services: cards then name the person, not five copies of the phones.
   */
  private callList: Official[] = [];
  /** The service the page's address points at (`#service-403008`), until it is shown. */
  private linked?: string;
  /** The row to bring into view after this update: the linked service's place in the list. */
  private reveal?: number;
  /** What the last «Link» said (copied, or the address to copy by hand), read out and shown. */
  private notice = '';
  /** The count read out to screen readers: said once the reader pauses, not at every keystroke. */
  private announced: {text: string; for?: ServiceRegistryElement['selection']; locale?: string} = {text: ''};
  private announceTimer?: {id: ReturnType<typeof setTimeout>; query: string};
  private announceDue = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Paper must list every service, even while a long list is still being rendered.
    addEventListener('beforeprint', this.renderAllForPrint);
    addEventListener('hashchange', this.followLink);
    this.followLink();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer?.id);
    this.announceTimer = undefined;
    removeEventListener('beforeprint', this.renderAllForPrint);
    removeEventListener('hashchange', this.followLink);
  }

  /**
   * The page's address names a service (`#service-403008`): show it once the data is there. An
   * anchor is codes' digits or an id's `a-z0-9-` (validate.ts), never encoded in an address.
   */
  private followLink = (): void => {
    if (location.hash.startsWith('#service-')) {
      this.linked = location.hash.slice(1);
      this.requestUpdate();
    }
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const provider = this.provider;
    if (!provider) return;
    if (this.selection?.provider !== provider || this.selection.codes !== this.codes) {
      this.selection = {provider, codes: this.codes, ...selectServices(provider, this.codes)};
      this.list.setItems(this.selection.services);
      // Taking over a page that shows every row: all of ours at once, or the page would shrink.
      if (this.preRendered) this.list.renderedBlocks = this.list.blocks.length;
      // A school that prints no register codes gets no empty «Code» column.
      this.withCodes = this.selection.services.some((service) => service.code);
      // Repeated among the services listed here, not among all the organisation's (`codes`).
      const named = this.selection.services.flatMap((service) => service.responsible);
      const officials = [...new Set(named)];
      this.callList = named.length > officials.length && officials.length <= CALL_LIST_MAX ? officials : [];
      this.search = new SearchIndex(this.selection.services, searchable, [
        ...everydayWords,
        ...(provider.searchWords ?? []),
      ]);
    }
    const {services} = this.selection;
    if (this.linked) {
      const index = services.findIndex((service, at) => anchorOf(service, at) === this.linked);
      // A search that would hide it is cleared; a long list is drawn as far as the service.
      if (index >= 0) {
        this.query = '';
        this.list.renderThrough(index);
        this.reveal = index;
      }
      this.linked = undefined;
    }
    if (this.found?.query !== this.query || this.found.services !== services) {
      const results = this.query.trim() ? this.search!.find(this.query) : undefined;
      this.found = {query: this.query, services, results};
      this.allResults = false;
    }
    // A new list or language is counted at once; a search waits for the reader to pause (updated()).
    if (this.announceDue || this.announced.for !== this.selection || this.announced.locale !== this.locale) {
      this.announced = {text: this.statusText(), for: this.selection, locale: this.locale};
      this.announceDue = false;
    }
  }

  protected override renderProvider(provider: Provider): TemplateResult {
    const title = msg('State services');
    const intro = html`${this.heading(title)}${this.renderOrganizations(provider)}${this.renderCallList()}`;
    if (!this.selection?.services.length) {
      return html`${intro}
        <p class="message" part="message">${msg('This organisation has not listed any state services.')}</p>`;
    }
    const {results} = this.found!;
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
        <p id="search-hint" class="hint">${msg('A word, a code or a phone number')}</p>
      </div>
      <p class="status" part="status" role="status">${this.announced.text}</p>
      <p class="notice" role="status">${this.notice}</p>
      <div
        class="services ${this.withCodes ? '' : 'no-codes'} ${this.callList.length ? 'calls-listed' : ''}"
        @click=${this.onTableClick}
      >
        <div class="table" part="table" role="table" aria-label=${title} ?hidden=${!!results}>
          ${guard([this.locale, this.withCodes], () => this.renderHeader())}
          ${this.list.blocks
            .slice(0, this.list.renderedBlocks)
            .map((block, index) => guard([block, this.locale], () => this.renderBlock(block, index * BLOCK)))}
        </div>
        ${results ? this.renderResults(results) : nothing}
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
    if (this.reveal !== undefined) this.revealLinked(this.reveal);
    // The whole list built: sort the search's words now, while the reader reads, not at the first keystroke.
    if (this.list.complete && !this.search?.ready) setTimeout(() => this.search?.prepare());
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
   * What the search found, best first, in a table of its own while the full list waits hidden
   * (and prints). The best results show at once; a row stays as the reader left it (its details
   * open or closed) while its service is still found (resultRows()).
   */
  private renderResults(results: Service[]): TemplateResult {
    const shown = this.allResults ? results : results.slice(0, RESULTS_SHOWN);
    return html`<div class="table results" part="table" role="table" aria-label=${msg('Search results')}>
        ${guard([this.locale, this.withCodes], () => this.renderHeader())}
        ${guard([shown.length, results, this.locale], () => this.resultRows(shown))}
      </div>
      ${
        shown.length < results.length
          ? html`<p class="more">
              <button type="button" part="button" @click=${() => (this.allResults = true)}>
                ${msg(str`Show all ${countServices(results.length, this.locale)} found`)}
              </button>
            </p>`
          : nothing
      }`;
  }

  // At once (performUpdate() does nothing when the list was complete and no update is pending).
  private renderAllForPrint = (): void => {
    this.list.renderAll();
    this.performUpdate();
  };

  private renderBlock(block: Service[], first: number): HTMLElement {
    this.search!.indexUpTo(first + block.length); // in the build's idle slices, block by block
    const element = h(
      'div',
      {class: 'block rows', role: 'rowgroup'},
      block.map((service, index) => this.row(service, first + index)),
    );
    // Off screen it keeps the height its rows will take (styles); through the CSSOM, which a strict
    // Content-Security-Policy allows (a style attribute it would not).
    element.style.setProperty('--rows', String(block.length));
    return element;
  }

  /**
   * The results' rows, each kept from query to query while its service is still found: a keystroke
   * draws only the rows that come in, moves those that change places, and leaves the rest (and
   * their open details) as they are. Numbered by the service's place in the list, so that a row's
   * ids stay its own (`found-3`). Results are new with each list (and so with its «Code» column).
   */
  private resultRows(shown: Service[]): HTMLElement {
    const {selection, locale} = this;
    const old = this.results;
    if (!old || old.selection !== selection || old.locale !== locale) {
      const places = new Map(selection!.services.map((service, place) => [service, place]));
      this.results = {
        selection,
        locale,
        places,
        body: h('div', {class: 'rows', role: 'rowgroup'}),
        rows: new Map(),
      };
    }
    const {places, body, rows} = this.results!;
    const kept = new Map(
      shown.map((service) => [service, rows.get(service) ?? this.row(service, places.get(service)!, true)]),
    );
    let next = body.firstChild;
    for (const row of kept.values()) {
      if (row === next) next = row.nextSibling;
      else body.insertBefore(row, next);
    }
    while (next) {
      const after = next.nextSibling;
      next.remove();
      next = after;
    }
    this.results!.rows = kept;
    return body;
  }

  /**
   * One service's rows (service-row.ts), their ids numbered by its place in the list (`service-3`),
   * among the search results with `found-` before it (`found-3`).
   */
  private row(service: Service, place: number, found = false): HTMLElement {
    return serviceRow(service, found ? `found-${place}` : place, anchorOf(service, place), {
      locale: this.locale,
      withCodes: this.withCodes,
    });
  }

  /** The column titles, a «Code» column only where a listed service has a code. */
  private renderHeader(): TemplateResult {
    const labels = [
      msg('State service'),
      this.withCodes && msg('Code', {desc: 'Column: register code of the service'}),
      msg('Form', {desc: 'Column: electronic or paper'}),
      msg('Where to apply'),
      msg('Responsible officials'),
    ].filter(Boolean);
    return html`<div class="head" role="rowgroup">
      <div class="row" role="row">
        ${labels.map((label) => html`<span class="cell" role="columnheader">${label}</span>`)}
      </div>
    </div>`;
  }

  /** Opens and closes a service's details without re-rendering: the blocks of rows are guarded. */
  private onTableClick(event: Event): void {
    const button = (event.target as Element).closest?.('button');
    if (button?.classList.contains('share')) void this.share(button);
    if (button?.classList.contains('toggle') && this.toggle(button, button.getAttribute('aria-expanded') !== 'true'))
      this.selected(button.closest('.service')!);
  }

  /** Opens or closes a service's details; true when it opened them. */
  private toggle(button: Element, open: boolean): boolean {
    button.setAttribute('aria-expanded', String(open));
    this.renderRoot.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)!.hidden = !open;
    return open;
  }

  /** Tells the page which service a reader opened (`service-selected`): for sites that count; we keep nothing. */
  private selected(service: Element): void {
    const name = service.querySelector('.name')!.textContent!.trim();
    const detail = {anchor: service.querySelector<HTMLElement>('.share')!.dataset['anchor']!, name};
    this.dispatchEvent(new CustomEvent('service-selected', {detail, bubbles: true, composed: true}));
  }

  /**
   * The address of one service: the phone's share sheet where there is one, else copied. Said
   * aloud either way; if the browser refuses to copy, the address is shown to copy by hand.
   */
  private async share(button: HTMLElement): Promise<void> {
    const url = `${location.href.split('#')[0]}#${button.dataset['anchor']}`;
    this.notice = '';
    if (navigator.share) {
      try {
        return await navigator.share({url});
      } catch (error) {
        if ((error as Error).name === 'AbortError') return; // the reader closed the share sheet
      }
    } else if (await copyText(url)) {
      this.notice = inLocale(this.locale, () => msg('Link copied'));
      return;
    }
    this.notice = inLocale(this.locale, () => msg(str`Copy this link: ${url}`));
  }

  /** The linked service: on screen, marked, its details open, focus on its name. */
  private revealLinked(index: number): void {
    const row = this.renderRoot.querySelectorAll<HTMLElement>('.block > .service')[index];
    if (!row) return; // its block is still being drawn: the next update reveals it
    this.reveal = undefined;
    this.renderRoot.querySelector('.marked')?.classList.remove('marked');
    row.classList.add('marked');
    const toggle = row.querySelector('.toggle');
    if (toggle) this.toggle(toggle, true);
    this.selected(row);
    const name = row.querySelector<HTMLElement>('.name')!;
    name.tabIndex = -1;
    name.focus({preventScroll: true});
    row.scrollIntoView({block: 'start'});
  }

  /** Who provides the services, who supervises them, who only informs about them. */
  private renderOrganizations(provider: Provider): TemplateResult {
    const labels: Record<OrganizationRole, string> = {
      provider: msg('Service providers:'),
      supervisor: msg('Supervising body:'),
      informant: msg('Information published by:'),
    };
    // In the order of `labels`.
    return html`${Object.entries(labels).map(([role, label]) => {
      const organizations = provider.organizations.filter((organization) => organization.role === role);
      if (!organizations.length) return nothing;
      return html`<p class="providers">
        <span class="providers-label">${label}</span>
        ${organizations.map((organization, index) => {
          const name = localized(organization.name, this.locale);
          return html`${index ? '; ' : ''}${organization.url ? html`<a part="link" href=${organization.url}>${name}</a>` : name}`;
        })}
      </p>`;
    })}`;
  }

  /** Each official of the listed services once, with position and phones (see `callList`). */
  private renderCallList(): TemplateResult | typeof nothing {
    if (!this.callList.length) return nothing;
    return html`<div class="calls">
      ${this.heading(msg('Whom to call'), this.headingLevel + 1, 'subheading')}
      <ul class="people">
        ${guard([this.callList, this.locale], () => this.callList.map((official) => officialItem(official, this.locale, true)))}
      </ul>
    </div>`;
  }

  private statusText(): string {
    const {results, services} = this.found!;
    if (!results) return countServices(services.length, this.locale);
    if (!results.length) return msg('Nothing found. Try another word or the service code.');
    const found = countServices(results.length, this.locale);
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
