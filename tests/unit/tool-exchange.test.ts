/**
 * Reading what the tools write (src/lib/tools/exchange.ts, versioned-json.ts): first on a tool of the
 * tests' own with migrations (tests/fixtures/notes-tool.ts), then, once for every tool, properties
 * of its import: every export, every stored entry and every download of set-aside data reads back
 * as it was; duplicate ids, impossible dates and counts are refused with their codes; any other
 * text is refused without throwing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_LABEL } from '../../src/lib/limits';
import { fieldsOf } from '../../src/lib/tools/entry';
import { readToolRecords } from '../../src/lib/tools/exchange';
import { importErrorText } from '../../src/lib/tools/import-errors';
import { SET_ASIDE_FORMAT, setAsideFile } from '../../src/lib/tools/set-aside';
import type { Migrations } from '../../src/lib/tools/migrate';
import { duplicateIds } from '../../src/lib/tools/records';
import { createRecordStore, REST } from '../../src/lib/tools/store';
import type { StorageLike } from '../../src/lib/tools/storage';
import type { AnyToolSpec } from '../../src/lib/tools/tool';
import { readVersioned } from '../../src/lib/tools/versioned-json';
import { Clock, edit } from '../../src/lib/tools/stamps';
import { werkbladTool } from '../../src/lib/werkblad/tool';
import { note, notesTool } from '../fixtures/notes-tool';
import { anyCharacter, MemoryStorage, T3, textArbitrary } from '../fixtures/scan-examples';
import { examplePlan, toolCases, werkbladCase } from '../fixtures/tool-cases';
import { exampleWorksheet } from '../fixtures/werkblad-examples';

const json = (value: unknown) => JSON.stringify(value);
const tool = notesTool();
const read = (text: string, file: Partial<ReturnType<typeof notesTool>['file']> = {}) => readToolRecords(text, notesTool(file));

const n1 = note('n1', 'Eerste', ['hallo', 'wereld']);
const n2 = note('n2', 'Tweede');
const fileOf = (...notes: unknown[]) => ({ format: 'test-notities', version: 2, exportedAt: T3, notes });
const current = json(fileOf(n1));

/** The entries the real store writes for `records` (each as a new record of this tab), by key. */
function entriesOf(spec: AnyToolSpec, records: readonly { id: string }[], rest?: unknown): string[] {
  const storage = new MemoryStorage();
  const store = createRecordStore(spec, () => storage as StorageLike);
  const clock = new Clock('test');
  const save = (id: string, value: unknown) => expect(store.save(id, edit(null, fieldsOf(value), clock), clock.tab).kind).toBe('saved');
  for (const record of records) save(record.id, record);
  if (rest !== undefined) save(REST, rest);
  return [...storage.items.values()];
}

