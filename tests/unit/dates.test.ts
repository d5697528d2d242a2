import { describe, expect, it } from 'vitest';
import { formatDate, isoDate, laterBy } from '../../src/lib/dates';

describe('dates', () => {
  it('writes a date the Dutch way', () => {
    expect(formatDate(new Date('2026-11-25'))).toBe('25 november 2026');
    expect(formatDate(new Date('2021-02-01'))).toBe('1 februari 2021');
  });

  it('does not shift a date-only value by a day west of UTC', () => {
    // Content dates are parsed as UTC midnight; a local-time formatter west of UTC would print the 24th.
    // The unit project runs in America/Los_Angeles unless TEST_TZ says otherwise (vitest.config.ts).
    expect(formatDate(new Date('2026-11-25T00:00:00Z'))).toBe('25 november 2026');
    expect(formatDate(new Date('2021-02-01T00:00:00Z'))).toBe('1 februari 2021');
  });

  it('gives the ISO date for <time datetime>', () => {
    expect(isoDate(new Date('2026-11-25'))).toBe('2026-11-25');
  });
});

describe('laterBy', () => {
  it('moves an ISO time forward by milliseconds, and leaves text that is no time alone', () => {
    expect(laterBy('2026-11-25T10:00:00.000Z', 1)).toBe('2026-11-25T10:00:00.001Z');
    expect(laterBy('2026-11-25T23:59:59.999Z', 1)).toBe('2026-11-26T00:00:00.000Z');
    expect(laterBy('geen tijd', 5)).toBe('geen tijd');
  });
});
