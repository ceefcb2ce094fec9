/**
 * The individual identification number (ИИН / ЖСН) a complaint must give (АППК art. 93): twelve
 * digits, the first six the date of birth (YYMMDD), the seventh the century and sex (1–6 for
 * people), the twelfth a check digit. Checked here so that a typo is caught while the parent
 * still has the document at hand; nothing is sent anywhere.
 */
export type IinProblem = 'length' | 'birth-date' | 'check-digit';

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The check digit of the first eleven digits, or undefined when none exists (both sums give 10). */
function checkDigit(digits: number[]): number | undefined {
  for (const weights of [FIRST_WEIGHTS, SECOND_WEIGHTS]) {
    const rest = weights.reduce((sum, weight, index) => sum + weight * digits[index]!, 0) % 11;
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
  if (month < 1 || month > 12 || day < 1 || day > 31 || century < 1 || century > 6) return 'birth-date';
  // 1–2: born in the 1800s, 3–4: 1900s, 5–6: 2000s; the date must exist in that year.
  const year = 1800 + Math.floor((century - 1) / 2) * 100 + Number(text.slice(0, 2));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return 'birth-date';
  return checkDigit(digits) === digits[11] ? undefined : 'check-digit';
}
