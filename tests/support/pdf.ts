/**
 * Printing a page to an A4 PDF in Chromium and reading it back the way a reader gets it: the text
 * of each printed page (pdftotext, poppler-utils), so tests can check what is on paper and where.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const pdftotext = '/usr/bin/pdftotext';

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
    const raw = execFileSync(pdftotext, ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).normalize('NFKC');
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

/**
 * The lines of a printed page that hold content: not blank, and not a line of the handout frame
 * (the running head and foot that every page carries), recognised by `isFrameLine`.
 */
export function contentLines(pageText: string, isFrameLine: (line: string) => boolean): string[] {
  return pageText
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !isFrameLine(line));
}
