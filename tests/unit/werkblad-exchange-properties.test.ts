/** Property-based tests of the werkblad file import: it reads back every valid export and nothing else. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorksheets, exportWerkblad, parseWerkbladFile } from '../../src/lib/werkblad/exchange';
import {
  WERKBLAD_FILE_FORMAT,
  WERKBLAD_VERSION,
  worksheetSchema,
  werkbladDocumentSchema,
  type WerkbladDocument,
} from '../../src/lib/werkblad/model';
import { anyCharacter, T3, textArbitrary } from '../fixtures/scan-examples';
import { exampleWorksheet, known, werkbladDocumentArbitrary, worksheetArbitrary } from '../fixtures/werkblad-examples';

const exportedAt = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** Runs parseWerkbladFile and fails the property if it throws, instead of letting the error escape. */
const parseSafely = (text: string) => {
  let result: ReturnType<typeof parseWerkbladFile> | undefined;
  expect(() => {
    result = parseWerkbladFile(text, known);
  }).not.toThrow();
  if (!result) throw new Error('no result');
  return result;
};

describe('werkblad file properties', () => {
  it('the arbitraries produce worksheets and documents the stored format accepts', () => {
    fc.assert(
      fc.property(werkbladDocumentArbitrary, (document) => {
        expect(werkbladDocumentSchema.safeParse(document).success).toBe(true);
        for (const sheet of document.worksheets) expect(worksheetSchema.safeParse(sheet).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('the arbitrary reaches the awkward cases: programmes, many actions, markup and quotes', () => {
    const samples = fc.sample(worksheetArbitrary, { numRuns: 300, seed: 42 });
    const texts = samples.flatMap((sheet) => [
      sheet.title,
      ...Object.values(sheet.answers),
      ...sheet.actions.flatMap((a) => [a.what, a.who, a.when]),
    ]);

    expect(samples.some((sheet) => sheet.typeId === null)).toBe(true);
    expect(samples.some((sheet) => sheet.actions.length >= 10)).toBe(true);
    expect(texts.some((text) => text.includes('<script>'))).toBe(true);
    expect(texts.some((text) => text.includes('"'))).toBe(true);
  });

  it('reads back every valid export deep-equal to what was exported', () => {
    fc.assert(
      fc.property(werkbladDocumentArbitrary, exportedAt, fc.boolean(), (document, time, pretty) => {
        const file = exportWerkblad(document, time);
        const text = pretty ? `${JSON.stringify(file, null, 2)}\n` : JSON.stringify(file);

        expect(parseWerkbladFile(text, known)).toStrictEqual({ ok: true, worksheets: document.worksheets });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps markup and quotes as plain text', () => {
    const sheet = exampleWorksheet({
      title: '<img src=x onerror=alert(1)>',
      answers: { training: '<script>alert("x")</script>', aansluiting: "'; DROP TABLE--" },
    });

    const result = parseWerkbladFile(
      JSON.stringify(exportWerkblad({ worksheets: [sheet], deleted: {}, plan: { school: '', date: '', scanId: null, updatedAt: T3 } }, T3)),
      known,
    );

    expect(result.ok && result.worksheets[0]?.answers).toEqual({ training: '<script>alert("x")</script>', aansluiting: "'; DROP TABLE--" });
    expect(result.ok && result.worksheets[0]?.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('rejects any arbitrary text without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: anyCharacter }), fc.string(), textArbitrary(500)), (text) => {
        expect(parseSafely(text).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects arbitrary JSON without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(parseSafely(JSON.stringify(value)).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects every strict prefix of a valid export without throwing', () => {
    fc.assert(
      fc.property(
        werkbladDocumentArbitrary,
        exportedAt,
        fc.boolean(),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (document, time, pretty, fraction) => {
          const file = exportWerkblad(document, time);
          const text = pretty ? JSON.stringify(file, null, 2) : JSON.stringify(file);
          const prefix = text.slice(0, Math.floor(fraction * text.length));

          const result = parseSafely(prefix);

          expect(result.ok).toBe(false);
          expect(result.ok ? null : result.error.code).toMatch(/^(empty|not-json)$/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws on JSON that claims to be a werkblad file but holds anything', () => {
    const almost = fc.record(
      {
        format: fc.constant(WERKBLAD_FILE_FORMAT),
        version: fc.oneof(fc.constant(WERKBLAD_VERSION), fc.integer({ min: -3, max: 5 }), fc.double(), fc.jsonValue()),
        exportedAt: fc.oneof(exportedAt, fc.jsonValue()),
        worksheets: fc.oneof(
          fc.jsonValue(),
          fc.array(fc.anything()),
          fc.array(worksheetArbitrary.map((sheet) => ({ ...sheet, answers: { onbekend: 1 } }))),
          fc.array(worksheetArbitrary.map((sheet) => ({ ...sheet, typeId: 'bestaat-niet' }))),
        ),
        plan: fc.anything(),
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
      fc.tuple(werkbladDocumentArbitrary, fc.nat()).map(([document, n]) => {
        const text = JSON.stringify(exportWerkblad(document, T3));
        return text.slice(0, n % text.length);
      }),
      werkbladDocumentArbitrary.map((document) =>
        JSON.stringify(
          exportWerkblad({ ...document, worksheets: document.worksheets.map((sheet) => ({ ...sheet, partners: ['onbekend'] })) }, T3),
        ),
      ),
    );

    fc.assert(
      fc.property(werkbladDocumentArbitrary, badFile, (start, text) => {
        let current: WerkbladDocument = start;
        const before = structuredClone(start);
        let n = 0;

        const result = parseSafely(text);
        if (result.ok) current = addWorksheets(current, result.worksheets, () => `nieuw${++n}`, T3);

        expect(result.ok).toBe(false);
        expect(current).toBe(start);
        expect(current).toStrictEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});
