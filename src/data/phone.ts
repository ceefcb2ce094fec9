import type {Phone} from './model.js';
import type {PhoneProblem} from './issues.js';

/**
 * Kazakh numbers are +7, then a 10-digit national number: an area code of 3 to 5 digits and the
 * subscriber's number. The area code's length cannot be told from the digits alone (Almaty 727,
 * Karaganda 7212, Osakarovka 72149), so we take it from the brackets or spaces the writer used,
 * and infer it only for mobile and 8-800 numbers, whose codes always have three digits.
 */
const THREE_DIGIT_CODES = /^(70\d|747|75[01]|76[0-4]|771|77[5-8]|800)/;

/** Groups the subscriber's number the way Kazakh pages do: 925-04-84, 50-40-66, 4-13-94. */
function groupLocal(local: string): string {
  const head = local.length - 4;
  return `${local.slice(0, head)}-${local.slice(head, head + 2)}-${local.slice(head + 2)}`;
}

/**
 * Reads a phone as people write it (`8 (72149) 4-13-94`, `+7 778 925 04 84`, `87782060982`,
 * `1414`, a district's `4-13-94`) and returns it normalised, or why it cannot be read.
 */
export function parsePhone(written: string): Phone | PhoneProblem {
  const raw = written.trim();
  if (!/^[0-9+()\- ]+$/.test(raw)) return 'characters';
  const digits = raw.replace(/\D/g, '');
  if (/^\d{3,4}$/.test(raw)) {
    return {href: `tel:${digits}`, display: digits, digits, free: false, local: false};
  }
  if (raw.includes('+') && !/^\+7[^+]*$/.test(raw)) return 'plus';
  // Village pages print the district number alone (never starting with 0, 1 or the trunk 8…);
  // it dials as written from a nearby landline.
  if (/^[2-9][\d -]*$/.test(raw) && digits.length >= 5 && digits.length <= 7) {
    return {href: `tel:${digits}`, display: groupLocal(digits), digits, free: false, local: true};
  }
  if (digits.length !== 11 || !/^[78]/.test(digits)) return 'digits';
  const national = digits.slice(1);
  const area = areaCode(raw, national);
  if (typeof area !== 'string' || !national.startsWith(area)) return 'area-code';
  const local = national.slice(area.length);
  return {
    href: `tel:+7${national}`,
    display: `8 (${area}) ${groupLocal(local)}`,
    digits: `8${national}`,
    free: area === '800',
    local: false,
  };
}

function areaCode(raw: string, national: string): string | undefined {
  const bracketed = /\(([\d\s-]+)\)/.exec(raw);
  if (bracketed) return validArea(bracketed[1]!.replace(/\D/g, ''));
  // `+7 7212 50 40 66`, `8-800-080-7777`: the group after the country or trunk code.
  const groups = raw.replace(/^\+?\s*/, '').split(/[\s-]+/);
  if (groups.length > 2 && /^[78]$/.test(groups[0]!)) return validArea(groups[1]!);
  return THREE_DIGIT_CODES.exec(national)?.[0];
}

function validArea(code: string): string | undefined {
  return /^\d{3,5}$/.test(code) ? code : undefined;
}
