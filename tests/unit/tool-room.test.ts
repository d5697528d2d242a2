/**
 * Room in storage (src/lib/tools/room.ts): sizes counted as Chromium counts them, and whether new
 * entries fit, asked with a probe that is gone afterwards, on a storage with a quota.
 */
import { describe, expect, it } from 'vitest';
import { bytesInUse, bytesOf } from '../../src/lib/tools/room';
import { PROBE_KEY, roomFor } from '../../src/lib/tools/room-check';
import { MemoryStorage, QuotaStorage } from '../fixtures/scan-examples';

describe('bytesOf', () => {
  it('counts a byte a character for Latin-1 text and two for any other text', () => {
    expect(bytesOf('Groep 7, zorgcoördinator')).toBe(24);
    expect(bytesOf('Groep ‘7’')).toBe(18);
    expect(bytesOf('')).toBe(0);
  });
});

describe('roomFor', () => {
  const entries = [
    ['welbevinden.schoolscan/a', 'x'.repeat(1000)],
    ['welbevinden.schoolscan/b', '‘notitie’'.repeat(50)],
  ] as const;
  const needed = entries.reduce((sum, [key, value]) => sum + bytesOf(key) + bytesOf(value), 0);

  it('says that entries fit, and what they need, when there is room, leaving nothing behind', () => {
    const storage = new QuotaStorage(needed + 10, { andere: 'x' });

    expect(roomFor(storage, entries)).toEqual({ fits: true, needed });
    expect(storage.keys()).toEqual(['andere']);
  });

  it('says that they do not fit, with the room there is to within a twentieth of what is needed, and changes nothing', () => {
    const storage = new QuotaStorage(20_000, { andere: 'x'.repeat(19_000) });

    const room = roomFor(storage, [['k', 'y'.repeat(200_000)]]);

    expect(room.fits).toBe(false);
    if (room.fits) return;
    expect(room.needed).toBe(200_001);
    const free = storage.quota - storage.used();
    expect(room.free).toBeLessThanOrEqual(free);
    expect(room.free).toBeGreaterThanOrEqual(free - 200_001 / 20);
    expect(storage.getItem(PROBE_KEY)).toBeNull();
    expect(storage.keys()).toEqual(['andere']);
  });

  it('fits nothing needed, and passes on an error that is not a full storage', () => {
    expect(roomFor(new QuotaStorage(0), [])).toEqual({ fits: true, needed: 0 });
    const broken = new MemoryStorage();
    broken.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(() => roomFor(broken, entries)).toThrow('denied');
  });
});

describe('bytesInUse', () => {
  it('counts the entries under the prefixes, keys included, each entry once', () => {
    const storage = new MemoryStorage({ 'welbevinden.a': 'xx', 'welbevinden.b': '‘', ander: 'zzzz', anders: 'z' });
    expect(bytesInUse(storage, ['welbevinden'])).toBe(13 + 2 + 13 + 2);
    expect(bytesInUse(storage, ['welbevinden.a', 'welbevinden'])).toBe(13 + 2 + 13 + 2);
    expect(bytesInUse(storage, ['welbevinden.b', 'ander'])).toBe(13 + 2 + 5 + 4 + 6 + 1);
    expect(bytesInUse(storage, [])).toBe(0);
  });
});
