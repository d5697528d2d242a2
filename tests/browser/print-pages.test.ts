/**
 * Every page of the site printed as a handout, in Chromium to an A4 PDF and read back with
 * pdftotext (tests/support/pdf.ts): each printed page carries the handout frame (the guidance, its
 * authors, this site, the address, "pagina x van y"); nothing made for the screen prints; no page
 * holds a stray line or two; everything in <main> is on paper. Run `npm run build` and
 * `npm run build:subpath` first (the QR code needs the public address of the sub-path build).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { t } from '../../src/lib/i18n/nl';
import { qrDrawing } from '../../src/lib/qr';
import { sourceText } from '../../src/lib/source-text';
import { useBrowserSuite } from '../support/browser-suite';
import { builtPages } from '../support/dist';
import { subpathBase, subpathDistDir, subpathSite } from '../support/paths';
import { collapse, contentLines, printToPdf } from '../support/pdf';
import { sessionRunner, waitForIslands } from '../support/tool-session';

const suite = useBrowserSuite();
const withSession = sessionRunner(suite);

/** Every built page but the 404 page; the tools' own prints are in print-tools.test.ts. */
const paths = builtPages()
  .map((page) => page.path)
  .filter((path) => path !== '/404.html')
  .sort();

/** How many sheets a page may take: the long lists more, every other page at most three. */
const budget = (path: string): number => ({ '/literatuur/': 6, '/domeinen/': 6, '/interventietypen/': 4 })[path] ?? 3;

/** The fewest lines of content a printed page may hold (the frame not counted). */
const MIN_LINES = 3;

/** A line of the running head or foot, which every printed page carries. */
const isFrameLine = (line: string) => line.startsWith(sourceText.title) || /pagina \d+ van \d+$/.test(line) || line.startsWith(t.site.name);

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

describe('every page as a handout', () => {
  it.each(paths)(
    '%s: the frame on every sheet, nothing for the screen, no near-empty sheet, all of <main> on paper',
    async (path) => {
      await withSession({}, async ({ page }) => {
        await page.goto(suite.siteUrl(path));
        await waitForIslands(page);
        const { screenOnly, main } = await screenAndPaper(page);
        const pdf = await printToPdf(page);
        const address = suite.siteUrl(path);

        // The frame: on every sheet the guidance and its authors, this site, the address and the page number.
        pdf.pages.forEach((sheet, index) => {
          const text = collapse(sheet);
          const at = `sheet ${index + 1}`;
          expect.soft(text, `${at}: the guidance's title`).toContain(sourceText.title);
          for (const name of sourceText.shortOrganisations) expect.soft(text, `${at}: ${name}`).toContain(name);
          expect.soft(text, `${at}: the site`).toContain(t.site.name);
          expect.soft(text.replace(/\s/g, ''), `${at}: the address`).toContain(address);
          expect.soft(text, `${at}: the page number`).toContain(`${t.print.page} ${index + 1} ${t.print.of} ${pdf.pages.length}`);
        });
        // The first sheet names the authors in full.
        for (const name of sourceText.organisations) expect.soft(collapse(pdf.pages[0]!), `in full: ${name}`).toContain(name);

        expect.soft(pdf.pages.length, 'printed sheets').toBeLessThanOrEqual(budget(path));
        expect
          .soft(
            pdf.pages
              .map((sheet, index) => ({ index, lines: contentLines(sheet, isFrameLine) }))
              .filter((sheet) => sheet.lines.length < MIN_LINES)
              .map((sheet) => `sheet ${sheet.index + 1}: ${JSON.stringify(sheet.lines)}`),
            `sheets with fewer than ${MIN_LINES} lines of content`,
          )
          .toEqual([]);

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
      });
    },
    60_000,
  );
});

describe('labels that paper needs', () => {
  it('prints "Doelgroep:" before the tags of an intervention type, which the screen shows without it', async () => {
    await withSession({}, async ({ page }) => {
      await page.goto(suite.siteUrl('/interventietypen/'));
      const label = page.locator('.type-list__meta .print-visible').first();
      expect(await label.textContent()).toContain(t.interventions.audiences);
      expect((await label.boundingBox())?.width ?? 0, 'hidden on screen').toBeLessThanOrEqual(1);
      await page.emulateMedia({ media: 'print' });
      expect((await label.boundingBox())?.width ?? 0, 'shown on paper').toBeGreaterThan(10);
      await page.emulateMedia({ media: null });
      const pdf = await printToPdf(page);
      expect(pdf.text).toMatch(new RegExp(`${t.interventions.audiences}: (${Object.values(t.audiences).join('|')}), `));
    });
  });
});

describe('a QR code back to the online page', () => {
  const subpath = useBrowserSuite('index.html', { dir: subpathDistDir, base: subpathBase });
  const withSubpathSession = sessionRunner(subpath);

  it('on the first sheet of a build with a public address: the code of the page’s own address, about 18 mm wide, the address beside it', async () => {
    await withSubpathSession({}, async ({ page }) => {
      await page.goto(subpath.siteUrl('/interventietypen/veerkracht/'));
      const qr = page.locator('main .print-meta__qr');
      expect(await qr.isVisible(), 'not on screen').toBe(false);
      const drawn = await qr.locator('path').getAttribute('d');
      expect(drawn, 'the code of the public address').toBe(
        qrDrawing(new URL(`${subpathBase}interventietypen/veerkracht/`, subpathSite).href).path,
      );
      await page.emulateMedia({ media: 'print' });
      const box = await qr.boundingBox();
      expect(box?.width ?? 0, 'width in CSS px (18 mm is 68 px)').toBeGreaterThanOrEqual(60);
      await page.emulateMedia({ media: null });
      const pdf = await printToPdf(page);
      expect(collapse(pdf.pages[0]!)).toContain(t.print.qrCaption);
      expect(
        pdf.pages.slice(1).some((sheet) => sheet.includes(t.print.qrCaption)),
        'only on the first sheet',
      ).toBe(false);
    });
  });

  it('not in a build without a public address', async () => {
    await withSession({}, async ({ page }) => {
      await page.goto(suite.siteUrl('/interventietypen/veerkracht/'));
      expect(await page.locator('.print-meta__qr').count()).toBe(0);
    });
  });
});
