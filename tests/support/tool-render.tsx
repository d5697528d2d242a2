/**
 * What the component tests of the tools share: an island rendered in jsdom over given storage and
 * address, as a reload of the page would render it; going to another view as a link does; files
 * chosen in a file input; downloads caught instead of saved; and localStorage read back.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, vi } from 'vitest';
import Schoolscan from '../../src/components/schoolscan/Schoolscan';
import Werkblad from '../../src/components/werkblad/Werkblad';
import { schoolscanStrings } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings } from '../../src/lib/i18n/werkblad.nl';
import type { ScanCatalogue } from '../../src/lib/scan/catalogue';
import type { WerkbladCatalogue } from '../../src/lib/werkblad/catalogue';
import { scanTool } from '../../src/lib/scan/tool';
import { werkbladTool } from '../../src/lib/werkblad/tool';
import { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from '../../src/lib/limits';
import { format } from '../../src/lib/text';
import { catalogue as scanCatalogue } from '../fixtures/scan-examples';
import { catalogue as werkbladCatalogue } from '../fixtures/werkblad-examples';
import { documentOfEntries } from './stored';

export type ToolName = 'schoolscan' | 'werkblad';

/** After each test of the file: the island gone, mocks restored and localStorage empty, as in a fresh page. */
export function freshPageForEachTest(): void {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    localStorage.clear();
  });
}

export interface IslandOptions {
  /** localStorage before the island loads (added to what is there). */
  storage?: Record<string, string>;
  /** The address fragment ("" for the list). */
  hash?: string;
  /** The catalogue; the synthetic one of tests/fixtures unless given. */
  catalogue?: ScanCatalogue | WerkbladCatalogue;
}

/** The island of a tool, as its page renders it. */
export function island(tool: ToolName, catalogue?: ScanCatalogue | WerkbladCatalogue) {
  return tool === 'schoolscan' ? (
    <Schoolscan catalogue={(catalogue as ScanCatalogue | undefined) ?? scanCatalogue} strings={schoolscanStrings} />
  ) : (
    <Werkblad
      catalogue={(catalogue as WerkbladCatalogue | undefined) ?? werkbladCatalogue}
      strings={werkbladStrings}
      scanHref="/schoolscan/"
    />
  );
}

/**
 * Renders the tool's island over `storage` at `hash` and waits until it has read what is stored and
 * shows the view with this heading.
 */
export async function renderTool(tool: ToolName, heading: string, options: IslandOptions = {}) {
  for (const [key, value] of Object.entries(options.storage ?? {})) localStorage.setItem(key, value);
  history.replaceState(null, '', `/${tool}/${options.hash ?? ''}`);
  const view = render(island(tool, options.catalogue));
  await waitFor(() => expect(view.container.querySelector('.tool-root')?.getAttribute('aria-busy')).toBe('false'));
  await waitForView(heading);
  return view;
}

/**
 * Waits until the tool shows the view with this heading (level 2) and the view's code has loaded:
 * a view that loads on use shows its heading with a line that it is loading (.tool-opening).
 */
export async function waitForView(heading: string): Promise<void> {
  await waitFor(() => {
    expect(document.querySelector('.tool-view-heading')?.textContent).toBe(heading);
    expect(document.querySelector('.tool-root .tool-opening')).toBeNull();
  });
}

/** A reload: the island is gone and rendered again from what localStorage holds, at `hash`. */
export async function reloadTool(tool: ToolName, heading: string, options: Omit<IslandOptions, 'storage'> = {}) {
  cleanup();
  return renderTool(tool, heading, options);
}

