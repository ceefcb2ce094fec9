import {html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import type {Channel, Provider, Service, ServiceForm} from '../../data/model.js';
import {normalizeServiceCode} from '../../data/validate.js';
import {foldForSearch, matchesAll, searchTerms} from '../../i18n/search-fold.js';
import {countServices} from '../../i18n/plural.js';
import {WidgetElement} from '../shared/widget-element.js';
import {localized} from '../shared/localized-text.js';
import {sharedStyles} from '../shared/shared.styles.js';
import {registryStyles} from './service-registry.styles.js';

// Every language of a service is searchable, whatever the interface language: a Russian reader
// may remember the Kazakh name. Built once per service, not per keystroke.
const searchIndex = new WeakMap<Service, string>();

function indexOf(service: Service): string {
  let folded = searchIndex.get(service);
  if (folded === undefined) {
    const texts = [service.name, ...service.responsible.map((official) => official.name), ...service.channels.map((c) => c.name)];
    const phones = service.responsible.flatMap((official) => official.phones.map((phone) => phone.digits));
    folded = foldForSearch([service.code, ...texts.flatMap((t) => [t.kk, t.ru, t.en ?? '']), ...phones].join(' '));
    searchIndex.set(service, folded);
  }
  return folded;
}

/**
 * The state services an organisation provides: code, name, where to apply, form, and the
 * officials responsible with their phones. A search field filters as you type; a table where
 * there is room, cards where the element is narrow; all services print whatever the search.
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
 * @csspart item - One service (a table row, or a card).
 * @csspart link - Every link: portals and phones.
 * @csspart phone - A phone link.
 * @csspart message - A loading or error message.
 * @csspart button - The "Try again" button of an error message.
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

  /** Register codes to show, separated by spaces or commas (`403007 403008`); all services when empty. */
  @property() codes = '';

  @state() private query = '';

  protected override renderProvider(provider: Provider): TemplateResult {
    const services = this.selectedServices(provider);
    const terms = searchTerms(this.query);
    const matching = new Set(terms.length ? services.filter((service) => matchesAll(indexOf(service), terms)) : services);
    const columns = {
      code: msg('Code', {desc: 'Column: register code of the service'}),
      name: msg('State service'),
      channels: msg('Where to apply'),
      forms: msg('Form', {desc: 'Column: electronic or paper'}),
      responsible: msg('Responsible officials'),
    };
    return html`
      ${this.heading(msg('State services'))}
      ${this.renderProviders(provider)}
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
      <p class="status" part="status" role="status">${this.statusText(matching.size, services.length, terms.length > 0)}</p>
      <table class="table" part="table" role="table">
        <caption class="visually-hidden">${msg('State services')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader" class="col-code">${columns.code}</th>
            <th scope="col" role="columnheader" class="col-name">${columns.name}</th>
            <th scope="col" role="columnheader">${columns.channels}</th>
            <th scope="col" role="columnheader">${columns.forms}</th>
            <th scope="col" role="columnheader">${columns.responsible}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${services.map(
            (service) => html`
              <tr class=${matching.has(service) ? 'item' : 'item filtered-out'} part="item" role="row">
                <td class="code" role="cell"><span class="label" aria-hidden="true">${columns.code}</span>${service.code}</td>
                <th class="name" scope="row" role="rowheader">${localized(service.name, this.locale)}</th>
                <td role="cell"><span class="label" aria-hidden="true">${columns.channels}</span>${this.renderChannels(service.channels)}</td>
                <td role="cell"><span class="label" aria-hidden="true">${columns.forms}</span>${this.renderForms(service.forms)}</td>
                <td role="cell"><span class="label" aria-hidden="true">${columns.responsible}</span>${this.renderResponsible(service)}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    `;
  }

  private renderProviders(provider: Provider): TemplateResult {
    return html`<p class="providers">
      <span class="providers-label">${msg('Service providers:')}</span>
      ${provider.organizations.map(
        (organization, index) => html`${index ? '; ' : ''}${organization.url
            ? html`<a part="link" href=${organization.url}>${localized(organization.name, this.locale)}</a>`
            : localized(organization.name, this.locale)}`,
      )}
    </p>`;
  }

  private renderChannels(channels: Channel[]): TemplateResult {
    return html`<ul class="lines">
      ${channels.map((channel) => html`<li>${this.renderChannel(channel)}</li>`)}
    </ul>`;
  }

  private renderChannel(channel: Channel): TemplateResult | string {
    const name = localized(channel.name, this.locale);
    if (!channel.url) return name;
    const host = new URL(channel.url).hostname.replace(/^www\./, '');
    // "«Электрондық үкімет» веб-порталы" says nothing of where it is; the address does.
    const named = [channel.name.kk, channel.name.ru, channel.name.en].some((text) => text?.toLowerCase().includes(host));
    return html`<a part="link" href=${channel.url}>${name}${named ? nothing : html` <span class="host">(${host})</span>`}</a>`;
  }

  private renderForms(forms: ServiceForm[]): TemplateResult {
    const labels: Record<ServiceForm, string> = {
      electronic: msg('Electronic'),
      'partly-automated': msg('Electronic (partly automated)'),
      paper: msg('Paper'),
    };
    return html`<ul class="lines">${forms.map((form) => html`<li>${labels[form]}</li>`)}</ul>`;
  }

  private renderResponsible(service: Service): TemplateResult {
    if (!service.responsible.length) return html`<span class="muted">${msg('Not stated')}</span>`;
    return html`<ul class="people">
      ${service.responsible.map(
        (official) => html`<li>
          <span class="person">${localized(official.name, this.locale)}</span>
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

  private selectedServices(provider: Provider): Service[] {
    const wanted = this.codes.split(/[\s,;]+/).filter(Boolean);
    if (!wanted.length) return provider.services;
    const byCode = new Map(provider.services.map((service) => [service.code, service]));
    const selected: Service[] = [];
    for (const code of wanted) {
      const service = byCode.get(normalizeServiceCode(code));
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
