/**
 * Reading a large chosen file (src/lib/large-file.ts) piece by piece with the share read
 * reported: the same text as reading it at once, UTF-8 only; and the worker's side
 * (files-off-thread.ts) says so where it cannot start one (Node has no Worker).
 */
import { describe, expect, it } from 'vitest';
import { readImportInWorker } from '../../src/lib/files-off-thread';
import { readTextInPieces } from '../../src/lib/large-file';

/** A file whose bytes come in the given pieces. */
const inPieces = (pieces: Uint8Array[]) =>
  ({
    size: pieces.reduce((sum, piece) => sum + piece.length, 0),
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const piece of pieces) controller.enqueue(piece);
          controller.close();
        },
      }),
  }) as unknown as Blob;

describe('readTextInPieces', () => {
  it('reads the same text, also when a character is split between pieces, and reports the share read', async () => {
    const text = '{"title":"één café 😀"}';
    const encoded = new TextEncoder().encode(text);
    const cuts = [0, 13, 14, 24, 26, encoded.length];
    const pieces = cuts.slice(1).map((end, index) => encoded.slice(cuts[index], end));
    const shares: number[] = [];

    expect(await readTextInPieces(inPieces(pieces), 1000, (share) => shares.push(share))).toEqual({ ok: true, text });
    expect(shares).toEqual(cuts.slice(1).map((end) => end / encoded.length));
  });

  it('refuses bytes that are not UTF-8, and a file over the limit before reading it', async () => {
    expect(await readTextInPieces(inPieces([new Uint8Array([0x63, 0x61]), new Uint8Array([0x66, 0xe9])]), 1000, () => {})).toEqual({
      ok: false,
      reason: 'not-utf8',
    });
    expect(await readTextInPieces(inPieces([new Uint8Array(11)]), 10, () => {})).toEqual({ ok: false, reason: 'too-large' });
  });

  it('says unreadable when the file stops being readable halfway', async () => {
    const broken = {
      size: 10,
      stream: () =>
        new ReadableStream<Uint8Array>({
          pull: (controller) => controller.error(new DOMException('File changed', 'NotReadableError')),
        }),
    } as unknown as Blob;
    expect(await readTextInPieces(broken, 1000, () => {})).toEqual({ ok: false, reason: 'unreadable' });
  });
});

describe('readImportInWorker', () => {
  it('answers null where no worker can start, so the caller reads the file itself', async () => {
    expect(typeof Worker).toBe('undefined');
    const request = { reader: 'schoolscan', knownDomains: new Set(['energie']), backups: true } as const;
    expect(await readImportInWorker(new Blob(['[1]']), 10, request, () => {})).toBeNull();
  });
});
