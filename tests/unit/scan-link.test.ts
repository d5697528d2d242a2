import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NOTE_LENGTH } from '../../src/lib/limits';
import { exportScan } from '../../src/lib/scan/exchange';
import { MAX_LINK_PAYLOAD, scanFromLinkPayload, scanLinkPayload } from '../../src/lib/scan/link';
import { exampleScan, knownDomainIds, scanArbitrary, T2, variedText } from '../fixtures/scan-examples';

const known = knownDomainIds;
const domainIds = [...knownDomainIds];

describe('a scan as a link', () => {
  it('scan → link → scan gives the same scan, for any valid scan', async () => {
    await fc.assert(
      fc.asyncProperty(scanArbitrary, async (scan) => {
        const payload = await scanLinkPayload(scan, T2);
        expect(payload).toMatch(/^1\.[A-Za-z0-9_-]+$/);
        expect(await scanFromLinkPayload(payload, known)).toEqual({ ok: true, scan });
      }),
      { numRuns: 60 },
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

  it('refuses any link with a changed character, without throwing', async () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.%!';
    await fc.assert(
      fc.asyncProperty(scanArbitrary, fc.nat(), fc.constantFrom(...alphabet), async (scan, where, char) => {
        const payload = await scanLinkPayload(scan, T2);
        const index = where % payload.length;
        fc.pre(payload[index] !== char);
        const changed = `${payload.slice(0, index)}${char}${payload.slice(index + 1)}`;
        const read = await scanFromLinkPayload(changed, known);
        expect(read.ok, `changed at ${index} of ${payload.length}`).toBe(false);
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('names why: a newer link, a link of another tool, unknown domains, a link too long', async () => {
    const scan = exampleScan({ id: 'aaa', title: 'Groep 7' }, { energie: { rating: 'grote' } });
    const payload = await scanLinkPayload(scan, T2);
    expect(await scanFromLinkPayload(payload.replace(/^1\./, '2.'), known)).toEqual({
      ok: false,
      error: { code: 'newer-version', version: 2 },
    });
    expect(
      await scanFromLinkPayload(await payloadOf({ format: 'welbevinden-werkblad', version: 1, exportedAt: T2, worksheets: [] }), known),
    ).toEqual({ ok: false, error: { code: 'not-a-scan' } });
    expect(await scanFromLinkPayload(payload, new Set(['motivatie']))).toMatchObject({ ok: false, error: { code: 'unknown-domains' } });
    expect(await scanFromLinkPayload(`1.${'A'.repeat(MAX_LINK_PAYLOAD)}`, known)).toEqual({ ok: false, error: { code: 'link-too-large' } });
    expect(await scanFromLinkPayload('', known)).toEqual({ ok: false, error: { code: 'link-broken' } });
    expect(await scanFromLinkPayload('1.', known)).toEqual({ ok: false, error: { code: 'link-broken' } });
    // The file inside is checked as an imported file is: a newer scan version is named as such.
    const newer = await payloadOf({ ...exportScan(scan, T2), version: 99 });
    expect(await scanFromLinkPayload(newer, known)).toMatchObject({ ok: false, error: { code: 'newer-version', version: 99 } });
  });

  it('stays within its limit for a scan with every note at its full length', async () => {
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
  });
});

async function payloadOf(file: unknown): Promise<string> {
  const stream = new Blob([JSON.stringify(file)]).stream().pipeThrough(new CompressionStream('deflate'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return `1.${Buffer.from(bytes).toString('base64url')}`;
}
