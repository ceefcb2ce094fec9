import {LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {Phone, Provider} from '../../data/model.js';
import {bundledProvider, providerFromData, providerFromText, providerFromUrl, type DataProblem, type LoadResult} from '../../data/load.js';
import {whenParsed} from './when-parsed.js';
import {resolveLocale, DEFAULT_LOCALE, type Locale} from '../../i18n/locale.js';
import {inLocale} from '../../i18n/localization.js';
import {watchLang} from '../../i18n/lang-watch.js';
import {formatDate} from '../../i18n/dates.js';
import {sharedStyles} from './shared.styles.js';
import type {DataFailedDetail, DataLoadedDetail} from '../../events.js';

/**
 * What the three elements share: the language rule, the data sources (the `data` property, the
 * `src` file, inline JSON, the bundled organisation) and what readers see while data loads or
 * when it cannot be shown. Subclasses render a valid provider and nothing else.
 */
export abstract class WidgetElement extends LitElement {
  static override styles: CSSResultGroup = sharedStyles;

  // Declared here rather than with decorators: the decorator helpers cost bytes every reader
  // downloads, and size is a feature of this widget.
  static override properties: PropertyDeclarations = {
    src: {},
    data: {attribute: false},
    headingLevel: {type: Number, attribute: 'heading-level'},
    locale: {state: true},
    dataState: {state: true},
  };

  /** `lang` is the platform's own attribute; we only need to hear when it changes. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a data file (see `data/provider.schema.json`) to show instead of the bundled organisation. */
  declare src?: string;

  /** The data as an object, in the file's format; takes precedence over `src`. */
  declare data?: unknown;

  /** Level of the element's main heading, 1 to 6, to fit the page's outline. */
  headingLevel = 2;

  /** The language this element renders in, after the language rule. */
  protected locale: Locale = DEFAULT_LOCALE;

  /** Undefined while the data loads. */
  private dataState?: LoadResult;

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

  /** The sources, first found wins: the `data` property, `src`, inline JSON, the bundled data. */
  private async loadData(): Promise<void> {
    const token = ++this.loadToken;
    // A newer src or data may replace this one while it loads; only the latest may settle.
    const settle = (result: LoadResult, origin: string) => {
      if (token === this.loadToken) this.settle(result, origin);
    };
    if (this.data !== undefined) return settle(providerFromData(this.data), 'the data property');
    this.dataState = undefined;
    if (this.src) {
      const src = this.src;
      return settle(await providerFromUrl(src), `"${src}"`);
    }
    const parsing = whenParsed(this);
    if (parsing) await parsing;
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return settle(providerFromText(inline.textContent ?? '', 'the inline JSON'), 'the inline JSON');
    settle(bundledProvider(), 'the bundled data');
  }

  private settle(result: LoadResult, origin: string): void {
    this.dataState = result;
    const init = {bubbles: true, composed: true};
    const failure = result.ok ? result.stale?.failure : result;
    if (failure) {
      const fallback = result.ok ? ` (showing the copy saved ${result.stale!.savedAt})` : '';
      console.error(`<${this.localName}>: cannot show ${origin}${fallback}: ${failure.detail}`);
    }
    if (result.ok) {
      this.dispatchEvent(new CustomEvent<DataLoadedDetail>('data-loaded', {...init, detail: {providerId: result.provider.id}}));
    } else {
      const detail = {problem: result.problem, detail: result.detail};
      this.dispatchEvent(new CustomEvent<DataFailedDetail>('data-failed', {...init, detail}));
    }
  }

  /** Every msg() of a render, directives' included (they run at commit), answers in our locale. */
  protected override update(changed: PropertyValues<this>): void {
    inLocale(this.locale, () => super.update(changed));
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.locale}>${this.renderState()}</div>`;
  }

  private renderState(): TemplateResult {
    const state = this.dataState;
    if (!state) {
      return html`<p class="message" part="message" role="status">${msg('Loading…', {desc: 'Shown while the data file loads'})}</p>`;
    }
    if (!state.ok) return this.renderProblem(state.problem);
    return html`${state.stale ? this.renderStale(state.stale.savedAt) : nothing}${this.renderProvider(state.provider)}${this.renderUpdated(state.provider)}`;
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
      ${problem === 'network' ? nothing : html`<p>${msg("The site's webmaster can find the details in the browser console.")}</p>`}
      ${this.retryButton()}
    </div>`;
  }

  private renderStale(savedAt: string): TemplateResult {
    const date = formatDate(savedAt.slice(0, 10), this.locale);
    return html`<div class="message" part="message" role="status">
      <p>${msg(html`The latest list could not be loaded. This copy was saved on <time datetime=${savedAt}>${date}</time> and may be out of date.`)}</p>
      ${this.retryButton()}
    </div>`;
  }

  /** Only a file can be asked for again; data given inline or as a property cannot change by retrying. */
  private retryButton(): TemplateResult | typeof nothing {
    if (this.data !== undefined || !this.src) return nothing;
    return html`<p><button type="button" part="button" @click=${this.loadData}>${msg('Try again')}</button></p>`;
  }

  /** When the organisation checked its data, or, for data copied from a page, when that page was published. */
  private renderUpdated(provider: Provider): TemplateResult | typeof nothing {
    if (!provider.updated) return nothing;
    const {date, meaning} = provider.updated;
    const time = html`<time datetime=${date}>${formatDate(date, this.locale)}</time>`;
    return html`<p class="updated" part="updated">
      ${meaning === 'published'
        ? msg(html`Published by the organisation on ${time}`, {desc: 'Date of the page the data was taken from'})
        : msg(html`Information checked on ${time}`, {desc: 'Date when the organisation last checked its data'})}
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