/** Goes to another view of the tool as a link in the page would. */
export async function go(tool: ToolName, hash: string, heading: string): Promise<void> {
  history.replaceState(null, '', `/${tool}/${hash}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  await waitForView(heading);
}

/** Chooses these files in a file input, as the browser's file chooser would. */
export function chooseFiles(input: HTMLElement, files: { name: string; text: string }[]): void {
  const chosen = files.map((file) => new File([file.text], file.name, { type: 'application/json' }));
  Object.defineProperty(input, 'files', { configurable: true, value: chosen });
  fireEvent.change(input);
}

/**
 * The input of a tool's import, by its label, once the import's code has loaded: the field stands
 * there from the first view, disabled until then (src/components/tools/FileImport.tsx).
 */
export async function importInput(label: string): Promise<HTMLInputElement> {
  return waitFor(
    () => {
      const input = screen.getByLabelText(label) as HTMLInputElement;
      expect(input.disabled, 'the import is ready').toBe(false);
      return input;
    },
    { timeout: 10_000 },
  );
}

export interface Download {
  name: string;
  /** The text as UTF-8, without a byte order mark (Blob.text() drops it). */
  text: Promise<string>;
  blob: Blob;
}

/**
 * Catches the downloads the page offers (src/lib/files.ts: an object URL on a hidden link that is
 * clicked): each one's file name and text, in order. Restored with vi.restoreAllMocks().
 */
export function catchDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) downloads.push({ name: this.download, text: blob.text(), blob });
  });
  return downloads;
}

/** Everything in localStorage, key by key, sorted. */
export function storageContents(): [string, string | null][] {
  return Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index) ?? '')
    .sort()
    .map((key) => [key, localStorage.getItem(key)]);
}

/** The titles on a tool's list, in order. */
export const listTitles = () => [...document.querySelectorAll('.tool-card__title')].map((title) => (title.textContent ?? '').trim());

/** The text of an element with white space collapsed. */
export const textOf = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Body rows of a table as the texts of their cells. */
export const tableRows = (table: HTMLElement) =>
  [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => textOf(cell)));

/** The schoolscan's document as stored now, read with the tool's own store. */
export const storedScanDocument = () => documentOfEntries(scanTool, storedPairs());

/** The werkblad's document as stored now, read with the tool's own store. */
export const storedWerkbladDocument = () => documentOfEntries(werkbladTool, storedPairs());

const storedPairs = () => storageContents().map(([key, value]): [string, string] => [key, value ?? '']);

/** A file the import must refuse, and the error it must name (a key of the tool's import errors). */
export interface BadFile {
  label: string;
  name: string;
  text: string;
  code: string;
  values?: Record<string, string | number>;
}

/** The bad files both tools refuse the same way, made from a valid export of the tool. */
export function commonBadFiles(validText: string): BadFile[] {
  const valid = JSON.parse(validText) as Record<string, unknown>;
  return [
    { label: 'not JSON', name: 'geen-json.json', text: 'Dit is gewoon tekst, { geen JSON', code: 'not-json' },
    {
      label: 'version 99',
      name: 'toekomst.json',
      text: JSON.stringify({ ...valid, version: 99 }),
      code: 'newer-version',
      values: { version: 99 },
    },
    {
      label: `over ${MAX_IMPORT_LABEL}`,
      name: 'groot.json',
      text: JSON.stringify(valid).replace(/}$/, `${' '.repeat(MAX_IMPORT_BYTES)}}`),
      code: 'too-large',
    },
    { label: 'empty', name: 'leeg.json', text: '', code: 'empty' },
  ];
}

/**
 * Chooses a bad file in the import of the tool as rendered now, and checks what a user sees: the
 * tool's message for it in a box that takes focus, and nothing stored or listed changed.
 */
export async function expectRefused(
  strings: { import: { label: string; errorTitle: string; errors: Record<string, string> } },
  bad: BadFile,
) {
  const before = storageContents();
  const titles = listTitles();
  chooseFiles(await importInput(strings.import.label), [{ name: bad.name, text: bad.text }]);

  const box = await screen.findByRole('alert', { name: strings.import.errorTitle });
  const template = strings.import.errors[bad.code];
  expect(template, `a message for "${bad.code}"`).toBeDefined();
  expect(textOf(within(box).getByRole('listitem'))).toBe(
    format(template!, { file: `‘${bad.name}’`, limit: MAX_IMPORT_LABEL, ...bad.values }),
  );
  await waitFor(() => expect(document.activeElement, 'the error box has focus').toBe(box));
  expect(storageContents(), 'localStorage').toEqual(before);
  expect(listTitles(), 'the list').toEqual(titles);
}
