import { describe, expect, it } from 'vitest';
import { SCAN_STORAGE_KEY } from '../../src/lib/scan/tool';
import type { StorageLike } from '../../src/lib/tools/storage';
import { readScans } from '../../src/lib/werkblad/scans';
import { doc, MemoryStorage, ratedScan, T1, T2, ThrowingStorage } from '../fixtures/scan-examples';

const groep7 = ratedScan({ energie: 'grote' }, { id: 'groep7', title: 'Groep 7', chosen: ['veerkracht'] });
const groep8 = ratedScan({ motivatie: 'enige' }, { id: 'groep8', title: 'Groep 8', createdAt: T2, updatedAt: T2 });
const stored = (data: unknown, version = 1) => JSON.stringify({ version, data });

describe('readScans', () => {
  it('reads the scans of a valid stored scan document', () => {
    const storage = new MemoryStorage({ [SCAN_STORAGE_KEY]: stored(doc([groep7, groep8], { weg: T1 })) });

    expect(readScans(() => storage)).toEqual([groep7, groep8]);
  });

  it('is empty when there is no storage, nothing stored, or asking for storage throws', () => {
    expect(readScans(() => null)).toEqual([]);
    expect(readScans(() => new MemoryStorage())).toEqual([]);
    expect(
      readScans(() => {
        throw new DOMException('Access is denied', 'SecurityError');
      }),
    ).toEqual([]);
    expect(readScans()).toEqual([]);
  });

  it('is empty when every storage method throws', () => {
    expect(readScans(() => new ThrowingStorage())).toEqual([]);
  });

  it('is empty for data it cannot read, and leaves that data exactly where it is', () => {
    const corrupt = [
      'kapot',
      '{"version":1,"data":{"scans":[',
      stored({ scans: 'geen lijst', deleted: {} }),
      stored({ scans: [{ ...groep7, level: 'groep' }], deleted: {} }),
      stored(doc([groep7]), 99),
      stored(doc([groep7]), 0),
      'null',
    ];
    for (const raw of corrupt) {
      const storage = new MemoryStorage({ [SCAN_STORAGE_KEY]: raw });

      expect(
        readScans(() => storage),
        raw,
      ).toEqual([]);
      expect(storage.getItem(SCAN_STORAGE_KEY)).toBe(raw);
      expect(storage.keys()).toEqual([SCAN_STORAGE_KEY]);
    }
  });

  it('only ever reads', () => {
    const calls: string[] = [];
    const storage = new MemoryStorage({ [SCAN_STORAGE_KEY]: 'kapot' });
    const watching: StorageLike = {
      getItem: (key) => {
        calls.push(`get ${key}`);
        return storage.getItem(key);
      },
      setItem: (key) => {
        calls.push(`set ${key}`);
      },
      removeItem: (key) => {
        calls.push(`remove ${key}`);
      },
    };

    readScans(() => watching);
    storage.setItem(SCAN_STORAGE_KEY, stored(doc([groep7])));
    expect(readScans(() => watching)).toEqual([groep7]);

    expect(calls).toEqual([`get ${SCAN_STORAGE_KEY}`, `get ${SCAN_STORAGE_KEY}`]);
  });
});
