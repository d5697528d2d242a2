/**
 * JSON from outside the code is bounded before it is parsed (src/lib/tools/untrusted-json.ts):
 * the depth count against an independent oracle (the depth of what JSON.parse returns), the
 * bounds and their codes, the nesting of every format the tools write against MAX_JSON_DEPTH,
 * and the codes readVersioned and readToolRecords give for text beyond the bounds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '../../src/lib/backup-time';
import { MAX_IMPORT_BYTES, MAX_JSON_DEPTH, MAX_JSON_LENGTH } from '../../src/lib/limits';
import { exportScan } from '../../src/lib/scan/exchange';
import { scanTool } from '../../src/lib/scan/tool';
import { fieldsOf } from '../../src/lib/tools/entry';
import { readToolRecords } from '../../src/lib/tools/exchange';
import { setAsideFile } from '../../src/lib/tools/set-aside';
import { createRecordStore, REST } from '../../src/lib/tools/store';
import type { StorageLike } from '../../src/lib/tools/storage';
import type { AnyToolSpec } from '../../src/lib/tools/tool';
import { jsonBoundsProblem, parseJson } from '../../src/lib/tools/untrusted-json';
import { readVersioned } from '../../src/lib/tools/versioned-json';
import { Clock, edit } from '../../src/lib/tools/stamps';
import { exportWerkblad } from '../../src/lib/werkblad/exchange';
import { werkbladTool } from '../../src/lib/werkblad/tool';
import { doc, exampleScan, MemoryStorage, T2, T3 } from '../fixtures/scan-examples';
import { action, emptyPlan, exampleWorksheet, werkbladDoc } from '../fixtures/werkblad-examples';

/** The oracle: how deep arrays and objects nest in a parsed value (a scalar is 0). */
function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

const limits = (depth: number) => ({ depth, length: Number.MAX_SAFE_INTEGER });
const nested = (depth: number, open = '[', close = ']') => `${open.repeat(depth)}${close.repeat(depth)}`;

describe('jsonBoundsProblem', () => {
  it('counts the depth JSON.parse finds, for any JSON, compact or indented', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.boolean(), fc.integer({ min: 0, max: 10 }), (value, pretty, limit) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const depth = depthOf(JSON.parse(text));
        expect(jsonBoundsProblem(text, limits(limit))).toBe(depth > limit ? 'too-deep' : null);
      }),
      { numRuns: 500 },
    );
  });

  it('does not count brackets inside strings, and knows where a string with escapes ends', () => {
    const texts: [string, number][] = [
      ['{"a":"[[[[{{{{"}', 1],
      [String.raw`{"a":"\"[[[["}`, 1],
      [String.raw`{"a":"\\","b":[[[1]]]}`, 4],
      [String.raw`["\\\"[[", [["\u005b"]]]`, 3],
      [JSON.stringify({ text: '"[{\\'.repeat(1000), list: [[[]]] }), 4],
    ];
    for (const [text, depth] of texts) {
      expect(depthOf(JSON.parse(text)), text).toBe(depth);
      expect(jsonBoundsProblem(text, limits(depth)), text).toBeNull();
      expect(jsonBoundsProblem(text, limits(depth - 1)), text).toBe('too-deep');
    }
  });

  it('refuses text deeper than MAX_JSON_DEPTH, arrays or objects, and accepts it at the limit', () => {
    expect(jsonBoundsProblem(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(jsonBoundsProblem(nested(MAX_JSON_DEPTH + 1))).toBe('too-deep');
    expect(jsonBoundsProblem(`${'{"a":'.repeat(MAX_JSON_DEPTH + 1)}1${'}'.repeat(MAX_JSON_DEPTH + 1)}`)).toBe('too-deep');
    expect(jsonBoundsProblem(nested(5_000_000))).toBe('too-deep');
  });

  it('refuses text longer than MAX_JSON_LENGTH characters, and accepts it at the limit', () => {
    expect(MAX_JSON_LENGTH).toBeGreaterThanOrEqual(MAX_IMPORT_BYTES);
    const padded = (length: number) => `[${' '.repeat(length - 2)}]`;
    expect(jsonBoundsProblem(padded(MAX_JSON_LENGTH))).toBeNull();
    expect(jsonBoundsProblem(padded(MAX_JSON_LENGTH + 1))).toBe('too-large');
  });

  it('leaves text that closes more than it opened to JSON.parse', () => {
    const text = `]${nested(MAX_JSON_DEPTH + 5)}`;
    expect(jsonBoundsProblem(text)).toBeNull();
    expect(parseJson(text)).toEqual({ ok: false, problem: 'not-json' });
  });
});

