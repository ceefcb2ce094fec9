import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {
  bundledProvider,
  providerFromData,
  providerFromText,
  providerFromUrl,
  type LoadResult,
} from '../../data/load.js';
import type {DataFailedDetail, DataLoadedDetail} from '../../events.js';
import {whenParsed} from './when-parsed.js';

/** The element's sources of data, first found wins: `data`, `src`, inline JSON, the bundled data. */
interface Host extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
}

/**
 * Loads and validates an element's data, and keeps it current when `data` or `src` change. The
 * result is `undefined` while a file loads. Once the host has rendered a result, the controller
 * tells the page: `data-loaded`, or `data-failed` and a precise `console.error`.
 */
export class DataController implements ReactiveController {
  result?: LoadResult;
  /** The sources the current result was loaded from, to notice when they change. */
  private loadedFrom?: {data: unknown; src?: string};
  /** A newer load may overtake one in flight; only the latest may settle. */
  private loads = 0;
  /** Settled but not yet rendered: announced after the update that shows it. */
  private unannounced?: {result: LoadResult; origin: string};

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /**
   * Called by the host in `willUpdate`, first, so that what it derives from the data sees the
   * data this update will show (a controller's own `hostUpdate` would come after `willUpdate`).
   */
  sync(): void {
    const {data, src} = this.host;
    if (!this.loadedFrom || this.loadedFrom.data !== data || this.loadedFrom.src !== src) {
      this.loadedFrom = {data, src};
      void this.load();
    }
  }

  hostUpdated(): void {
    if (!this.unannounced) return;
    const {result, origin} = this.unannounced;
    this.unannounced = undefined;
    const failure = result.ok ? result.stale?.failure : result;
    if (failure) {
      const fallback = result.ok ? ` (showing the copy saved ${result.stale!.savedAt})` : '';
      console.error(`<${this.host.localName}>: cannot show ${origin}${fallback}: ${failure.detail}`);
    }
    const init = {bubbles: true, composed: true};
    if (result.ok) {
      const detail = {providerId: result.provider.id};
      this.host.dispatchEvent(new CustomEvent<DataLoadedDetail>('data-loaded', {...init, detail}));
    } else {
      const detail = {problem: result.problem, detail: result.detail};
      this.host.dispatchEvent(new CustomEvent<DataFailedDetail>('data-failed', {...init, detail}));
    }
  }

  /** Loads from the first source found; a `src` file can be asked for again («Try again»). */
  load = async (): Promise<void> => {
    const load = ++this.loads;
    const settle = (result: LoadResult, origin: string) => {
      if (load !== this.loads) return;
      this.result = result;
      this.unannounced = {result, origin};
      this.host.requestUpdate();
    };
    const {data, src} = this.host;
    // Data in hand settles before the first render: no flash of «Loading…».
    if (data !== undefined) return settle(providerFromData(data), 'the data property');
    this.result = undefined;
    if (src) return settle(await providerFromUrl(src), `"${src}"`);
    const parsing = whenParsed(this.host);
    if (parsing) await parsing;
    const inline = this.host.querySelector(':scope > script[type="application/json"]');
    if (inline) return settle(providerFromText(inline.textContent ?? '', 'the inline JSON'), 'the inline JSON');
    settle(bundledProvider(), 'the bundled data');
  };
}
