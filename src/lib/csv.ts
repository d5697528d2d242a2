/**
 * CSV that opens correctly in a Dutch spreadsheet: semicolons (Dutch Excel expects them because
 * the comma is the decimal sign), quotes where needed, CRLF line ends and a UTF-8 byte order mark
 * so accented letters survive. Cells that a spreadsheet would run as a formula are neutralised.
 */
export const CSV_SEPARATOR = ';';
export const BOM = '\uFEFF';

/** One cell, quoted when it holds a separator, quote, line break or edge spaces. */
export function csvCell(value: string, separator = CSV_SEPARATOR): string {
  // "=", "+", "-", "@" (and tab/CR) at the start make spreadsheets evaluate a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(separator) || /["\r\n]/.test(safe) || safe !== safe.trim();
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: header row first, then the data rows. */
export function toCsv(rows: readonly (readonly string[])[], separator = CSV_SEPARATOR): string {
  return BOM + rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}

/** Reads a CSV made by `toCsv` back into rows (used by tests and to check exports). */
export function parseCsv(text: string, separator = CSV_SEPARATOR): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && input[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
