/**
 * Reading the tools' files (src/lib/tools/exchange.ts, versioned.ts): first on a file format of
 * its own with migrations, then, once for every tool, properties of its export and import.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../src/lib/limits';
import { importErrorText, readToolFile } from '../../src/lib/tools/exchange';
import type { Migrations } from '../../src/lib/tools/migrate';
import type { RecordsOf, SavedRecord } from '../../src/lib/tools/records';
import type { ToolSpec } from '../../src/lib/tools/tool';
import { readVersioned } from '../../src/lib/tools/versioned';
import { anyCharacter, T3, textArbitrary } from '../fixtures/scan-examples';
import { toolCases } from '../fixtures/tool-cases';

interface WordsFile {
  format: 'test-woorden';
  version: 2;
  words: string[];
}

/** Version 1 held one word in `word`; version 2 holds a list in `words`. */
const migrations: Migrations = {
  1: (data) => {
    const { word, ...rest } = data as { word: unknown };
    return { ...rest, version: 2, words: [word] };
  },
};

const validate = (data: unknown): WordsFile | null => {
  const file = data as Partial<WordsFile> | null;
  return file &&
    file.format === 'test-woorden' &&
    file.version === 2 &&
    Array.isArray(file.words) &&
    file.words.every((w) => typeof w === 'string')
    ? { format: 'test-woorden', version: 2, words: [...file.words] }
    : null;
};

const noRecords: RecordsOf<object, SavedRecord> = { items: () => [], deleted: () => ({}), with: (doc) => doc };

/** A tool of its own whose file is a list of words, at version 2. */
const wordsTool = (
  file: Partial<ToolSpec<object, SavedRecord, WordsFile>['file']> = {},
  version = 2,
): ToolSpec<object, SavedRecord, WordsFile> => ({
  name: 'woorden',
  storageKey: 'test.woorden',
  version,
  document: { empty: () => ({}), validate: () => ({}), migrations: {}, records: noRecords },
  file: { format: 'test-woorden', validate, migrations, ...file },
  oldDataFileName: 'woorden.json',
});
const parse = (text: string, file: Partial<ToolSpec<object, SavedRecord, WordsFile>['file']> = {}) => readToolFile(text, wordsTool(file));
const json = (value: unknown) => JSON.stringify(value);

const current = json({ format: 'test-woorden', version: 2, words: ['hallo', 'wereld'] });

