/**
 * Register codes. The 2025 register rules give every state service an eight-digit code
 * (section, subsection, number): `00403008`. Documents also print it without its leading zeros
 * (`403008`), and readers type either; we read both and always show the eight-digit form.
 */
export const CODE_DIGITS = 8;

/** `403008`, `00403008`, ` 403008 ` → `00403008`; undefined for anything that is not 6 to 8 digits. */
export function normalizeServiceCode(written: string): string | undefined {
  const digits = written.trim();
  return /^\d{6,8}$/.test(digits) ? digits.padStart(CODE_DIGITS, '0') : undefined;
}
