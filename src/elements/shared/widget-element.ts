import {LitElement, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import type {Phone, Provider} from '../../data/model.js';
import {bundledProvider, providerFromData, providerFromUrl, type DataProblem, type LoadResult} from '../../data/load.js';
import {resolveLocale, DEFAULT_LOCALE, type Locale} from '../../i18n/locale.js';
import {inLocale} from '../../i18n/localization.js';
import {watchLang} from '../../i18n/lang-watch.js';
import {formatDate} from '../../i18n/dates.js';
import {sharedStyles} from './shared.styles.js';
import type {DataFailedDetail, DataLoadedDetail} from '../../events.js';

/**
 * What the three elements share: the language rule, the three data sources (the `data`
 * property, the `src` file, the bundled organisation) and what readers see while data loads or
 * when it cannot be shown. Subclasses render a valid provider and nothing else.
 */
export abstract class WidgetElement extends LitElement {
  static override styles: CSSResultGroup = sharedStyles;

  /** `lang` is the platform's own attribute; we only need to hear when it changes. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a data file (see `data/provider.schema.json`) to show instead of the bundled organisation. */
  @property() src?: string;

  /** The data as an object, in the file's format; takes precedence over `src`. */
  @property({attribute: false}) data?: unknown;

  /** Level of the element's main heading, 1 to 6, to fit the page's outline. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** The language this element renders in, after the language rule. */
  @state() protected locale: Locale = DEFAULT_LOCALE;

  /** Undefined while the data loads. */
  @state() private dataState?: LoadResult;

  private stopWatchingLang?: () => void;
  private loadToken = 0;
  private warned = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateLocale();
    this.stopWatchingLang = watchLang(() => this.updateLocale());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
    this.stopWatchingLang = undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.updateLocale();
  }

  private updateLocale(): void {
    const {locale, unknown} = resolveLocale(this);
    for (const tag of unknown) {
      this.warnOnce(`lang="${tag}" is not a language this widget speaks (kk, ru, en); using "${locale}"`);
    }
    this.locale = locale;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src') || changed.has('data')) this.loadData();
  }

  private loadData(): void {
    const token = ++this.loadToken;
    if (this.data !== undefined) {
      this.settle(providerFromData(this.data), 'the data property');
    } else if (this.src) {
      const src = this.src;
      this.dataState = undefined;
      providerFromUrl(src).then((result) => {
        // A newer src or data may have replaced this one while it loaded.
        if (token === this.loadToken) this.settle(result, `"${src}"`);
      });
    } else {
      this.settle(bundledProvider(), 'the bundled data');
    }
  }

  private settle(result: LoadResult, origin: string): void {
    this.dataState = result;
    const init = {bubbles: true, composed: true};
    if (result.ok) {
      this.dispatchEvent(new CustomEvent<DataLoadedDetail>('data-loaded', {...init, detail: {providerId: result.provider.id}}));
      return;
    }
    console.error(`<${this.localName}>: cannot show ${origin}: ${result.detail}`);
    const detail = {problem: result.problem, detail: result.detail};
    this.dispatchEvent(new CustomEvent<DataFailedDetail>('data-failed', {...init, detail}));
  }

  protected override render(): TemplateResult {
    return inLocale(this.locale, () => html`<div part="base" class="base" lang=${this.locale}>${this.renderState()}</div>`);
  }

  private renderState(): TemplateResult {
    const state = this.dataState;
    if (!state) {
      return html`<p class="message" role="status">${msg('Loading…', {desc: 'Shown while the data file loads'})}</p>`;
    }
    if (!state.ok) return this.renderProblem(state.problem);
    return html`${this.renderProvider(state.provider)}${this.renderUpdated(state.provider)}`;
  }

  private renderProblem(problem: DataProblem): TemplateResult {
    const explanation: Record<DataProblem, string> = {
      network: msg('The list could not be loaded. Check the connection and try again.'),
      'not-json': msg('The data file of this organisation is damaged, so the list cannot be shown.'),
      invalid: msg('The data file of this organisation has errors, so the list cannot be shown.'),
      'too-large': msg('The data file of this organisation is too large to show.'),
      'newer-version': msg('This data file needs a newer version of the widget.'),
    };
    return html`<div class="message message--error" part="message" role="alert">
      <p>${explanation[problem]}</p>
      ${problem === 'network'
        ? html`<p><button type="button" part="button" @click=${this.retry}>${msg('Try again')}</button></p>`
        : html`<p>${msg("The site's webmaster can find the details in the browser console.")}</p>`}
    </div>`;
  }

  private retry(): void {
    this.loadData();
  }

  private renderUpdated(provider: Provider): TemplateResult | typeof nothing {
    if (!provider.updated) return nothing;
    const date = formatDate(provider.updated, this.locale);
    return html`<p class="updated" part="updated">
      ${msg(html`Information checked on <time datetime=${provider.updated}>${date}</time>`, {
        desc: 'Date when the organisation last checked its data',
      })}
    </p>`;
  }

  /** The element's own content, for valid data. */
  protected abstract renderProvider(provider: Provider): TemplateResult;

  /** A heading at the level the page asked for (`heading-level`), keeping the page's outline. */
  protected heading(content: unknown, level = this.headingLevel, part = 'heading'): TemplateResult {
    const safeLevel = Math.min(6, Math.max(1, Math.round(level) || 2));
    return html`<div role="heading" aria-level=${safeLevel} part=${part} class=${part}>${content}</div>`;
  }

  protected phoneLink(phone: Phone): TemplateResult {
    return html`<a class="phone" part="link phone" href=${phone.href}>${phone.display}</a>${phone.free
        ? html`<span class="free">${msg('(free call)', {desc: 'After an 8-800 number'})}</span>`
        : nothing}`;
  }

  /** Warns the webmaster about a value we had to ignore, once per value, never in a loop. */
  protected warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<${this.localName}>: ${message}`);
  }
}
