/**
 * Which way a chosen file is read for an import (src/lib/import-file.ts): a small file at once
 * with the tool's reader, without progress and without loading the code for large files; a large
 * one in the worker, with progress; piece by piece here, with progress and the same checks, when
 * there is no worker; at once when the code for large files cannot load. The worker is a stand-in here (Node has none);
 * the browser test runs the real one.
 */
import { describe, expect, it, vi } from 'vitest';
import { readImportFile, type LargeFiles } from '../../src/lib/import-file';
import type { ImportFile, ImportRequest } from '../../src/lib/import-readers';
import { readScanImport } from '../../src/lib/scan/exchange';
import { readTextInPieces, type OnProgress } from '../../src/lib/large-file';
import { OFF_THREAD_BYTES } from '../../src/lib/limits';
import { exportScan } from '../../src/lib/scan/exchange';
import { exampleScan, knownDomainIds, T2 } from '../fixtures/scan-examples';

const request: ImportRequest<'schoolscan'> = { reader: 'schoolscan', knownDomains: knownDomainIds, backups: true };
const reader = { request, read: readScanImport };
/** A scan file, padded with white space (valid JSON) to more than OFF_THREAD_BYTES. */
const scan = exampleScan({ id: 'groot', title: 'Groep 7' });
const large = new Blob([`${JSON.stringify(exportScan(scan, T2))}${' '.repeat(OFF_THREAD_BYTES)}`]);
const small = new Blob([JSON.stringify(exportScan(scan, T2))]);
const accepted = { ok: true, read: { kind: 'records', result: { ok: true, scans: [scan] } } };
const fromWorker: ImportFile<'schoolscan'> = { ok: true, read: { kind: 'records', result: { ok: false, error: { code: 'invalid' } } } };

/** The code for large files, with a worker that answers `answer` (null: it could not start) after reporting half. */
const code = (answer: ImportFile | null) => {
  const readImportInWorker = vi.fn(async (_file: Blob, _max: number, _request: ImportRequest, onProgress: OnProgress) => {
    onProgress(0.5);
    return answer;
  });
  return { readImportInWorker, load: vi.fn(async () => ({ readImportInWorker, readTextInPieces }) as unknown as LargeFiles) };
};

describe('readImportFile', () => {
  it('reads a small file at once, without progress and without loading the code for large files', async () => {
    const onProgress = vi.fn();
    const { load } = code(fromWorker);

    expect(await readImportFile(small, 1000, reader, onProgress, load)).toEqual(accepted);
    expect(load).not.toHaveBeenCalled();
    expect(onProgress).not.toHaveBeenCalled();
  });

  it('refuses a file over the limit before reading it', async () => {
    const { load } = code(fromWorker);
    expect(await readImportFile(large, OFF_THREAD_BYTES, reader, () => {}, load)).toEqual({ ok: false, reason: 'too-large' });
    expect(load).not.toHaveBeenCalled();
  });

  it('reads a large file in the worker, which reports progress', async () => {
    const shares: number[] = [];
    const { load, readImportInWorker } = code(fromWorker);

    expect(await readImportFile(large, 2 * OFF_THREAD_BYTES, reader, (share) => shares.push(share), load)).toBe(fromWorker);
    expect(readImportInWorker).toHaveBeenCalledWith(large, 2 * OFF_THREAD_BYTES, request, expect.any(Function));
    expect(shares).toEqual([0, 0.5]);
  });

  it('reads a large file here, piece by piece with progress and the same checks, when no worker starts', async () => {
    const shares: number[] = [];
    const { load } = code(null);

    expect(await readImportFile(large, 2 * OFF_THREAD_BYTES, reader, (share) => shares.push(share), load)).toEqual(accepted);
    expect(shares.slice(0, 2)).toEqual([0, 0.5]);
    expect(shares.at(-1)).toBe(1);
    const deep = new Blob([`${'['.repeat(OFF_THREAD_BYTES)}${']'.repeat(OFF_THREAD_BYTES)}`]);
    expect(await readImportFile(deep, 4 * OFF_THREAD_BYTES, reader, () => {}, load)).toEqual({
      ok: true,
      read: { kind: 'records', result: { ok: false, error: { code: 'too-deep' } } },
    });
  });

  it('says unreadable, and does not throw, when the reader fails (its code did not load)', async () => {
    const failing = { request, read: () => Promise.reject(new Error('offline')) };
    expect(await readImportFile(small, 1000, failing, () => {})).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('reads a large file at once when the code for large files does not load', async () => {
    const offline = () => Promise.reject(new Error('offline'));
    expect(await readImportFile(large, 2 * OFF_THREAD_BYTES, reader, () => {}, offline)).toEqual(accepted);
  });
});
