/** Reading an exported file (src/lib/store/versioned-file.ts), with a file format of its own. */
import { describe, expect, it } from 'vitest';
import type { Migrations } from '../../src/lib/store/migrate';
import { MAX_IMPORT_BYTES, parseVersionedFile, type FileSpec } from '../../src/lib/store/versioned-file';

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

const spec = (extra: Partial<FileSpec<WordsFile>> = {}): FileSpec<WordsFile> => ({
  format: 'test-woorden',
  version: 2,
  migrations,
  validate,
  ...extra,
});
const parse = (text: string, extra: Partial<FileSpec<WordsFile>> = {}) => parseVersionedFile(text, spec(extra));
const json = (value: unknown) => JSON.stringify(value);

const current = json({ format: 'test-woorden', version: 2, words: ['hallo', 'wereld'] });

describe('parseVersionedFile', () => {
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

  it('runs the steps in order over several versions', () => {
    const steps: Migrations = {
      1: (data) => ({ ...(data as object), trail: ['1→2'] }),
      2: (data) => {
        const file = data as { trail: string[] };
        return { ...file, trail: [...file.trail, '2→3'] };
      },
    };
    const trail = parseVersionedFile(json({ format: 'x', version: 1 }), {
      format: 'x',
      version: 3,
      migrations: steps,
      validate: (data) => (data as { trail?: string[] }).trail ?? null,
    });

    expect(trail).toEqual({ ok: true, file: ['1→2', '2→3'] });
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

describe('parseVersionedFile: the order of the checks', () => {
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
