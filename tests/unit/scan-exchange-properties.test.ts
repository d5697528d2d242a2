/** Property-based tests of the scan file import: it reads back every valid export and nothing else. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addScan, exportScan, parseScanFile } from '../../src/lib/scan/exchange';
import { SCAN_FILE_FORMAT, SCAN_VERSION, scanSchema, type ScanDocument } from '../../src/lib/scan/model';
import { anyCharacter, doc, exampleScan, knownDomainIds, scanArbitrary, T2, T3, textArbitrary } from '../fixtures/scan-examples';

const exportedAt = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** Runs parseScanFile and fails the property if it throws, instead of letting the error escape. */
const parseSafely = (text: string) => {
  let result: ReturnType<typeof parseScanFile> | undefined;
  expect(() => {
    result = parseScanFile(text, knownDomainIds);
  }).not.toThrow();
  if (!result) throw new Error('no result');
  return result;
};

describe('scan file properties', () => {
  it('the arbitrary produces scans the stored format accepts', () => {
    fc.assert(
      fc.property(scanArbitrary, (scan) => {
        expect(scanSchema.safeParse(scan).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('reads back every valid scan deep-equal to what was exported', () => {
    fc.assert(
      fc.property(scanArbitrary, exportedAt, (scan, time) => {
        const result = parseScanFile(JSON.stringify(exportScan(scan, time)), knownDomainIds);

        expect(result).toStrictEqual({ ok: true, scan });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps markup and quotes in notes as plain text', () => {
    const scan = exampleScan({ title: '<img src=x onerror=alert(1)>' }, { energie: { seen: '<script>alert("x")</script>', going: "'; DROP TABLE--" } });

    const result = parseScanFile(JSON.stringify(exportScan(scan, T2)), knownDomainIds);

    expect(result.ok && result.scan.domains.energie).toEqual({ rating: null, seen: '<script>alert("x")</script>', going: "'; DROP TABLE--" });
    expect(result.ok && result.scan.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('rejects any arbitrary text without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: anyCharacter }), fc.string(), textArbitrary(500)), (text) => {
        expect(parseSafely(text).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects every truncated export without throwing', () => {
    fc.assert(
      fc.property(scanArbitrary, exportedAt, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (scan, time, fraction) => {
        const text = JSON.stringify(exportScan(scan, time));
        const prefix = text.slice(0, Math.floor(fraction * text.length));

        const result = parseSafely(prefix);

        expect(result.ok).toBe(false);
        expect(result.ok ? null : result.error.code).toMatch(/^(empty|not-json)$/);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary JSON, and accepts none of it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(parseSafely(JSON.stringify(value)).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on JSON that claims to be a scan file but holds anything', () => {
    const almost = fc.record(
      {
        format: fc.constant(SCAN_FILE_FORMAT),
        version: fc.oneof(fc.constant(SCAN_VERSION), fc.integer({ min: -3, max: 5 }), fc.double(), fc.jsonValue()),
        exportedAt: fc.oneof(exportedAt, fc.jsonValue()),
        scan: fc.oneof(fc.jsonValue(), fc.anything(), scanArbitrary.map((scan) => ({ ...scan, domains: { onbekend: 1 } }))),
      },
      { requiredKeys: ['format'] },
    );

    fc.assert(
      fc.property(almost, (value) => {
        parseSafely(JSON.stringify(value));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves the document unchanged when an import fails', () => {
    const badFile = fc.oneof(
      fc.string(),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.tuple(scanArbitrary, fc.nat()).map(([scan, n]) => {
        const text = JSON.stringify(exportScan(scan, T2));
        return text.slice(0, n % text.length);
      }),
    );
    const documents = fc.array(scanArbitrary, { maxLength: 3 }).map((scans) => doc(scans, { weg: T2 }));

    fc.assert(
      fc.property(documents, badFile, (start, text) => {
        let current: ScanDocument = start;
        const before = structuredClone(start);

        const result = parseSafely(text);
        if (result.ok) current = addScan(current, result.scan, 'nieuw', T3);

        expect(result.ok).toBe(false);
        expect(current).toBe(start);
        expect(current).toStrictEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});