describe('parseJson', () => {
  it('parses JSON within the bounds, with a byte order mark and white space around it', () => {
    expect(parseJson('\uFEFF {"a":[1,2]}\r\n')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('says why there is no value: empty, not JSON, too deep, too large', () => {
    for (const empty of ['', '  ', '\uFEFF', '\r\n\t']) expect(parseJson(empty)).toEqual({ ok: false, problem: 'empty' });
    for (const bad of ['kapot', '{"a":', "{'a':1}"]) expect(parseJson(bad)).toEqual({ ok: false, problem: 'not-json' });
    expect(parseJson(nested(100_000))).toEqual({ ok: false, problem: 'too-deep' });
    expect(parseJson('[1]', { depth: 1, length: 2 })).toEqual({ ok: false, problem: 'too-large' });
  });
});

describe('the formats the tools write', () => {
  /** The entries the real store writes for `records` (each a new record of this tab). */
  function entriesOf(spec: AnyToolSpec, records: readonly { id: string }[], rest?: unknown): string[] {
    const storage = new MemoryStorage();
    const store = createRecordStore(spec, () => storage as StorageLike);
    const clock = new Clock('test');
    for (const record of records) store.save(record.id, edit(null, fieldsOf(record), clock), clock.tab);
    if (rest !== undefined) store.save(REST, edit(null, fieldsOf(rest), clock), clock.tab);
    return [...storage.items.values()];
  }

  it('nest 6 levels at most, far below MAX_JSON_DEPTH', () => {
    const scan = exampleScan({ id: 'vol', chosen: ['veerkracht'], team: { members: 3 } }, { energie: { rating: 'grote', seen: 'Moe' } });
    const worksheet = exampleWorksheet({ domains: ['energie'], answers: { doel: 'Rust' }, actions: [action('a1', 'Plan', 'IB', 'mei')] });
    const plan = emptyPlan();
    const entries = [...entriesOf(scanTool, [scan]), ...entriesOf(werkbladTool, [worksheet], plan)];
    const formats: Record<string, unknown> = {
      'scan file': exportScan(scan, T2),
      'werkblad file': exportWerkblad(werkbladDoc([worksheet]), T2),
      backup: {
        format: BACKUP_FORMAT,
        version: 1,
        exportedAt: T3,
        schoolscan: { scans: [scan] },
        werkblad: { worksheets: [worksheet], plan },
      },
      'schoolscan document of version 1': { version: 1, data: doc([scan]) },
      'werkblad document of version 1': { version: 1, data: werkbladDoc([worksheet]) },
      ...Object.fromEntries(entries.map((entry, index) => [`stored entry ${index + 1}`, JSON.parse(entry)])),
      'set-aside download': JSON.parse(setAsideFile(entries)),
    };
    const depths = Object.fromEntries(Object.entries(formats).map(([name, value]) => [name, depthOf(value)]));
    console.log(`Nesting of the tools' formats: ${JSON.stringify(depths)} (limit ${MAX_JSON_DEPTH}).`);
    // The depth the comment on MAX_JSON_DEPTH names.
    expect(Math.max(...Object.values(depths))).toBe(6);
    expect(MAX_JSON_DEPTH).toBeGreaterThanOrEqual(4 * 6);
  });
});

describe('reading JSON beyond the bounds', () => {
  const deepFile = `{"format":"welbevinden-schoolscan","version":1,"x":${nested(MAX_JSON_DEPTH)}}`;

  it('readVersioned names the bound: too deep, too large', () => {
    const spec = { version: 1, migrations: {}, validate: (value: unknown) => value };
    expect(readVersioned(deepFile, spec)).toEqual({ ok: false, error: { code: 'too-deep' } });
    expect(readVersioned({ ok: false, problem: 'too-large' }, spec)).toEqual({ ok: false, error: { code: 'too-large' } });
    expect(readVersioned({ ok: false, problem: 'empty' }, spec)).toEqual({ ok: false, error: { code: 'not-json' } });
  });

  it('readToolRecords takes text or JSON already read, and gives the same answer', () => {
    const scan = exampleScan({ id: 'een' });
    const text = JSON.stringify(exportScan(scan, T2));
    expect(readToolRecords(text, scanTool)).toEqual({ ok: true, records: [scan] });
    expect(readToolRecords(parseJson(text), scanTool)).toEqual({ ok: true, records: [scan] });
    expect(readToolRecords(deepFile, scanTool)).toEqual({ ok: false, error: { code: 'too-deep' } });
    expect(readToolRecords(parseJson(deepFile), scanTool)).toEqual({ ok: false, error: { code: 'too-deep' } });
    expect(readToolRecords(parseJson(' '), scanTool)).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('refuses a download of set-aside data that holds an entry nested too deep', () => {
    const entry = entriesOfScan();
    expect(readToolRecords(setAsideFile([entry, `{"version":1,"data":${nested(MAX_JSON_DEPTH + 1)}}`]), scanTool)).toEqual({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});

function entriesOfScan(): string {
  const storage = new MemoryStorage();
  const store = createRecordStore(scanTool, () => storage as StorageLike);
  const clock = new Clock('test');
  const scan = exampleScan({ id: 'apart' });
  store.save(scan.id, edit(null, fieldsOf(scan), clock), clock.tab);
  return [...storage.items.values()][0]!;
}
