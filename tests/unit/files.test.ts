/**
 * Reading a chosen file as text (src/lib/files.ts, readFileText), on Node's Blob and File: the
 * size in bytes before reading, UTF-8 only. (downloadText needs a document: component tests.)
 */
import { describe, expect, it } from 'vitest';
import { readFileText } from '../../src/lib/files';
import { MAX_IMPORT_BYTES } from '../../src/lib/limits';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('readFileText', () => {
  it('reads a UTF-8 file as text', async () => {
    const text = '{"title":"Groep 7 – één café 😀"}\r\n';

    expect(await readFileText(new File([text], 'scan.json', { type: 'application/json' }), 1000)).toEqual({ ok: true, text });
  });

  it('reads an empty file as empty text (the import then says it is empty)', async () => {
    expect(await readFileText(new Blob([]), 10)).toEqual({ ok: true, text: '' });
  });

  it('counts the size in bytes, not in characters: refuses over the limit, accepts exactly at it', async () => {
    const twoBytes = 'é'.repeat(6);
    expect(twoBytes.length).toBe(6);
    expect(bytes(twoBytes)).toBe(12);

    expect(await readFileText(new Blob([twoBytes]), 11)).toEqual({ ok: false, reason: 'too-large' });
    expect(await readFileText(new Blob([twoBytes]), 12)).toEqual({ ok: true, text: twoBytes });
  });

  it('refuses a file over the import limit without reading it', async () => {
    let read = false;
    const huge = {
      size: MAX_IMPORT_BYTES + 1,
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    } as unknown as Blob;

    expect(await readFileText(huge, MAX_IMPORT_BYTES)).toEqual({ ok: false, reason: 'too-large' });
    expect(read).toBe(false);
  });

  it('refuses bytes that are not UTF-8: a spreadsheet, a picture, Latin-1 text', async () => {
    const files = [
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xa5, 0xd0]),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff]),
      new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
      new Uint8Array([0xff, 0xfe, 0x7b, 0x00]),
    ];
    for (const file of files) expect(await readFileText(new Blob([file]), 1000), String(file)).toEqual({ ok: false, reason: 'not-utf8' });
  });

  it('says unreadable when the browser cannot read the file', async () => {
    const gone = { size: 10, arrayBuffer: () => Promise.reject(new DOMException('File changed', 'NotReadableError')) } as unknown as Blob;

    expect(await readFileText(gone, 1000)).toEqual({ ok: false, reason: 'unreadable' });
  });
});
