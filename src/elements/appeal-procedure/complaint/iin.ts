/**
 * The individual identification number (ИИН / ЖСН) a complaint must give (АППК art. 93): twelve
 * digits, the first six the date of birth (YYMMDD), the seventh the century and sex (1–6 for
 * people), the twelfth a check digit. Checked here so that a typo is caught while the parent
 * still has the document at hand; nothing is sent anywhere.
 */
export type IinProblem = 'length' | 'birth-date' | 'check-digit';

/**
 * The check digit of the first eleven digits: their sum weighted 1, 2, … 11, modulo 11; where that
 * gives 10, weighted 3, 4, … 11, 1, 2 instead; undefined when both give 10 (no such ИИН exists).
 */
function checkDigit(digits: number[]): number | undefined {
  for (const shift of [0, 2]) {
    const rest = digits.slice(0, 11).reduce((sum, digit, index) => sum + (((index + shift) % 11) + 1) * digit, 0) % 11;
    if (rest !== 10) return rest;
  }
  return undefined;
}

/** What is wrong with an ИИН as typed (spaces allowed), or undefined when it is a valid one. */
export function iinProblem(typed: string): IinProblem | undefined {
  const text = typed.replace(/\s/g, '');
  if (!/^\d{12}$/.test(text)) return 'length';
  const digits = [...text].map(Number);
  const [month, day, century] = [Number(text.slice(2, 4)), Number(text.slice(4, 6)), digits[6]!];
  if (century < 1 || century > 6) return 'birth-date';
  // 1–2: born in the 1800s, 3–4: 1900s, 5–6: 2000s; the date must exist in that year. A month or a
  // day out of range (00, 13, 32) rolls the date into another month, as 29 February of 2007 does.
  const year = 1800 + Math.floor((century - 1) / 2) * 100 + Number(text.slice(0, 2));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return 'birth-date';
  return checkDigit(digits) === digits[11] ? undefined : 'check-digit';
}
