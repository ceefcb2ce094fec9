import {msg, str} from './localization.js';
import type {Locale} from './locale.js';

/**
 * "3 services" with the right plural form: Russian has three (1 услуга, 2 услуги, 5 услуг),
 * Kazakh one, English two. Each form is its own message so translators see all of them.
 */
export function countServices(count: number, locale: Locale): string {
  switch (new Intl.PluralRules(locale).select(count)) {
    case 'one':
      return msg(str`${count} service`, {id: 'services-one', desc: 'Plural form "one" (1, 21 in Russian)'});
    case 'few':
      return msg(str`${count} services`, {id: 'services-few', desc: 'Plural form "few" (2-4, 22-24 in Russian)'});
    case 'many':
      return msg(str`${count} services`, {id: 'services-many', desc: 'Plural form "many" (5-20, 25 in Russian)'});
    default:
      return msg(str`${count} services`, {id: 'services-other', desc: 'Plural form "other"'});
  }
}
