/**
 * CSV that opens correctly in a Dutch spreadsheet: semicolons (Dutch Excel expects them because
 * the comma is the decimal sign), quotes where needed, CRLF line ends and a UTF-8 byte order mark
 * so accented letters survive. Cells that a spreadsheet would run as a formula are neutralised.
 */
export const CSV_SEPARATOR = ';';
export const BOM = '\uFEFF';

/** One cell, quoted when it holds a separator, quote, line break or edge spaces. */
export function csvCell(value: string, separator = CSV_SEPARATOR): string {
  // "=", "+", "-", "@" at the start make spreadsheets evaluate a formula, also after spaces or
  // line breaks that a spreadsheet skips; so does a tab or line break at the start by itself.
  const safe = /^[ \t\r\n\u00a0\u2000-\u200b\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(separator) || /["\r\n]/.test(safe) || safe !== safe.trim();
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: header row first, then the data rows. */
export function toCsv(rows: readonly (readonly string[])[], separator = CSV_SEPARATOR): string {
  return BOM + rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}
