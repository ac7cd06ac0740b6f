/**
 * CSV cells that open cleanly in Excel and LibreOffice: a text cell beginning with "=", "+",
 * "-", "@", tab or CR is neutralized with a leading apostrophe (OWASP "CSV injection"), while
 * numbers stay numbers ("-12.5" in a number column is left alone).
 */
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

export function neutralizeCell(value: string | number | boolean | null | undefined): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return value;
  // the first character is one of = + - @ tab CR
  const c = value.charCodeAt(0);
  const dangerous = c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d;
  if (dangerous && !PLAIN_NUMBER.test(value)) return `'${value}`;
  return value;
}