describe('readToolRecords on a file', () => {
  it('reads the records of a file of the current version', () => {
    expect(read(current)).toEqual({ ok: true, records: [n1] });
  });

  it('accepts a byte order mark and surrounding white space', () => {
    expect(read(`\uFEFF${current}`)).toEqual({ ok: true, records: [n1] });
    expect(read(`\uFEFF  ${current}\r\n`)).toEqual({ ok: true, records: [n1] });
  });

  it('runs the migrations for an older file before validating it', () => {
    expect(read(json({ format: 'test-notities', version: 1, exportedAt: T3, note: n2 }))).toEqual({ ok: true, records: [n2] });
  });

  it('uses the migrations it is given instead of the tool’s', () => {
    const old = json({ format: 'test-notities', version: 1, exportedAt: T3, note: n2 });
    const other: Migrations = { 1: (data) => ({ ...(data as object), version: 2, notes: [n1] }) };

    expect(readToolRecords(old, tool, other)).toEqual({ ok: true, records: [n1] });
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
    const old = json({ format: 'test-notities', version: 1, exportedAt: T3, note: n2 });

    expect(read(old, { migrations: throwing })).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(read(old, { migrations: {} })).toEqual({ ok: false, error: { code: 'invalid' } });
  });

  it('says invalid when the file does not validate, also after migrating', () => {
    expect(read(json(fileOf({ ...n1, words: [1] })))).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(read(json({ format: 'test-notities', version: 1, exportedAt: T3, note: 42 }))).toEqual({
      ok: false,
      error: { code: 'invalid' },
    });
  });

  it('says invalid for a version that is not a positive whole number', () => {
    for (const version of ['2', 0, -1, 1.5, null, undefined, [2]]) {
      expect(read(json({ ...fileOf(n1), version })), String(version)).toEqual({ ok: false, error: { code: 'invalid' } });
    }
  });

  it('names the version of a newer file, without migrating or validating anything', () => {
    const never: Migrations = {
      2: () => {
        throw new Error('must not run');
      },
    };
    let validated = false;

    const result = read(json({ format: 'test-notities', version: 3, anything: true }), {
      migrations: never,
      validate: () => {
        validated = true;
        return null;
      },
    });

    expect(result).toEqual({ ok: false, error: { code: 'newer-version', version: 3 } });
    expect(validated).toBe(false);
  });

  it('says wrong-format for JSON that is neither its file nor what its storage holds', () => {
    for (const other of ['null', '[]', '{}', '42', '"test-notities"', 'true', json([fileOf(n1)]), json({ format: 'ander', version: 2 })]) {
      expect(read(other), other).toEqual({ ok: false, error: { code: 'wrong-format' } });
    }
  });

  it('says not-json for text that is not JSON', () => {
    for (const text of ['hallo', '{"format":', current.slice(0, -1), "{'format':'test-notities'}"]) {
      expect(read(text), text).toEqual({ ok: false, error: { code: 'not-json' } });
    }
  });

  it('says empty for a file with only white space or a byte order mark', () => {
    for (const text of ['', ' ', '\r\n\t', '\uFEFF', '\uFEFF \n']) {
      expect(read(text), JSON.stringify(text)).toEqual({ ok: false, error: { code: 'empty' } });
    }
  });

  it('checks emptiness before JSON, the format before the version, the version before the schema', () => {
    expect(read('   ')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(read(json({ format: 'ander', version: 99 }))).toEqual({ ok: false, error: { code: 'wrong-format' } });
    expect(read(json({ format: 'test-notities', version: 99, notes: 'geen lijst' }))).toEqual({
      ok: false,
      error: { code: 'newer-version', version: 99 },
    });
  });

  it('asks the tool why a file that fails validation is wrong, and says invalid when it cannot tell', () => {
    expect(read(json(fileOf({ ...n1, pages: 0 })))).toEqual({ ok: false, error: { code: 'impossible-count' } });
    expect(read(json(fileOf({ ...n1, pages: 2.5 })))).toEqual({ ok: false, error: { code: 'impossible-count' } });
    expect(read(json(fileOf({ ...n1, pages: 'twee' })))).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(read(json(fileOf({ ...n1, pages: 0 })), { explain: undefined })).toEqual({ ok: false, error: { code: 'invalid' } });
    const throwing = () => {
      throw new Error('kapot');
    };
    expect(read(json(fileOf({ ...n1, pages: 0 })), { explain: throwing })).toEqual({ ok: false, error: { code: 'invalid' } });
  });

  it('does not ask why for a file that is valid, newer, or of another format', () => {
    let asked = 0;
    const explain = () => {
      asked += 1;
      return { code: 'impossible-count' } as const;
    };
    read(current, { explain });
    read(json({ ...fileOf(n1), version: 3 }), { explain });
    read(json({ ...fileOf(n1), format: 'ander' }), { explain });

    expect(asked).toBe(0);
  });

  it('refuses two records with one id, naming the id', () => {
    expect(read(json(fileOf(n1, n2, { ...n1, title: 'Kopie' })))).toEqual({ ok: false, error: { code: 'duplicate-ids', ids: ['n1'] } });
  });
});

describe('duplicateIds', () => {
  it('finds ids used twice among the records, and among the items of one record, each once', () => {
    const records = [
      { id: 'r1', items: [{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'a' }] },
      { id: 'r2', nested: { deeper: [{ id: 'x' }, { id: 'x' }] } },
      { id: 'r1' },
    ];

    expect(duplicateIds(records).sort()).toEqual(['a', 'r1', 'x']);
  });

  it('allows the same item id in two records, and ignores lists without ids', () => {
    expect(
      duplicateIds([
        { id: 'r1', items: [{ id: 'a' }] },
        { id: 'r2', items: [{ id: 'a' }] },
        { id: 'r3', words: ['a', 'a'], n: [1, 1] },
      ]),
    ).toEqual([]);
    expect(duplicateIds([{ id: 1 }, { id: 1 }, null, 'r1', 'r1'])).toEqual([]);
  });
});

describe('readToolRecords on what storage holds', () => {
  const entries = entriesOf(tool, [n1, n2]);

  it('reads an entry as the store writes it', () => {
    expect(read(entries[0]!)).toEqual({ ok: true, records: [n1] });
  });

  it('migrates an entry of an older version with the entry migrations', () => {
    const { words: _words, ...rest } = n2;
    const old = json({ version: 1, data: { fields: fieldsOf({ ...rest, word: 'oud' }), stamps: {} } });

    expect(read(old)).toEqual({ ok: true, records: [{ ...n2, words: ['oud'] }] });
    expect(read(old, { migrations: {} })).toEqual({ ok: true, records: [{ ...n2, words: ['oud'] }] });
    expect(readToolRecords(old, { ...tool, record: { ...tool.record, migrations: {} } })).toEqual({
      ok: false,
      error: { code: 'invalid' },
    });
  });

  it('reads the record of an entry the store set aside for its stamps: a file needs only the values', () => {
    const broken = JSON.parse(entries[0]!) as { data: { stamps: unknown } };
    broken.data.stamps = { title: 'geen stempel' };

    expect(createRecordStore(tool, () => new MemoryStorage()).read(`${tool.storageKey}/n1`, json(broken))).toBeNull();
    expect(read(json(broken))).toEqual({ ok: true, records: [n1] });
  });

  it('reads a version 1 document', () => {
    expect(read(json({ version: 1, data: { notes: [n1, n2], gone: {} } }))).toEqual({ ok: true, records: [n1, n2] });
  });

  it('reads a download of set-aside data: one entry as it was, or several in one file', () => {
    expect(setAsideFile([entries[0]!])).toBe(entries[0]);
    const bundle = setAsideFile(entries);
    expect(bundle).toBe(`${JSON.stringify({ format: SET_ASIDE_FORMAT, items: entries }, null, 2)}\n`);

    expect(read(bundle)).toEqual({ ok: true, records: [n1, n2] });
  });

  it('refuses a download of set-aside data with an item it cannot read, or items that are not text, as invalid', () => {
    expect(read(setAsideFile([entries[0]!, 'kapot']))).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(read(setAsideFile([entries[0]!, json({ format: 'ander' })]))).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(read(json({ format: SET_ASIDE_FORMAT, items: [JSON.parse(entries[0]!)] }))).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(read(json({ format: SET_ASIDE_FORMAT, items: 'geen lijst' }))).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(read(json({ format: SET_ASIDE_FORMAT }))).toEqual({ ok: false, error: { code: 'invalid' } });
  });

  it('refuses stored data that fails validation as invalid, and names the version of newer stored data, also inside a download', () => {
    const entry = JSON.parse(entries[0]!) as { version: number; data: { fields: object } };
    const invalid = json({
      ...entry,
      data: { ...entry.data, fields: { ...entry.data.fields, 'words/=hallo': 'geen positie', title: 42 } },
    });
    const newer = json({ ...entry, version: 3 });

    expect(read(invalid)).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(read(json({ version: 1, data: { notes: [{ ...n1, title: 42 }], gone: {} } }))).toEqual({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(read(newer)).toEqual({ ok: false, error: { code: 'newer-version', version: 3 } });
    expect(read(setAsideFile([entries[1]!, invalid]))).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(read(setAsideFile([entries[1]!, newer]))).toEqual({ ok: false, error: { code: 'newer-version', version: 3 } });
  });

  it('refuses set-aside data holding one id twice', () => {
    expect(read(setAsideFile([entries[0]!, entries[0]!]))).toEqual({ ok: false, error: { code: 'duplicate-ids', ids: ['n1'] } });
    expect(read(json({ version: 1, data: { notes: [n1, n1], gone: {} } }))).toEqual({
      ok: false,
      error: { code: 'duplicate-ids', ids: ['n1'] },
    });
  });

  it('accepts a byte order mark before stored data, as before every other file: a download, one entry, a version 1 document', () => {
    expect(read(`\uFEFF${setAsideFile(entries)}`)).toEqual({ ok: true, records: [n1, n2] });
    expect(read(`\uFEFF${entries[0]!}`)).toEqual({ ok: true, records: [n1] });
    expect(read(`\uFEFF${json({ version: 1, data: { notes: [n2], gone: {} } })}`)).toEqual({ ok: true, records: [n2] });
  });

  it('names the version of an entry from a newer version of the site, instead of “not this tool’s file”', () => {
    const newer = json({ ...(JSON.parse(entries[0]!) as object), version: 3 });

    expect(read(newer)).toEqual({ ok: false, error: { code: 'newer-version', version: 3 } });
  });
});

describe('importErrorText', () => {
  const errors = {
    'too-large': '{file} is groter dan {limit}.',
    'newer-version': '{file}: versie {version}.',
    'unknown-items': '{file}: {ids}.',
    invalid: '{file} is beschadigd{version}{ids}.',
  };

  it('fills in the quoted file name, the version, the ids and the size limit', () => {
    expect(importErrorText(errors, 'scan.json', { code: 'too-large' })).toBe(`‘scan.json’ is groter dan ${MAX_IMPORT_LABEL}.`);
    expect(MAX_IMPORT_LABEL).toBe('20 MB');
    expect(importErrorText(errors, 'scan.json', { code: 'newer-version', version: 3 })).toBe('‘scan.json’: versie 3.');
    expect(importErrorText(errors, 'x.json', { code: 'unknown-items', ids: ['a', 'b'] })).toBe('‘x.json’: a, b.');
  });

  it('leaves out a version and ids the error does not have', () => {
    expect(importErrorText(errors, 'x.json', { code: 'invalid' })).toBe('‘x.json’ is beschadigd.');
  });
});

const exportedAt = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

describe.each(toolCases)('the $name’s import', (tc) => {
  /** Reads a file and fails the property if that throws, instead of letting the error escape. */
  const importSafely = (text: string) => {
    let result: ReturnType<typeof tc.importText> | undefined;
    expect(() => {
      result = tc.importText(text);
    }).not.toThrow();
    if (!result) throw new Error('no result');
    return result;
  };
  const items = (document: unknown): { id: string }[] => [...tc.tool.document.records.items(document)];
  const restOf = (document: unknown) => (tc.rest ? { rest: tc.tool.document.rest!.get(document) } : {});

  it('the arbitraries make records and documents the tool accepts', () => {
    fc.assert(
      fc.property(tc.documentArbitrary, (document) => {
        expect(tc.tool.document.validate(document)).not.toBeNull();
        for (const record of items(document)) expect(tc.tool.record.validate(record)).toStrictEqual(record);
        expect(duplicateIds(items(document))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('reads back every export deep-equal to what was exported: compact, pretty, with a byte order mark', () => {
    fc.assert(
      fc.property(tc.documentArbitrary, exportedAt, fc.constantFrom('compact', 'pretty', 'bom'), (document, time, form) => {
        const file = tc.exportFile(document, time);
        const text = form === 'compact' ? json(file) : `${form === 'bom' ? '\uFEFF' : ''}${JSON.stringify(file, null, 2)}\n`;

        expect(tc.importText(text)).toStrictEqual({ ok: true, records: tc.exported(document) });
        expect(readToolRecords(text, tc.tool)).toStrictEqual({
          ok: true,
          records: tc.exported(document),
          ...(tc.rest ? restOf(document) : {}),
        });
      }),
      { numRuns: 100 },
    );
  });

  it('reads back every stored entry, every download of set-aside data and every version 1 document', () => {
    fc.assert(
      fc.property(tc.documentArbitrary, (document) => {
        const records = items(document);
        const entries = entriesOf(tc.tool, records);

        entries.forEach((entry, index) => expect(tc.importText(entry)).toStrictEqual({ ok: true, records: [records[index]] }));
        expect(tc.importText(setAsideFile(entries))).toStrictEqual({ ok: true, records });
        if (tc.rest) {
          // With the entry of what the document holds besides records, as a download holds it.
          const withRest = entriesOf(tc.tool, records, tc.tool.document.rest!.get(document));
          expect(readToolRecords(setAsideFile(withRest), tc.tool)).toStrictEqual({ ok: true, records, ...restOf(document) });
        }
        const stored = json({ version: 1, data: document });
        expect(tc.importText(stored)).toStrictEqual({ ok: true, records });
        expect(readToolRecords(stored, tc.tool)).toStrictEqual({ ok: true, records, ...restOf(document) });
      }),
      { numRuns: 60 },
    );
  });

  it('refuses set-aside data and files that hold one id twice, naming it', () => {
    const twice = { ...tc.b, id: tc.a.id };
    const entries = [...entriesOf(tc.tool, [tc.a]), ...entriesOf(tc.tool, [twice])];

    expect(tc.importText(setAsideFile(entries))).toEqual({ ok: false, code: 'duplicate-ids' });
    expect(readToolRecords(setAsideFile(entries), tc.tool)).toEqual({ ok: false, error: { code: 'duplicate-ids', ids: [tc.a.id] } });
    expect(tc.importText(json({ version: 1, data: tc.doc([tc.a, twice]) }))).toEqual({ ok: false, code: 'duplicate-ids' });
    const file = tc.exportFile(tc.doc([tc.a, twice]), T3);
    if (tc.exported(tc.doc([tc.a, twice])).length > 1) expect(tc.importText(json(file))).toEqual({ ok: false, code: 'duplicate-ids' });
  });

  if (tc.duplicateItems)
    it('refuses a record holding two items with one id, in a file and in stored data', () => {
      const record = tc.duplicateItems!(tc.a);

      expect(tc.importText(json(tc.exportFile(tc.doc([record]), T3)))).toEqual({ ok: false, code: 'duplicate-ids' });
      expect(tc.importText(json({ version: 1, data: tc.doc([record]) }))).toEqual({ ok: false, code: 'duplicate-ids' });
    });

  it.each(tc.impossible)('refuses a file with $what as $code', ({ code, change }) => {
    const file = change(tc.exportFile(tc.doc([tc.a]), T3));

    expect(tc.importText(json(file))).toEqual({ ok: false, code });
  });

  it('keeps markup and quotes as plain text', () => {
    const record = { ...tc.a, title: '<img src=x onerror=alert(1)> "quoted" \u2028' };

    const result = tc.importText(json(tc.exportFile(tc.doc([record]), T3)));

    expect(result.ok && result.records[0]?.title).toBe(record.title);
  });

  it('refuses any arbitrary text or JSON without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: anyCharacter }),
          fc.string(),
          textArbitrary(500),
          fc.jsonValue().map((value) => json(value)),
        ),
        (text) => {
          expect(importSafely(text).ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses every strict prefix of an export or of stored data as empty or not JSON', () => {
    fc.assert(
      fc.property(
        tc.documentArbitrary,
        exportedAt,
        fc.boolean(),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (document, time, file, cut) => {
          // Without the line break a download ends with: that prefix is the whole of it.
          const text = file ? json(tc.exportFile(document, time)) : setAsideFile(entriesOf(tc.tool, items(document))).trimEnd();
          const result = importSafely(text.slice(0, Math.floor(cut * text.length)));

          expect(result.ok ? null : result.code).toMatch(/^(empty|not-json)$/);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never throws on JSON that claims to be its file or its stored data but holds anything', () => {
    const almost = fc
      .tuple(
        tc.documentArbitrary,
        exportedAt,
        fc.anything(),
        fc.oneof(fc.constant(tc.tool.version), fc.integer({ min: -3, max: 5 }), fc.double(), fc.jsonValue()),
      )
      .chain(([document, time, junk, version]) => {
        const file = tc.exportFile(document, time) as Record<string, unknown>;
        const [first] = Object.keys(file).filter((key) => !['format', 'version', 'exportedAt'].includes(key));
        const entry = JSON.parse(entriesOf(tc.tool, items(document).slice(0, 1))[0]!) as { data: Record<string, unknown> };
        return fc.constantFrom(
          { ...file, version, ...(first ? { [first]: junk } : {}) },
          { version, data: { ...entry.data, fields: junk } },
          { version, data: { ...entry.data, stamps: junk } },
          { version, data: { ...entry.data, fields: { ...(entry.data.fields as object), [first ?? 'x']: junk } } },
          { version, data: junk },
          { format: SET_ASIDE_FORMAT, items: [json({ version, data: junk })] },
        );
      });

    fc.assert(
      fc.property(almost, (value) => {
        importSafely(json(value));
      }),
      { numRuns: 200 },
    );
  });

  it('says that the other tool’s file is not its own, and refuses the other tool’s stored data as invalid (it names no tool)', () => {
    for (const other of toolCases.filter((candidate) => candidate !== tc)) {
      const file = json(other.exportFile(other.doc([other.a]), T3));
      expect(tc.importText(file)).toEqual({ ok: false, code: expect.stringMatching(/^not-a-/) });
      const entries = entriesOf(other.tool, [other.a, other.b]);
      const stored = [...entries, setAsideFile(entries), json({ version: 1, data: other.doc([other.a]) })];
      for (const text of stored) expect(tc.importText(text), text.slice(0, 80)).toEqual({ ok: false, code: 'invalid' });
    }
  });
});

describe('the werkblad’s import of stored data', () => {
  const sheet = exampleWorksheet({ id: 'aaa' });

  it('reads the stored plan (the entry "…/=rest"): alone, or in a download of set-aside data with worksheets, also with a byte order mark', () => {
    const [entry, plan] = entriesOf(werkbladTool, [sheet], examplePlan);

    expect(readToolRecords(plan!, werkbladTool)).toEqual({ ok: true, records: [], rest: examplePlan });
    expect(readToolRecords(setAsideFile([entry!, plan!]), werkbladTool)).toEqual({ ok: true, records: [sheet], rest: examplePlan });
    expect(readToolRecords(`\uFEFF${setAsideFile([plan!, entry!])}`, werkbladTool)).toEqual({
      ok: true,
      records: [sheet],
      rest: examplePlan,
    });
    // The import needs worksheets: the plan alone is a file without them.
    expect(werkbladCase.importText(plan!)).toEqual({ ok: false, code: 'no-worksheets' });
    expect(werkbladCase.importText(setAsideFile([entry!, plan!]))).toEqual({ ok: true, records: [sheet] });
  });

  it('refuses a stored plan that fails validation as invalid', () => {
    const [plan] = entriesOf(werkbladTool, [], examplePlan);
    const entry = JSON.parse(plan!) as { version: number; data: { fields: object } };
    const broken = json({ ...entry, data: { ...entry.data, fields: { ...entry.data.fields, date: '2026-02-30' } } });

    expect(readToolRecords(broken, werkbladTool)).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(readToolRecords(setAsideFile([...entriesOf(werkbladTool, [sheet]), broken]), werkbladTool)).toEqual({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});
