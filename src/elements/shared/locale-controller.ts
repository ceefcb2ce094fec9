import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {DEFAULT_LOCALE, resolveLocale, type Locale} from '../../i18n/locale.js';
import {watchLang} from '../../i18n/lang-watch.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The language an element renders in, after the one locale rule (`src/i18n/locale.ts`), kept
 * current: a change of the element's own `lang` (the host calls `check()`), of an ancestor's or of
 * `<html lang>` re-renders the host at once. A `lang` we do not ship is warned about once.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = DEFAULT_LOCALE;
  private stopWatching?: () => void;
  private readonly warned = new Set<string>();

  constructor(
    private readonly host: Host,
    private readonly warn: (message: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.check();
    this.stopWatching = watchLang(() => this.check());
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /** Resolves the language again; re-renders the host only when it changed. */
  check(): void {
    const {locale, unknown} = resolveLocale(this.host);
    for (const tag of unknown) {
      if (this.warned.has(tag)) continue;
      this.warned.add(tag);
      this.warn(`lang="${tag}" is not a language this widget speaks (kk, ru, en); using "${locale}"`);
    }
    if (locale !== this.locale) {
      this.locale = locale;
      this.host.requestUpdate();
    }
  }
}
