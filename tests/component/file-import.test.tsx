/**
 * The import field (src/components/tools/FileImport.tsx) stands as it will be while its code loads,
 * disabled, and takes files once it is there. Choosing a large file: while it is read the field says how
 * much, in a status region, then that it is checked; what the tool's import makes of it reaches
 * the tool, and a file nested too deep is refused with the message for it. jsdom has no Worker,
 * so the file is read on the page's own thread here (the browser test reads it in the worker);
 * its bytes arrive when the test sends them.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Schoolscan from '../../src/components/schoolscan/Schoolscan';
import { FileImport } from '../../src/components/tools/FileImport';
import type { ReadFile } from '../../src/components/tools/ImportFrame';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import type { ImportRequest } from '../../src/lib/import-readers';
import { MAX_JSON_DEPTH, OFF_THREAD_BYTES } from '../../src/lib/limits';
import { exportScan, readScanImport } from '../../src/lib/scan/exchange';
import { SCAN_STORAGE_KEY } from '../../src/lib/scan/tool';
import { importErrorText } from '../../src/lib/tools/import-errors';
import { format } from '../../src/lib/text';
import { catalogue, exampleScan, knownDomainIds, T2 } from '../fixtures/scan-examples';
import { importInput } from '../support/tool-render';

const request: ImportRequest<'schoolscan'> = { reader: 'schoolscan', knownDomains: knownDomainIds, backups: true };

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** A chosen file whose bytes come in only when the test sends them, as from a slow disk. */
function slowFile(name: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  let source!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({ start: (controller) => void (source = controller) });
  const file = { name, size: bytes.length, type: 'application/json', stream: () => stream } as unknown as File;
  return {
    file,
    /** Sends the bytes up to `share` of the file (after what was sent before). */
    sendUpTo: (() => {
      let sent = 0;
      return (share: number) => {
        const end = Math.round(bytes.length * share);
        source.enqueue(bytes.slice(sent, end));
        sent = end;
      };
    })(),
    end: () => source.close(),
  };
}

function choose(input: HTMLElement, file: File): void {
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  fireEvent.change(input);
}

const status = () => screen.getByRole('status');
const statusText = () => status().textContent?.trim();

describe('the import field while its code loads', () => {
  it('stands as it will be, disabled, and takes files once the code is there, without a change of layout', async () => {
    const onFiles = vi.fn((_files: ReadFile<'schoolscan'>[]) => [] as string[]);
    const { container } = render(<FileImport strings={S.import} request={request} read={readScanImport} onFiles={onFiles} />);
    /** What the import shows, element by element, with the attributes that place and describe them (not the ids). */
    const shape = () =>
      [...container.querySelectorAll('.tool-import *')].map(
        (element) => `${element.tagName} ${element.className} ${element.getAttribute('role') ?? ''} ${element.textContent}`,
      );
    const waiting = screen.getByLabelText(S.import.label) as HTMLInputElement;
    expect(waiting.disabled, 'disabled before its code has loaded').toBe(true);
    expect(screen.getByText(S.import.hint).id).toBe(waiting.getAttribute('aria-describedby'));
    const before = shape();

    const input = await importInput(S.import.label);
    expect(shape()).toEqual(before);
    expect(screen.getByText(S.import.hint).id).toBe(input.getAttribute('aria-describedby'));
    choose(input, new File([JSON.stringify(exportScan(exampleScan({ id: 'klein' }), T2))], 'klein.json', { type: 'application/json' }));
    await waitFor(() => expect(onFiles).toHaveBeenCalledOnce());
  });
});

describe('choosing a large file', () => {
  it('says how much is read, then that it is checked, and hands the tool what its import makes of the file', async () => {
    const scan = exampleScan({ id: 'groot', title: 'Groep 7' });
    // A scan file padded with white space (valid JSON) to a large file.
    const slow = slowFile('groot.json', `${JSON.stringify(exportScan(scan, T2))}${' '.repeat(OFF_THREAD_BYTES)}`);
    const onFiles = vi.fn((_files: ReadFile<'schoolscan'>[]) => [] as string[]);
    render(<FileImport strings={S.import} request={request} read={readScanImport} onFiles={onFiles} />);
    expect(statusText()).toBe('');

    choose(await importInput(S.import.label), slow.file);
    await waitFor(() => expect(statusText()).toBe(format(S.import.progress.reading, { percent: 0 })));
    slow.sendUpTo(0.45);
    await waitFor(() => expect(statusText()).toBe(format(S.import.progress.reading, { percent: 40 })));
    expect(status().querySelector('progress')?.getAttribute('value')).toBe('40');
    slow.sendUpTo(1);
    await waitFor(() => expect(statusText()).toBe(S.import.progress.checking));
    expect(onFiles).not.toHaveBeenCalled();

    slow.end();
    await waitFor(() => expect(onFiles).toHaveBeenCalledOnce());
    expect(onFiles.mock.calls[0]![0]).toEqual([{ name: 'groot.json', read: { kind: 'records', result: { ok: true, scans: [scan] } } }]);
    await waitFor(() => expect(statusText()).toBe(''));
  });

  it('refuses a large file nested too deep with the message for it, and keeps nothing', async () => {
    history.replaceState(null, '', '/schoolscan/');
    const { container } = render(<Schoolscan catalogue={catalogue} strings={S} />);
    await waitFor(() => expect(container.querySelector('.tool-root')?.getAttribute('aria-busy')).toBe('false'));
    const depth = OFF_THREAD_BYTES;
    expect(depth).toBeGreaterThan(MAX_JSON_DEPTH);
    const slow = slowFile('diep.json', `${'['.repeat(depth)}${']'.repeat(depth)}`);

    choose(await importInput(S.import.label), slow.file);
    slow.sendUpTo(1);
    slow.end();
    const summary = await screen.findByRole('alert', { name: S.import.errorTitle });
    expect(summary.textContent).toContain(importErrorText(S.import.errors, 'diep.json', { code: 'too-deep' }));
    expect(Object.keys(localStorage).filter((key) => key.startsWith(SCAN_STORAGE_KEY))).toEqual([]);
  });

  it('says when a large file is not text, and stops reading it', async () => {
    const cancel = vi.fn();
    // The first bytes of a picture; the rest never comes.
    const stream = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00])),
      cancel,
    });
    const file = { name: 'plaatje.json', size: OFF_THREAD_BYTES + 10, type: 'application/json', stream: () => stream } as unknown as File;
    const onFiles = vi.fn((_files: ReadFile<'schoolscan'>[]) => [] as string[]);
    render(<FileImport strings={S.import} request={request} read={readScanImport} onFiles={onFiles} />);

    choose(await importInput(S.import.label), file);
    const summary = await screen.findByRole('alert', { name: S.import.errorTitle });
    expect(summary.textContent).toContain(importErrorText(S.import.errors, 'plaatje.json', { code: 'not-utf8' }));
    expect(cancel).toHaveBeenCalled();
    expect(onFiles).toHaveBeenCalledWith([]);
  });
});
