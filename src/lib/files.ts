/** Files in and out of the browser. Nothing leaves the device: a download is made in the browser. */

/** Offers text as a file download. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Why a chosen file could not be read as text. */
export type ReadProblem = 'too-large' | 'unreadable' | 'not-utf8';

/**
 * Reads a chosen file as UTF-8 text; refuses files over `maxBytes` (counted in bytes, before
 * anything is read) and files that are not UTF-8 text (a spreadsheet, a picture).
 */
export async function readFileText(file: Blob, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; reason: ReadProblem }> {
  if (file.size > maxBytes) return { ok: false, reason: 'too-large' };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
}
