/**
 * The data builder's entry (`dist/builder.html`): the three elements for the live preview, the
 * builder's own translations beside theirs (kept out of the readers' script), and its element.
 */
import './index.js';
import {addTranslations} from './i18n/localization.js';
import * as kk from './generated/builder-locales/kk.js';
import * as ru from './generated/builder-locales/ru.js';
import {DataBuilderElement} from './builder/builder-element.js';

addTranslations({kk, ru});
if (!customElements.get('gsw-data-builder')) customElements.define('gsw-data-builder', DataBuilderElement);