describe('readToolFile', () => {
  it('reads a file of the current version', () => {
    expect(parse(current)).toEqual({ ok: true, file: { format: 'test-woorden', version: 2, words: ['hallo', 'wereld'] } });
  });

  it('accepts a byte order mark and surrounding white space', () => {
    expect(parse(`\uFEFF${current}`).ok).toBe(true);
    expect(parse(`\uFEFF  ${current}\r\n`).ok).toBe(true);
  });

  it('runs the migrations for an older file before validating it', () => {
    expect(parse(json({ format: 'test-woorden', version: 1, word: 'oud' }))).toEqual({
      ok: true,
      file: { format: 'test-woorden', version: 2, words: ['oud'] },
    });
  });

  it('uses the migrations it is given instead of the tool’s', () => {
    const old = json({ format: 'test-woorden', version: 1, word: 'oud' });
    const shout: Migrations = { 1: (data) => ({ ...(data as object), version: 2, words: ['OUD'] }) };

    expect(readToolFile(old, wordsTool(), shout)).toEqual({ ok: true, file: { format: 'test-woorden', version: 2, words: ['OUD'] } });
  });

  it('runs the steps in order over several versions', () => {
    const steps: Migrations = {
      1: (data) => ({ ...(data as object), trail: ['1→2'] }),
      2: (data) => {
        const file = data as { trail: string[] };
        return { ...file, trail: [...file.trail, '2→3'] };
      },
    };
    const trail = readVersioned(json({ format: 'x', version: 1 }), {
      format: 'x',
      version: 3,
      migrations: steps,
      validate: (data) => (data as { trail?: string[] }).trail ?? null,
    });

    expect(trail).toEqual({ ok: true, value: ['1→2', '2→3'] });
  });

  it('says invalid when a migration throws or a step is missing', () => {
    const throwing: Migrations = {
      1: () => {
        throw new Error('kapot');
      },
    };
    const old = json({ format: 'test-woorden', version: 1, word: 'oud' });

    expect(parse(old, { migrations: throwing })).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(parse(old, { migrations: {} })).toEqual({ ok: false, error: { code: 'invalid' } });
  });

  it('says invalid when the migrated file does not validate', () => {
    expect(parse(json({ format: 'test-woorden', version: 2, words: [1] }))).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(parse(json({ format: 'test-woorden', version: 1, word: 42 }))).toEqual({ ok: false, error: { code: 'invalid' } });
  });

  it('says invalid for a version that is not a positive whole number', () => {
    for (const version of ['2', 0, -1, 1.5, null, undefined, [2]]) {
      expect(parse(json({ format: 'test-woorden', version, words: [] })), String(version)).toEqual({
        ok: false,
        error: { code: 'invalid' },
      });
    }
  });

  it('names the version of a newer file, without running anything', () => {
    const never: Migrations = {
      2: () => {
        throw new Error('must not run');
      },
    };
    let validated = false;

    const result = parse(json({ format: 'test-woorden', version: 3, anything: true }), {
      migrations: never,
      validate: () => {
        validated = true;
        return null;
      },
    });

    expect(result).toEqual({ ok: false, error: { code: 'newer-version', version: 3 } });
    expect(validated).toBe(false);
  });

  it('says wrong-format for JSON that is not an object of this format', () => {
    for (const other of [
      'null',
      '[]',
      '{}',
      '42',
      '"test-woorden"',
      'true',
      json([{ format: 'test-woorden', version: 2, words: [] }]),
      json({ format: 'ander', version: 2 }),
    ]) {
      expect(parse(other), other).toEqual({ ok: false, error: { code: 'wrong-format' } });
    }
  });

  it('says not-json for text that is not JSON', () => {
    for (const text of ['hallo', '{"format":', current.slice(0, -1), "{'format':'test-woorden'}"]) {
      expect(parse(text), text).toEqual({ ok: false, error: { code: 'not-json' } });
    }
  });

  it('says empty for a file with only white space or a byte order mark', () => {
    for (const text of ['', ' ', '\r\n\t', '\uFEFF', '\uFEFF \n']) {
      expect(parse(text), JSON.stringify(text)).toEqual({ ok: false, error: { code: 'empty' } });
    }
  });

  it('refuses a file over 1,000,000 UTF-8 bytes and accepts one of exactly that size', () => {
    expect(MAX_IMPORT_BYTES).toBe(1_000_000);
    const padded = (bytes: number) => current + ' '.repeat(bytes - current.length);

    expect(parse(padded(MAX_IMPORT_BYTES)).ok).toBe(true);
    expect(parse(padded(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, error: { code: 'too-large' } });
    expect(parse('€'.repeat(333_334))).toEqual({ ok: false, error: { code: 'too-large' } });
  });
});

describe('readToolFile: the order of the checks', () => {
  it('checks the size before anything else, also before whether it is JSON', () => {
    expect(parse('x'.repeat(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, error: { code: 'too-large' } });
    expect(parse(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, error: { code: 'too-large' } });
  });

  it('checks emptiness before JSON', () => {
    expect(parse('   ')).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('checks the format before the version', () => {
    expect(parse(json({ format: 'ander', version: 99 }))).toEqual({ ok: false, error: { code: 'wrong-format' } });
    expect(parse(json({ format: 'ander', version: 'x' }))).toEqual({ ok: false, error: { code: 'wrong-format' } });
    expect(parse(json({ version: 99 }))).toEqual({ ok: false, error: { code: 'wrong-format' } });
  });

  it('checks the version before the migrations and the schema', () => {
    expect(parse(json({ format: 'test-woorden', version: 99, words: 'geen lijst' }))).toEqual({
      ok: false,
      error: { code: 'newer-version', version: 99 },
    });
    expect(parse(json({ format: 'test-woorden', version: 0, words: ['x'] }))).toEqual({ ok: false, error: { code: 'invalid' } });
  });
});

describe('readVersioned without a format (as storage reads)', () => {
  it('needs no format field, and reads the version and data', () => {
    const spec = { version: 1, migrations: {}, validate: (data: unknown) => (data as { data?: unknown }).data ?? null };
    expect(readVersioned(json({ version: 1, data: ['x'] }), spec)).toEqual({ ok: true, value: ['x'] });
    expect(readVersioned(json({ version: 2, data: ['x'] }), spec)).toEqual({ ok: false, error: { code: 'newer-version', version: 2 } });
  });
});

describe('importErrorText', () => {
  const errors = {
    'too-large': '{file} is groter dan {limit}.',
    'newer-version': '{file}: versie {version}.',
    'unknown-items': '{file}: {ids}.',
  };

  it('fills in the quoted file name, the version, the ids and the size limit', () => {
    expect(importErrorText(errors, 'scan.json', { code: 'too-large' })).toBe('‘scan.json’ is groter dan 1 MB.');
    expect(importErrorText(errors, 'scan.json', { code: 'newer-version', version: 3 })).toBe('‘scan.json’: versie 3.');
    expect(importErrorText(errors, 'x.json', { code: 'unknown-items', ids: ['a', 'b'] })).toBe('‘x.json’: a, b.');
  });
});

const exportedAt = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

describe.each(toolCases)('the $name’s files', (tc) => {
  /** Reads a file and fails the property if that throws, instead of letting the error escape. */
  const importSafely = (text: string) => {
    let result: ReturnType<typeof tc.importText> | undefined;
    expect(() => {
      result = tc.importText(text);
    }).not.toThrow();
    if (!result) throw new Error('no result');
    return result;
  };

  it('the arbitraries produce records and documents the stored format accepts', () => {
    fc.assert(
      fc.property(tc.documentArbitrary, (document) => {
        expect(tc.tool.document.validate(document)).not.toBeNull();
      }),
      { numRuns: 100 },
    );
  });

  it('reads back every valid export deep-equal to what was exported, pretty or not', () => {
    fc.assert(
      fc.property(tc.documentArbitrary, exportedAt, fc.boolean(), (document, time, pretty) => {
        const file = tc.exportFile(document, time);
        const text = pretty ? `${JSON.stringify(file, null, 2)}\n` : JSON.stringify(file);

        expect(tc.importText(text)).toStrictEqual({ ok: true, records: tc.exported(document) });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps markup and quotes as plain text', () => {
    const record = { ...tc.a, title: '<img src=x onerror=alert(1)>' };

    const result = tc.importText(JSON.stringify(tc.exportFile(tc.doc([record]), T3)));

    expect(result.ok && result.records[0]?.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('rejects any arbitrary text or JSON without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: anyCharacter }),
          fc.string(),
          textArbitrary(500),
          fc.jsonValue().map((value) => JSON.stringify(value)),
        ),
        (text) => {
          expect(importSafely(text).ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects every strict prefix of a valid export without throwing', () => {
    fc.assert(
      fc.property(
        tc.documentArbitrary,
        exportedAt,
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (document, time, fraction) => {
          const text = JSON.stringify(tc.exportFile(document, time));
          const result = importSafely(text.slice(0, Math.floor(fraction * text.length)));

          expect(result.ok ? null : result.code).toMatch(/^(empty|not-json)$/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws on JSON that claims to be its file but holds anything', () => {
    const almost = fc
      .tuple(
        tc.documentArbitrary,
        exportedAt,
        fc.anything(),
        fc.oneof(fc.constant(tc.tool.version), fc.integer({ min: -3, max: 5 }), fc.double(), fc.jsonValue()),
      )
      .map(([document, time, junk, version]) => {
        const file = tc.exportFile(document, time) as Record<string, unknown>;
        const [first] = Object.keys(file).filter((key) => !['format', 'version', 'exportedAt'].includes(key));
        return { ...file, version, ...(first ? { [first]: junk } : {}) };
      });

    fc.assert(
      fc.property(almost, (value) => {
        importSafely(JSON.stringify(value));
      }),
      { numRuns: 200 },
    );
  });

  it('says which tool’s file it is not, for the other tool’s file', () => {
    for (const other of toolCases.filter((candidate) => candidate !== tc)) {
      const result = tc.importText(JSON.stringify(other.exportFile(other.doc([other.a]), T3)));
      expect(result.ok ? null : result.code).toMatch(/^not-a-/);
    }
  });
});
