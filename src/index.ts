/**
 * The script-tag entry: defines the three elements with the bundled organisation's data and
 * every interface language. Sites paste the script twice, so each tag is defined only once; the
 * bundle as a whole is guarded too (see rollup.config.mjs).
 */
import {ServiceRegistryElement} from './elements/service-registry/service-registry.js';
import {AppealProcedureElement} from './elements/appeal-procedure/appeal-procedure.js';
import {ContactCardElement} from './elements/contact-card/contact-card.js';

export {ServiceRegistryElement, AppealProcedureElement, ContactCardElement};
export {validateProvider, SCHEMA_VERSION} from './data/validate.js';
export {checkData} from './data/check-file.js';
export type * from './data/model.js';
export type * from './data/issues.js';
export type * from './events.js';

const elements: [string, CustomElementConstructor][] = [
  ['service-registry', ServiceRegistryElement],
  ['appeal-procedure', AppealProcedureElement],
  ['contact-card', ContactCardElement],
];
for (const [tag, element] of elements) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
