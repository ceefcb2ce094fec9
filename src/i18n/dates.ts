import type {Locale} from './locale.js';

// Browsers' Intl data has no Kazakh month names (Chromium prints "2013 M04 15"), so Kazakh dates
// are written the way official texts write them: «2013 жылғы 15 сәуір».
const KAZAKH_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

/** Formats an ISO date (`2013-04-15`) in the reader's language. */
export function formatDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (locale === 'kk') return `${year} жылғы ${day} ${KAZAKH_MONTHS[month - 1]}`;
  return new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(Date.UTC(year, month - 1, day));
}
