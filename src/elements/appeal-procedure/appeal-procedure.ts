import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {AppealProcedure, Contact, Law, Provider} from '../../data/model.js';
import {formatDate} from '../../i18n/dates.js';
import {WidgetElement} from '../shared/widget-element.js';
import {localized} from '../shared/localized-text.js';
import {sharedStyles} from '../shared/shared.styles.js';
import {appealStyles} from './appeal-procedure.styles.js';

/**
 * How to complain about a state service, as numbered steps a worried parent can follow: whom to
 * call, where to send a complaint, what it must contain, what proves it was received, how to
 * follow it, the court; then the legal basis and further contacts.
 *
 * @tagname appeal-procedure
 * @summary The complaint (appeal) procedure, step by step, with its phones and laws.
 *
 * @attr lang - Interface language: `kk`, `ru` or `en`; else the nearest ancestor's `lang`, else the page's, else `kk`.
 *
 * @fires data-loaded - The data is valid and shown. `detail.providerId` names the organisation.
 * @fires data-failed - The data could not be shown. `detail.problem` and `detail.detail` say why.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The element's title.
 * @csspart subheading - The title of a step or section.
 * @csspart item - One step.
 * @csspart link - Every link: portals and phones.
 * @csspart phone - A phone link.
 * @csspart message - A loading or error message.
 * @csspart button - The "Try again" button of an error message.
 * @csspart updated - The date the data was checked.
 *
 * @cssproperty --gsw-accent - Colour of links, step numbers and focus rings. Default `#0b5a9c`.
 * @cssproperty --gsw-text-color - Text colour. Default: inherited from the page.
 * @cssproperty --gsw-radius - Corner radius. Default `0.375em`.
 * @cssproperty --gsw-spacing - Base spacing between blocks. Default `1em`.
 * @cssproperty --gsw-font-size - Base font size. Default `medium` (the reader's browser setting).
 */
export class AppealProcedureElement extends WidgetElement {
  static override styles = [sharedStyles, appealStyles];

  protected override renderProvider(provider: Provider): TemplateResult {
    const appeal = provider.appeal;
    if (!appeal) {
      return html`${this.heading(msg('How to complain about a state service'))}
        <p class="message" part="message">${msg('This organisation has not published its complaint procedure.')}</p>`;
    }
    const sub = this.headingLevel + 1;
    const steps: [string, TemplateResult][] = [
      [msg('Ask by phone first'), this.renderCallCentre(appeal.callCentre)],
      [msg('Choose where to send the complaint'), this.renderAddressees(appeal)],
      [msg('Write what the complaint must contain'), this.renderContents(appeal)],
      [msg('Keep the proof that it was received'), html`<p>${localized(appeal.receipt, this.locale)}</p>`],
      [msg('Follow your complaint'), this.renderTracking(appeal)],
      [msg('If you still disagree: the court'), html`<p>${localized(appeal.court, this.locale)}</p>`],
    ];
    return html`
      ${this.heading(msg('How to complain about a state service'))}
      <ol class="steps">
        ${steps.map(
          ([title, body], index) => html`<li class="step" part="item">
            <span class="step-number" aria-hidden="true">${index + 1}</span>
            <div class="step-body">
              ${this.heading(html`<span class="visually-hidden">${msg(str`Step ${index + 1}:`)} </span>${title}`, sub, 'subheading')}
              ${body}
            </div>
          </li>`,
        )}
      </ol>
      <section class="section">
        ${this.heading(msg('Legal basis'), sub, 'subheading')}
        <p>${localized(appeal.legalBasis, this.locale)}</p>
        ${appeal.laws.length ? html`<ul class="laws">${appeal.laws.map((law) => this.renderLaw(law))}</ul>` : nothing}
      </section>
      ${appeal.contacts.length
        ? html`<section class="section">
            ${this.heading(msg('More information about complaints'), sub, 'subheading')}
            <ul class="contacts">${appeal.contacts.map((contact) => html`<li>${this.renderContact(contact)}</li>`)}</ul>
          </section>`
        : nothing}
    `;
  }

  private renderCallCentre(callCentre: Contact): TemplateResult {
    return html`<p>${msg('The call centre explains how to complain:')}</p>${this.renderContact(callCentre)}`;
  }

  private renderContact(contact: Contact): TemplateResult {
    const name = contact.url
      ? html`<a part="link" href=${contact.url}>${localized(contact.name, this.locale)}</a>`
      : localized(contact.name, this.locale);
    return html`<div class="contact">
      <span class="contact-name">${name}</span>
      ${contact.phones.length
        ? html`<ul class="phones">${contact.phones.map((phone) => html`<li>${this.phoneLink(phone)}</li>`)}</ul>`
        : nothing}
    </div>`;
  }

  private renderAddressees(appeal: AppealProcedure): TemplateResult {
    return html`<p>${localized(appeal.grounds, this.locale)}</p>
      <ul class="choices">
        ${appeal.addressees.map(
          (addressee) => html`<li>
            ${addressee.url
              ? html`<a part="link" href=${addressee.url}>${localized(addressee.name, this.locale)}</a>`
              : localized(addressee.name, this.locale)}
          </li>`,
        )}
      </ul>
      <p>${localized(appeal.recipient, this.locale)}</p>`;
  }

  private renderContents(appeal: AppealProcedure): TemplateResult {
    return html`<ul class="checklist">
      ${appeal.contents.map((item) => html`<li>${localized(item, this.locale)}</li>`)}
    </ul>`;
  }

  private renderTracking(appeal: AppealProcedure): TemplateResult {
    return html`${appeal.tracking.map((item) => html`<p>${localized(item, this.locale)}</p>`)}`;
  }

  private renderLaw(law: Law): TemplateResult {
    const title = law.url ? html`<a part="link" href=${law.url}>${localized(law.title, this.locale)}</a>` : localized(law.title, this.locale);
    const date = formatDate(law.date, this.locale);
    const article = law.article;
    return html`<li>
      ${title}, <time datetime=${law.date}>${date}</time>${article
        ? html`, ${msg(str`article ${article}`, {desc: 'Article of a law, e.g. "article 25"'})}`
        : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'appeal-procedure': AppealProcedureElement;
  }
}
