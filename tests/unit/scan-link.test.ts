/**
 * A scan as a link (src/lib/scan/link.ts): scan → link → scan, and every link that is cut off,
 * changed, unpacks to too much or nests too deep is refused without throwing. The links are
 * checked against Node's own zlib and SHA-256 (node:zlib, node:crypto), not the code under test.
 */
import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, MAX_LINK_JSON_BYTES, MAX_NOTE_LENGTH } from '../../src/lib/limits';
import { exportScan } from '../../src/lib/scan/exchange';
import { MAX_LINK_PAYLOAD, scanFromLinkPayload, scanLinkPayload } from '../../src/lib/scan/link';
import { exampleScan, knownDomainIds, scanArbitrary, T2, variedText } from '../fixtures/scan-examples';

const known = knownDomainIds;
const domainIds = [...knownDomainIds];
/** Every character a link is made of: base64url and the dot. */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';

const bytesOf = (text: string) => Buffer.from(text, 'utf8');
/** A payload of encoding 1, as links sent before encoding 2 were written: deflate only. */
const encoding1 = (text: string) => `1.${deflateSync(bytesOf(text)).toString('base64url')}`;
/** A payload of encoding 2 made with Node's zlib and SHA-256: what any sender could make. */
function encoding2(text: string, level = 6): string {
  const data = deflateSync(bytesOf(text), { level });
  return `2.${data.toString('base64url')}.${createHash('sha256').update(data).digest().subarray(0, 12).toString('base64url')}`;
}
const changedAt = (payload: string, index: number, char: string) => `${payload.slice(0, index)}${char}${payload.slice(index + 1)}`;

