/**
 * The download of records that storage set aside (a record it could not read, or work it could not
 * save), which the tool's import reads again (exchange.ts). Apart from the import, because every
 * tool's first view may need to offer it, and the import loads only when a file is chosen.
 */

/** The format of the download of set-aside data holding more than one entry. */
export const SET_ASIDE_FORMAT = 'welbevinden-apart-gezet';

/** The download of set-aside data: the raw text of one entry, or all of them in one file. */
export function setAsideFile(raws: readonly string[]): string {
  return raws.length === 1 ? raws[0]! : `${JSON.stringify({ format: SET_ASIDE_FORMAT, items: raws }, null, 2)}\n`;
}
