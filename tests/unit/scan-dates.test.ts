import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/lib/dates';

describe('formatDay', () => {
  it('writes a scan date the Dutch way', () => {
    expect(formatDay('2026-11-25')).toBe('25 november 2026');
    expect(formatDay('2027-01-05')).toBe('5 januari 2027');
    expect(formatDay('2024-02-29')).toBe('29 februari 2024');
  });

  it('returns text that is not a date as it is', () => {
    for (const text of ['', 'morgen', '25-11-2026', '2026-11-25T10:00', '2026-13-01', '2026-11-32']) {
      expect(formatDay(text), text).toBe(text);
    }
  });

  it('returns a day that does not exist as it is, instead of rolling over to March', () => {
    // An imported file is only checked for the YYYY-MM-DD form, so such a date can reach the list.
    expect(formatDay('2026-02-30')).toBe('2026-02-30');
    expect(formatDay('2026-11-31')).toBe('2026-11-31');
  });
});