describe('a scan as a link', () => {
  it('scan → link → scan gives the same scan, for any valid scan', async () => {
    await fc.assert(
      fc.asyncProperty(scanArbitrary, async (scan) => {
        const payload = await scanLinkPayload(scan, T2);
        expect(payload).toMatch(/^2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}$/);
        expect(await scanFromLinkPayload(payload, known)).toEqual({ ok: true, scan });
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('writes encoding 2: the deflated export file and the first 12 bytes of its SHA-256', async () => {
    const scan = exampleScan({ id: 'aaa', title: 'Groep 7' }, { energie: { rating: 'grote', seen: 'Moe na de pauze' } });
    const [encoding, data, sum] = (await scanLinkPayload(scan, T2)).split('.');
    const bytes = Buffer.from(data!, 'base64url');

    expect(encoding).toBe('2');
    expect(JSON.parse(inflateSync(bytes).toString('utf8'))).toEqual(exportScan(scan, T2));
    expect(sum).toBe(createHash('sha256').update(bytes).digest().subarray(0, 12).toString('base64url'));
  });

  it('still reads links of encoding 1, which members have sent before', async () => {
    await fc.assert(
      fc.asyncProperty(scanArbitrary, async (scan) => {
        expect(await scanFromLinkPayload(encoding1(JSON.stringify(exportScan(scan, T2))), known)).toEqual({ ok: true, scan });
      }),
      { numRuns: 30 },
    );
  }, 30_000);

  it('refuses any link that is cut off, without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(scanArbitrary, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), async (scan, at) => {
        const payload = await scanLinkPayload(scan, T2);
        const cut = payload.slice(0, Math.floor(at * payload.length));
        const read = await scanFromLinkPayload(cut, known);
        expect(read.ok).toBe(false);
      }),
      { numRuns: 80 },
    );
  }, 30_000);

  it('refuses every change of one character, at every position of a few links', async () => {
    const links = [
      await scanLinkPayload(exampleScan({ id: 'leeg', title: 'Klas 2B' }), T2),
      await scanLinkPayload(
        exampleScan(
          { id: 'gewoon', title: 'Klas 2B, teamoverleg', role: 'mentor' },
          { energie: { rating: 'enige', seen: variedText(300, 7) } },
        ),
        T2,
      ),
      ...fc.sample(scanArbitrary, { seed: 20, numRuns: 1 }).map((scan) => scanLinkPayload(scan, T2)),
    ];
    let tried = 0;
    for (const payload of await Promise.all(links)) {
      const accepted: string[] = [];
      for (let index = 0; index < payload.length; index++) {
        for (const char of alphabet) {
          if (payload[index] === char) continue;
          tried += 1;
          if ((await scanFromLinkPayload(changedAt(payload, index, char), known)).ok) accepted.push(`${index}:${char}`);
        }
      }
      expect(accepted, `changes accepted in a link of ${payload.length} characters`).toEqual([]);
    }
    console.log(`Changed links refused: ${tried} of ${tried}.`);
  }, 120_000);

  it('refuses a changed character at any position of any link, without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(scanArbitrary, fc.nat(), fc.constantFrom(...alphabet, '%', '!', '~'), async (scan, where, char) => {
        const payload = await scanLinkPayload(scan, T2);
        const index = where % payload.length;
        fc.pre(payload[index] !== char);
        const read = await scanFromLinkPayload(changedAt(payload, index, char), known);
        expect(read.ok, `changed at ${index} of ${payload.length}`).toBe(false);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('names why: a newer link, a link of another tool, unknown domains, a link too long', async () => {
    const scan = exampleScan({ id: 'aaa', title: 'Groep 7' }, { energie: { rating: 'grote' } });
    const payload = await scanLinkPayload(scan, T2);
    expect(await scanFromLinkPayload(payload.replace(/^2\./, '3.'), known)).toEqual({
      ok: false,
      error: { code: 'newer-version', version: 3 },
    });
    expect(
      await scanFromLinkPayload(
        encoding2(JSON.stringify({ format: 'welbevinden-werkblad', version: 1, exportedAt: T2, worksheets: [] })),
        known,
      ),
    ).toEqual({ ok: false, error: { code: 'not-a-scan' } });
    expect(await scanFromLinkPayload(payload, new Set(['motivatie']))).toMatchObject({ ok: false, error: { code: 'unknown-domains' } });
    expect(await scanFromLinkPayload(`2.${'A'.repeat(MAX_LINK_PAYLOAD)}`, known)).toEqual({ ok: false, error: { code: 'link-too-large' } });
    for (const broken of [
      '',
      '1.',
      '2.',
      '2..',
      `0${payload}`,
      payload.replace(/^2\./, '02.'),
      `${payload}.`,
      payload.replace(/\.[^.]+$/, ''),
    ])
      expect(await scanFromLinkPayload(broken, known), broken.slice(0, 20)).toEqual({ ok: false, error: { code: 'link-broken' } });
    // A link of encoding 1 carries no checksum, one of encoding 2 always does.
    const text = JSON.stringify(exportScan(scan, T2));
    expect(await scanFromLinkPayload(`${encoding1(text)}.${payload.split('.')[2]}`, known)).toEqual({
      ok: false,
      error: { code: 'link-broken' },
    });
    // The file inside is checked as an imported file is: a newer scan version is named as such.
    const newer = encoding2(JSON.stringify({ ...exportScan(scan, T2), version: 99 }));
    expect(await scanFromLinkPayload(newer, known)).toMatchObject({ ok: false, error: { code: 'newer-version', version: 99 } });
  });

  it('stays within its limits for a scan with every note at its full length', async () => {
    // Notes that compress as real ones do, with the characters Dutch notes have.
    const full = (seed: number) => `é ë ’ ${variedText(MAX_NOTE_LENGTH - 6, seed)}`;
    const answers = Object.fromEntries(
      domainIds.map((id, index) => [id, { rating: 'enige' as const, seen: full(2 * index + 1), going: full(2 * index + 2) }]),
    );
    const scan = exampleScan({ id: 'vol', title: 'T'.repeat(120) }, answers);
    const payload = await scanLinkPayload(scan, T2);
    const empty = await scanLinkPayload(exampleScan({ id: 'leeg', title: 'Klas 2B' }), T2);
    const typical = await scanLinkPayload(
      exampleScan(
        { id: 'gewoon', title: 'Klas 2B, teamoverleg', role: 'mentor' },
        Object.fromEntries(
          domainIds.map((id, index) => [
            id,
            { rating: 'enige' as const, seen: index < 4 ? 'Een paar leerlingen zijn vaak moe en haken af in de les.' : '' },
          ]),
        ),
      ),
      T2,
    );
    console.log(
      `Link payload lengths: empty ${empty.length}, typical ${typical.length}, every note full ${payload.length} (limit ${MAX_LINK_PAYLOAD}).`,
    );
    expect(payload.length).toBeLessThan(MAX_LINK_PAYLOAD);
    expect((await scanFromLinkPayload(payload, known)).ok).toBe(true);

    // The worst case for the unpacked size: JSON writes a control character as 6 bytes ("\u0001").
    const controls = exampleScan(
      { id: 'stuur', title: '\u0001'.repeat(120), role: '\u0001'.repeat(120) },
      Object.fromEntries(domainIds.map((id) => [id, { seen: '\u0001'.repeat(MAX_NOTE_LENGTH), going: '\u001f'.repeat(MAX_NOTE_LENGTH) }])),
    );
    expect(bytesOf(JSON.stringify(exportScan(controls, T2))).length).toBeGreaterThan(6 * 2 * MAX_NOTE_LENGTH * domainIds.length);
    expect(await scanFromLinkPayload(await scanLinkPayload(controls, T2), known)).toEqual({ ok: true, scan: controls });
  });
});

describe('a link that unpacks to too much', () => {
  // An export whose title is followed by many spaces: valid JSON, a real scan, and deflate packs
  // 20 MB of spaces into about 20 kB.
  const padded = (bytes: number) => {
    const text = JSON.stringify(exportScan(exampleScan({ id: 'bom', title: 'Groep 7' }), T2));
    return `${text}${' '.repeat(bytes - bytesOf(text).length)}`;
  };

  it('is refused when it unpacks to 20 MB, of either encoding, though the link itself is short', async () => {
    const bomb = padded(20_000_000);
    for (const payload of [encoding2(bomb, 9), encoding1(bomb)]) {
      expect(payload.length).toBeLessThan(MAX_LINK_PAYLOAD);
      expect(await scanFromLinkPayload(payload, known)).toEqual({ ok: false, error: { code: 'link-unpacks-too-large' } });
    }
  });

  it('is read up to the limit and refused one byte beyond it', async () => {
    expect(await scanFromLinkPayload(encoding2(padded(MAX_LINK_JSON_BYTES)), known)).toMatchObject({ ok: true, scan: { id: 'bom' } });
    expect(await scanFromLinkPayload(encoding2(padded(MAX_LINK_JSON_BYTES + 1)), known)).toEqual({
      ok: false,
      error: { code: 'link-unpacks-too-large' },
    });
  });

  it('stops unpacking at the limit it is given', async () => {
    const payload = encoding2(padded(200_000));
    expect((await scanFromLinkPayload(payload, known, undefined, 200_000)).ok).toBe(true);
    expect(await scanFromLinkPayload(payload, known, undefined, 199_999)).toEqual({ ok: false, error: { code: 'link-unpacks-too-large' } });
  });

  it('is broken, not too large, when it is no deflate data at all', async () => {
    const data = Buffer.from('geen deflate');
    const sum = createHash('sha256').update(data).digest().subarray(0, 12).toString('base64url');
    expect(await scanFromLinkPayload(`2.${data.toString('base64url')}.${sum}`, known)).toEqual({
      ok: false,
      error: { code: 'link-broken' },
    });
  });
});

describe('a link nested too deep', () => {
  /** An export with an extra field nested `depth` levels deep: a scan with it is otherwise valid. */
  const nested = (depth: number) => {
    const text = JSON.stringify(exportScan(exampleScan({ id: 'diep', title: 'Groep 7' }), T2));
    return `${text.slice(0, -1)},"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
  };

  it('is refused before it is parsed, however deep', async () => {
    for (const depth of [MAX_JSON_DEPTH, 25_000, 400_000]) {
      const payload = encoding2(nested(depth), 9);
      expect(payload.length).toBeLessThan(MAX_LINK_PAYLOAD);
      expect(await scanFromLinkPayload(payload, known), `${depth} levels`).toEqual({ ok: false, error: { code: 'too-deep' } });
    }
  });

  it('is read when it nests no deeper than the limit (the field the scan does not know is left out)', async () => {
    expect(await scanFromLinkPayload(encoding2(nested(MAX_JSON_DEPTH - 1)), known)).toMatchObject({ ok: true, scan: { id: 'diep' } });
  });
});
