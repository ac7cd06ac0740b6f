/**
 * CSV cells that open cleanly in Excel and LibreOffice: a text cell beginning with "=", "+",
 * "-", "@", tab or CR is neutralized with a leading apostrophe (OWASP "CSV injection"), while
 * numbers stay numbers ("-12.5" in a number column is left alone).
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

export function neutralizeCell(value: string | number | boolean | null | undefined): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return value;
  if (DANGEROUS_START.test(value) && !PLAIN_NUMBER.test(value)) return `'${value}`;
  return value;
}
