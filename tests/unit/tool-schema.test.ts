import { describe, expect, it } from 'vitest';
import { array, literal, maxLength, nullable, number, object, oneOf, optional, record, string } from '../../src/lib/tools/schema';

describe("the tools' schemas", () => {
  const item = object({ id: string(maxLength(4)), kind: oneOf(['a', 'b'] as const), note: optional(string()), at: nullable(number()) });

  it('keeps the declared keys only, and leaves a missing optional key missing', () => {
    const read = item.safeParse({ id: 'x1', kind: 'a', at: null, extra: 'dropped' });
    expect(read).toEqual({ success: true, data: { id: 'x1', kind: 'a', at: null } });
    expect(Object.keys(read.success ? read.data : {})).toEqual(['id', 'kind', 'at']);
  });

  it('rejects the whole value when one part does not fit', () => {
    expect(item.safeParse({ id: 'too long', kind: 'a', at: 1 }).success).toBe(false);
    expect(item.safeParse({ id: 'x', kind: 'c', at: 1 }).success).toBe(false);
    expect(item.safeParse({ id: 'x', kind: 'a' }).success).toBe(false);
    expect(item.safeParse({ id: 'x', kind: 'a', at: Number.NaN }).success).toBe(false);
    expect(item.safeParse([]).success).toBe(false);
    expect(
      array(item, maxLength(1)).safeParse([
        { id: 'x', kind: 'a', at: 1 },
        { id: 'y', kind: 'b', at: 2 },
      ]).success,
    ).toBe(false);
  });

  it('checks whole numbers within bounds, and literals', () => {
    expect(number({ min: 1, max: 3 }).safeParse(2).success).toBe(true);
    expect(number({ min: 1, max: 3 }).safeParse(2.5).success).toBe(false);
    expect(number({ min: 1, max: 3 }).safeParse(4).success).toBe(false);
    expect(literal('format').safeParse('other').success).toBe(false);
  });

  it("checks a record's keys, and copies a key named __proto__ as data, not as the prototype", () => {
    const notes = record(
      string((key) => /^[a-z]+$/.test(key)),
      string(),
    );
    expect(notes.safeParse({ A: 'x' }).success).toBe(false);
    const read = record(string(), string()).safeParse(JSON.parse('{"__proto__": "x", "ok": "y"}'));
    expect(read.success).toBe(true);
    if (!read.success) return;
    expect(Object.getPrototypeOf(read.data)).toBe(Object.prototype);
    expect(Object.keys(read.data)).toEqual(['__proto__', 'ok']);
  });
});
