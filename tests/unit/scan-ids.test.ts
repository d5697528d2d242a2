import { describe, expect, it } from 'vitest';
import { today } from '../../src/lib/dates';
import { newId } from '../../src/lib/ids';

describe('newId', () => {
  it('is 24 lower-case hex characters from 12 random bytes', () => {
    expect(newId()).toMatch(/^[0-9a-f]{24}$/);
  });

  it('uses the random source it is given', () => {
    const asked: number[] = [];
    const counting = (bytes: Uint8Array) => {
      asked.push(bytes.length);
      return bytes.map((_, index) => index * 17);
    };

    expect(newId(counting)).toBe('00112233445566778899aabb');
    expect(asked).toEqual([12]);
    expect(newId((bytes) => bytes.fill(255))).toBe('ff'.repeat(12));
    expect(newId((bytes) => bytes.fill(0))).toBe('0'.repeat(24));
  });

  it('gives different ids with the browser’s random source', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newId()));
    expect(ids.size).toBe(100);
  });
});

describe('today', () => {
  it('formats the local date as YYYY-MM-DD with leading zeros', () => {
    expect(today(new Date(2026, 10, 25, 12, 0))).toBe('2026-11-25');
    expect(today(new Date(2027, 0, 5, 12, 0))).toBe('2027-01-05');
  });

  it('gives the local day from just after midnight until just before the next', () => {
    // Whatever the time zone, both are 25 November on the user's clock.
    expect(today(new Date(2026, 10, 25, 0, 0, 1))).toBe('2026-11-25');
    expect(today(new Date(2026, 10, 25, 23, 59, 59))).toBe('2026-11-25');
  });
});
