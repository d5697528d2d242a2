/**
 * A page of the site printed as a handout (the README's rule, "Printing"), for
 * tests/browser/site.test.ts (every page) and tests/browser/print-pages.test.ts: who wrote a page,
 * the credit its paper gives, how many sheets it may take, and the checks of one printed page.
 */
import type { ExpectStatic } from 'vitest';
import type { Page } from 'playwright-core';
import { t } from '../../src/lib/i18n/nl';
import { printFrame, type PageFrameKind } from '../../src/lib/print-frame';
import { guidancePath } from '../../src/lib/routes';
import { sourceText } from '../../src/lib/source-text';
import { contentCollections } from './content-files';
import { builtPages } from './dist';
import { collapse, printToPdf, sheetLines } from './pdf';

/** Every built page but the 404 page (its own test below); the tools' own prints are in print-tools.test.ts. */
export const handoutPaths = builtPages()
  .map((page) => page.path)
  .filter((path) => path !== '/404.html')
  .sort();

/** How many sheets a page may take: the long lists more, every other page at most three. */
const budget = (path: string): number => ({ '/literatuur/': 6, '/domeinen/': 6, '/interventietypen/': 4 })[path] ?? 3;

/** The fewest lines of content a printed page may hold (the frame not counted). */
const MIN_LINES = 3;

/** The fewest lines of content on the last sheet of a page that takes more than one: more than a few. */
const MIN_LAST_LINES = 5;

const guidance = contentCollections().guidance;

/**
 * Who wrote a page, and whether it shows the same online on any device, by the README's rule,
 * from the fields of the guidance collection: the chapters, the databanks and the literature list
 * are the guidance's; the tools print the school's documents; the pages about the site (`over`)
 * are this site's, and the search page shows what its address asks for; every other page (home,
 * domains, intervention types) this site wrote from the guidance.
 */
export function pageKind(path: string): { kind: PageFrameKind; online: boolean } {
  if (path === '/404.html') return { kind: 'site', online: false };
  const entry = guidance.find((page) => guidancePath(page) === path);
  if (!entry || entry.data.template === 'home') return { kind: 'site-on-guidance', online: true };
  if (entry.data.kind === 'hulpmiddel') return { kind: 'tool', online: false };
  if (entry.data.kind === 'over') return { kind: 'site', online: path !== '/zoeken/' };
  return { kind: 'guidance', online: true };
}

/** The credit on the first sheet, by kind, and whether the guidance is named in full after it. */
const credits: Record<PageFrameKind, { label: string; guidance: boolean }> = {
  guidance: { label: t.print.credit.guidance, guidance: true },
  site: { label: t.print.credit.site, guidance: false },
  'site-on-guidance': { label: t.print.credit.siteOnGuidance, guidance: true },
  tool: { label: t.print.credit.tool, guidance: true },
};

/**
 * What the page shows on screen but not on paper (navigation, buttons, boxes for the screen), as
 * texts that occur nowhere in what prints; and the text of <main> as printed.
 */
async function screenAndPaper(page: Page): Promise<{ screenOnly: string[]; main: string }> {
  await page.emulateMedia({ media: 'print' });
  const result = await page.evaluate(() => {
    const printed = (element: Element) => element.checkVisibility({ contentVisibilityAuto: true, opacityProperty: false });
    const main = (document.querySelector('main') as HTMLElement).innerText;
    const screenOnly = [...document.querySelectorAll('body a, body button, body summary, body label, body h2, body p, body legend')]
      .filter((element) => !printed(element) && !element.closest('.visually-hidden'))
      .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((text) => text.length > 1);
    return { main, screenOnly };
  });
  await page.emulateMedia({ media: null });
  const paper = collapse(result.main);
  const frame: readonly string[] = [t.site.name];
  return {
    main: result.main,
    screenOnly: [...new Set(result.screenOnly)].filter((text) => !paper.includes(text) && !frame.includes(text)),
  };
}

/**
 * The handout checks of the page open in `page` at `path`, printed to an A4 PDF: the frame on
 * every sheet, nothing for the screen, no near-empty sheet, all of <main> on paper.
 */
export async function checkHandout(page: Page, path: string, siteUrl: (path: string) => string, expect: ExpectStatic): Promise<void> {
  const { screenOnly, main } = await screenAndPaper(page);
  const pdf = await printToPdf(page);
  const address = siteUrl(path);

  // The frame: on every sheet the head of the page's kind, this site, the address and the page number.
  const { kind } = pageKind(path);
  const { head } = printFrame(kind, {});
  const sheets = pdf.pages.map((sheet, index) => {
    const at = `sheet ${index + 1}`;
    const text = collapse(sheet);
    expect.soft(text, `${at}: the site`).toContain(t.site.name);
    expect.soft(text.replace(/\s/g, ''), `${at}: the address`).toContain(address);
    expect.soft(text, `${at}: the page number`).toContain(`${t.print.page} ${index + 1} ${t.print.of} ${pdf.pages.length}`);
    try {
      return sheetLines(sheet, head);
    } catch (error) {
      expect.soft(null, `${at}: ${(error as Error).message}`).toBeTruthy();
      return [];
    }
  });
  // Only the guidance's own pages have it as their author in the head.
  if (kind === 'guidance') {
    for (const name of sourceText.shortOrganisations) expect.soft(head, `the head names ${name}`).toContain(name);
  } else {
    expect.soft(head.startsWith(sourceText.title), 'a head that names the guidance as its author').toBe(false);
  }
  // The first sheet says who wrote the page, and names the guidance's authors in full where it is named.
  const first = collapse(pdf.pages[0]!);
  const credit = credits[kind];
  expect.soft(first, 'who wrote it').toContain(`${t.site.name} · ${credit.label}`);
  if (kind !== 'guidance') expect.soft(first, 'not "Uit de handreiking"').not.toContain(t.print.credit.guidance);
  for (const name of sourceText.organisations) {
    if (credit.guidance) expect.soft(first, `in full: ${name}`).toContain(name);
  }

  expect.soft(pdf.pages.length, 'printed sheets').toBeLessThanOrEqual(budget(path));
  expect
    .soft(
      sheets
        .map((lines, index) => ({ index, lines }))
        .filter((sheet) => sheet.lines.length < MIN_LINES)
        .map((sheet) => `sheet ${sheet.index + 1}: ${JSON.stringify(sheet.lines)}`),
      `sheets with fewer than ${MIN_LINES} lines of content`,
    )
    .toEqual([]);
  if (sheets.length > 1) {
    expect.soft(sheets.at(-1)!.length, `lines on the last sheet: ${JSON.stringify(sheets.at(-1))}`).toBeGreaterThanOrEqual(MIN_LAST_LINES);
  }

  expect
    .soft(
      screenOnly.filter((text) => pdf.text.includes(text)),
      'screen-only text on paper',
    )
    .toEqual([]);

  // Every word of <main> is on paper (compared without spaces: the PDF breaks long addresses).
  const paper = pdf.text.replace(/\s/g, '');
  // A link's address is printed after its text, before the punctuation that follows it.
  const words = main.split(/\s+/).map((word) => word.normalize('NFKC').replace(/[.,;:!?)]+$/, ''));
  const missing = [...new Set(words.filter(Boolean))].filter((word) => !paper.includes(word));
  expect.soft(missing, 'words of <main> not on paper').toEqual([]);
}
