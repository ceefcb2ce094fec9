import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import type {LocalizedText, Official, Organization, Phone, Provider} from '../../data/model.js';
import {normalizeServiceCode} from '../../data/service-code.js';
import {WidgetElement} from '../shared/widget-element.js';
import {copyText} from '../shared/clipboard.js';
import {localized} from '../shared/localized-text.js';
import {sharedStyles} from '../shared/shared.styles.js';
import {contactStyles} from './contact-card.styles.js';
import {vCardUrl, type VCardContact} from './vcard.js';
import {inLocale, msg, str} from '../../i18n/localization.js';
import {pickText} from '../../i18n/locale.js';

/**
 * The organisation's own phones, e-mail, address and hours, and the officials responsible for the
 * state services (people, or roles such as «Директор») with their phones, reception hours and the
 * services each one handles. `service` narrows to one service's officials, `contact` to one
 * official; both leave out the organisation's card.
 *
 * @tagname contact-card
 * @summary The responsible officials and their phones.
 *
 * @attr {'kk' | 'ru' | 'en'} lang - Interface language: `kk`, `ru` or `en`; else the nearest ancestor's `lang`, else the page's, else `kk`.
 * @attr heading - A title instead of the element's own, e.g. the words the page already uses.
 * @attr heading-hidden - Hides the main heading when the page's own title says it; the element stays a region named by that title.
 * @attr show-organization - Shows the providing organisation's name under the heading, for an element standing alone.
 *
 * @fires {CustomEvent<DataLoadedDetail>} data-loaded - The data is valid and shown. `detail.providerId` names the organisation.
 * @fires {CustomEvent<DataFailedDetail>} data-failed - The data could not be shown. `detail.problem` and `detail.detail` say why.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The element's title.
 * @csspart organization - The organisation's name under the title (`show-organization`).
 * @csspart subheading - An official's name (or role), or the organisation's name.
 * @csspart item - One official's or the organisation's card.
 * @csspart link - Every link: phones, e-mail.
 * @csspart phone - A phone link.
 * @csspart message - A loading or error message.
 * @csspart button - The "Try again" button of an error message.
 * @csspart updated - The date the data was checked.
 *
 * @cssproperty --gsw-accent - Colour of links, accents and focus rings. Default `#0b5a9c`.
 * @cssproperty --gsw-text-color - Text colour. Default: inherited from the page.
 * @cssproperty --gsw-radius - Corner radius of the cards. Default `0.375em`.
 * @cssproperty --gsw-spacing - Base spacing between blocks. Default `1em`.
 * @cssproperty --gsw-font-size - Base font size. Default `medium` (the reader's browser setting).
 */
export class ContactCardElement extends WidgetElement {
  static override styles = [sharedStyles, contactStyles];
  static override properties: PropertyDeclarations = {service: {}, contact: {}, notice: {state: true}};

  /** What the last «Copy» said, read out and shown. */
  private notice = '';

  /** A register code (`403007`): show only the officials responsible for that service. */
  service = '';

  /** An official's `id` from the data: show only that official. */
  contact = '';

