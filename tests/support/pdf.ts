/**
 * Printing a page to an A4 PDF in Chromium and reading it back the way a reader gets it: the text
 * of each printed page (pdftotext, poppler-utils), so tests can check what is on paper and where.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

const pdftotext = '/usr/bin/pdftotext';
/** Not execFileSync: the tests that run at the same time go on while pdftotext reads. */
const run = promisify(execFile);

export interface PrintedPdf {
  /** The text of each printed page, in order (Unicode NFKC, so ligatures read as letters). */
  pages: string[];
  /** All pages' text, whitespace collapsed to single spaces. */
  text: string;
}

/**
 * Prints the page to an A4 PDF as the browser's print dialog would, and reads its text per page.
 * `keepAs`: a path to keep a copy of the PDF at (printing again may not give the same PDF: a page
 * can change after printing, as the blank forms do).
 */
export async function printToPdf(page: Page, keepAs?: string): Promise<PrintedPdf> {
  if (!existsSync(pdftotext)) throw new Error(`${pdftotext} not found. Install poppler-utils to run the print tests.`);
  const dir = await mkdtemp(join(tmpdir(), 'welbevinden-pdf-'));
  try {
    const file = join(dir, 'page.pdf');
    const pdf = await page.pdf({ format: 'A4' });
    await writeFile(file, pdf);
    if (keepAs) await writeFile(keepAs, pdf);
    const { stdout } = await run(pdftotext, ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
    const raw = stdout.normalize('NFKC');
    // pdftotext ends every page with a form feed.
    const pages = raw.split('\f').slice(0, -1);
    return { pages, text: collapse(pages.join(' ')) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Text with every run of whitespace as one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text without any white space: how text that wraps differently on paper is compared. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * The lines of a printed page that hold content: not blank, without its running head (`head`, the
 * text the page's frame shows: print-frame.ts), which may wrap over more than one line, and without
 * its foot (the line that ends in "pagina x van y", and what of it wraps below). Throws when the
 * page does not begin with `head`: then the page carries another head than the test expects.
 */
export function sheetLines(pageText: string, head: string): string[] {
  const lines = pageText
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const wanted = squeeze(head);
  let taken = '';
  let start = 0;
  while (start < lines.length && taken !== wanted && wanted.startsWith(taken + squeeze(lines[start]!))) taken += squeeze(lines[start++]!);
  if (taken !== wanted) throw new Error(`The printed page does not begin with the head "${head}":\n${lines.slice(0, 3).join('\n')}`);
  const foot = lines.findIndex((line, index) => index >= start && /pagina \d+ van \d+$/.test(line));
  return lines.slice(start, foot === -1 ? undefined : foot);
}
