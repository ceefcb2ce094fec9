/**
 * `npx gov-service-widgets check [--lang kk|ru|en] [file.json …]`: checks data files with the
 * widget's own validator, so that a file it calls valid is a file the widget shows. Prints each
 * problem with its field path in the chosen language, then the warnings (which do not stop the
 * widget), and exits with 1 when a file has errors. Without files: every data/*.json here.
 */
import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import {checkDataBytes, issueLine} from '../data/check-file.js';
import type {IssueFormatter} from '../data/issues.js';
import {formatIssue as en} from '../data/messages/en.js';
import {formatIssue as kk} from '../data/messages/kk.js';
import {formatIssue as ru} from '../data/messages/ru.js';
import {localeFromTag, type Locale} from '../i18n/locale.js';

const FORMATTERS: Record<Locale, IssueFormatter> = {en, kk, ru};

/** The words around the messages, in the three languages. */
const WORDS: Record<
  Locale,
  {
    valid: string;
    errors: (n: number) => string;
    warnings: (n: number) => string;
    warning: string;
    unreadable: string;
    none: string;
    usage: string;
  }
> = {
  en: {
    valid: 'valid',
    errors: (n) => `${n} error${n === 1 ? '' : 's'}`,
    warnings: (n) => `${n} warning${n === 1 ? '' : 's'}`,
    warning: 'warning',
    unreadable: 'cannot be read',
    none: 'No data files to check.',
    usage: 'Usage: gov-service-widgets check [--lang kk|ru|en] [file.json …]',
  },
  ru: {
    valid: 'без ошибок',
    errors: (n) => `${n} ${plural(n, 'ошибка', 'ошибки', 'ошибок')}`,
    warnings: (n) => `${n} ${plural(n, 'предупреждение', 'предупреждения', 'предупреждений')}`,
    warning: 'предупреждение',
    unreadable: 'не удаётся прочитать',
    none: 'Нет файлов данных для проверки.',
    usage: 'Запуск: gov-service-widgets check [--lang kk|ru|en] [файл.json …]',
  },
  kk: {
    valid: 'қатесіз',
    errors: (n) => `${n} қате`,
    warnings: (n) => `${n} ескерту`,
    warning: 'ескерту',
    unreadable: 'оқылмайды',
    none: 'Тексеретін деректер файлы жоқ.',
    usage: 'Іске қосу: gov-service-widgets check [--lang kk|ru|en] [файл.json …]',
  },
};

function plural(n: number, one: string, few: string, many: string): string {
  const rule = new Intl.PluralRules('ru').select(n);
  return rule === 'one' ? one : rule === 'few' ? few : many;
}

/** `--lang ru`, else the terminal's language (`LANG=ru_RU.UTF-8`), else English. */
function chooseLocale(args: string[]): Locale | undefined {
  const index = args.indexOf('--lang');
  if (index >= 0) {
    const [, tag] = args.splice(index, 2);
    return localeFromTag(tag);
  }
  return localeFromTag(process.env['LC_ALL'] || process.env['LC_MESSAGES'] || process.env['LANG']) ?? 'en';
}

async function defaultFiles(): Promise<string[]> {
  const names = await readdir('data').catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => path.join('data', name));
}

async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const locale = chooseLocale(args);
  const command = args.shift();
  if (!locale || command !== 'check' || args.some((arg) => arg.startsWith('--'))) {
    console.error(WORDS[locale ?? 'en'].usage);
    return 2;
  }
  const words = WORDS[locale];
  const format = FORMATTERS[locale];
  const files = args.length ? args : await defaultFiles();
  if (!files.length) {
    console.error(words.none);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      failed = true;
      console.log(`${file}: ${words.unreadable}: ${(error as Error).message}`);
      continue;
    }
    const check = checkDataBytes(bytes);
    const errors = check.ok ? [] : check.issues;
    failed ||= !check.ok;
    const counts = [check.ok ? words.valid : words.errors(errors.length)];
    if (check.warnings.length) counts.push(words.warnings(check.warnings.length));
    console.log(`${file}: ${counts.join(', ')}`);
    for (const issue of errors) console.log(`  ${issueLine(issue, format(issue.message))}`);
    for (const issue of check.warnings) console.log(`  ${words.warning}: ${issueLine(issue, format(issue.message))}`);
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