  /** The officials and organisations to show, and why a `contact` or `service` was not followed. */
  private shown?: Shown;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const provider = this.provider;
    if (provider) this.shown = this.select(provider);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const warning of this.shown?.warnings ?? []) this.warnOnce(warning);
  }

  protected override renderProvider(): TemplateResult {
    const {officials, organizations} = this.shown!;
    return html`
      ${this.heading(organizations.length ? msg('Contacts') : msg('Responsible officials'))}${this.renderOrganizationName()}
      ${
        officials.length
          ? nothing
          : html`<p class="message" part="message">${msg('This organisation has not listed its officials.')}</p>`
      }
      <p class="notice" role="status">${this.notice}</p>
      <ul class="cards" @click=${this.onCopy}>
        ${organizations.map((organization) => this.renderOrganization(organization))}
        ${officials.map((official) => this.renderOfficial(official))}
      </ul>
    `;
  }

  private renderOrganization(organization: Organization): TemplateResult {
    return html`<li class="card card--organization" part="item">
      ${this.heading(localized(organization.name, this.locale), this.headingLevel + 1, 'subheading')}
      ${this.renderReachable(organization.phones, organization.email, organization.name)}
      ${this.renderSave({
        name: pickText(organization.name, this.locale).value,
        person: false,
        phones: organization.phones.map(e164),
        email: organization.email,
        note: organization.hours && pickText(organization.hours, this.locale).value,
      })}
      ${this.renderTerm(msg('Address:'), organization.address)}
      ${this.renderTerm(msg('Working hours:'), organization.hours)}
      ${organization.url ? html`<p><a part="link" href=${organization.url}>${msg('Website')}</a></p>` : nothing}
    </li>`;
  }

  private renderOfficial(official: Official): TemplateResult {
    // A role alone («Директор») is the card's title; with a name, it is said under the name.
    const title = official.name ?? official.position!;
    return html`<li class="card" part="item">
      ${this.heading(localized(title, this.locale), this.headingLevel + 1, 'subheading')}
      ${official.name && official.position ? html`<p class="position">${localized(official.position, this.locale)}</p>` : nothing}
      ${this.renderReachable(official.phones, official.email, title)}
      ${this.renderSave({
        name: pickText(title, this.locale).value,
        person: !!official.name,
        title: official.name && official.position && pickText(official.position, this.locale).value,
        organization: this.providerName(),
        phones: official.phones.map(e164),
        email: official.email,
        note: official.reception && pickText(official.reception, this.locale).value,
      })}
      ${this.renderTerm(msg('Reception hours:'), official.reception)}
      ${
        official.services.length
          ? html`<p class="term">${msg('Responsible for:')}</p>
              <ul class="services">
                ${official.services.map(
                  (service) =>
                    html`<li>
                      ${service.code ? html`<span class="code">${service.code}</span> ` : nothing}${localized(service.name, this.locale)}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </li>`;
  }

  /** A line the data may have, after its label: «Address: …». */
  private renderTerm(label: string, text: LocalizedText | undefined): TemplateResult | typeof nothing {
    return text ? html`<p><span class="term">${label}</span> ${localized(text, this.locale)}</p>` : nothing;
  }

  /** «Add to contacts»: the card as a vCard file, in this element's language. */
  private renderSave(contact: VCardContact): TemplateResult {
    return html`<p>
      <a
        class="save"
        part="link"
        href=${vCardUrl(contact)}
        download="${contact.name}.vcf"
        aria-label="${msg('Add to contacts')}: ${contact.name}"
      >
        ${msg('Add to contacts')}
      </a>
    </p>`;
  }

  /** The organisation whose officials these are, for their vCards. */
  private providerName(): string | undefined {
    const organization = this.provider!.organizations.find((candidate) => candidate.role === 'provider');
    return organization && pickText(organization.name, this.locale).value;
  }

  /** «Copy» beside a phone: the number as shown, said aloud; shown to copy by hand if the browser refuses. */
  private async onCopy(event: Event): Promise<void> {
    const phone = (event.target as Element).closest?.<HTMLElement>('button.copy')?.dataset['phone'];
    if (!phone) return;
    this.notice = '';
    const copied = await copyText(phone);
    this.notice = inLocale(this.locale, () =>
      copied ? msg(str`Copied: ${phone}`) : msg(str`Copy this number: ${phone}`),
    );
  }

  private renderReachable(phones: Phone[], email: string | undefined, owner: LocalizedText): TemplateResult {
    return html`${
      phones.length
        ? html`<ul class="phones" aria-label=${msg('Phones')}>
            ${phones.map(
              (phone) =>
                html`<li>
                  ${this.phoneLink(phone, owner)}
                  <button
                    type="button"
                    class="copy"
                    part="button"
                    data-phone=${phone.display}
                    aria-label="${msg('Copy')} ${phone.display}"
                  >
                    ${msg('Copy')}
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${email ? html`<p><a part="link" href=${`mailto:${email}`}>${email}</a></p>` : nothing}`;
  }

  private select(provider: Provider): Shown {
    // The organisation's own phones, address and hours, unless one official or service was asked for.
    const organizations = this.contact || this.service ? [] : provider.organizations.filter(hasContacts);
    const warnings: string[] = [];
    if (this.contact) {
      const official = provider.officials.find((candidate) => candidate.id === this.contact.trim());
      if (official) return {officials: [official], organizations, warnings};
      warnings.push(
        `contact: no official with id "${this.contact}" in the data of "${provider.id}"; showing every official`,
      );
    }
    if (this.service) {
      const code = normalizeServiceCode(this.service);
      const service = code ? provider.services.find((candidate) => candidate.code === code) : undefined;
      if (service?.responsible.length) return {officials: service.responsible, organizations, warnings};
      warnings.push(
        service
          ? `service: no official is named for service "${this.service}"; showing every official`
          : `service: no service with code "${this.service}" in the data of "${provider.id}"; showing every official`,
      );
    }
    return {officials: provider.officials, organizations, warnings};
  }
}

/** What `contact` and `service` select from the data, worked out again at each update: it is quick. */
interface Shown {
  officials: Official[];
  organizations: Organization[];
  /** Why a `contact` or `service` was not followed. */
  warnings: string[];
}

function hasContacts(organization: Organization): boolean {
  return Boolean(organization.phones.length || organization.email || organization.address || organization.hours);
}

/** A phone for a vCard: E.164 (`+77214941394`), or a short number as it is (`1414`). */
const e164 = (phone: Phone): string => phone.href.slice(4);

declare global {
  interface HTMLElementTagNameMap {
    'contact-card': ContactCardElement;
  }
}
