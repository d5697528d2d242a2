/**
 * Pages of the site printed as handouts, in Chromium to an A4 PDF and read back with pdftotext
 * (tests/support/pdf.ts). Every page is printed in its own test in site.test.ts, with the frame,
 * the credit by who wrote it, no near-empty sheet and all of <main> on paper
 * (tests/support/handout.ts); which pages carry a QR code is read from the files in the build
 * layer (tests/build/subpath.test.ts). Here: labels that only paper needs, the QR code as printed,
 * the 404 page's credit, and links on paper: plain black text, an external one with its address
 * after it. Run `npm run build` and `npm run build:subpath` first (the QR code needs the public
 * address of the sub-path build).
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n/nl';
import { printFrame } from '../../src/lib/print-frame';
import { qrDrawing } from '../../src/lib/qr';
import { useBrowserSuite } from '../support/browser-suite';
import { subpathBase, subpathDistDir, subpathSite } from '../support/paths';
import { collapse, printToPdf } from '../support/pdf';
import { sessionRunner } from '../support/tool-session';

const suite = useBrowserSuite();
const withSession = sessionRunner(suite);

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

/**
 * Who wrote each page is on its paper in site.test.ts (every page, tests/support/handout.ts) and
 * in words in tests/unit/print-frame.test.ts; the 404 page is not among the pages printed there.
 */
describe('who wrote what, on paper', () => {
  it('the 404 page says this site wrote it', async () => {
    await withSession({}, async ({ page }) => {
      await page.goto(suite.siteUrl('/404.html'));
      const pdf = await printToPdf(page);
      expect(collapse(pdf.pages[0]!).startsWith(printFrame('site', {}).head)).toBe(true);
      expect(collapse(pdf.pages[0]!)).toContain(`${t.site.name} · ${t.print.credit.site}.`);
      expect(pdf.text).not.toContain(t.print.qrCaption);
    });
  });
});

describe('links on paper', () => {
  for (const path of ['/onderzoek/', '/interventietypen/veerkracht/']) {
    it(`${path}: every link, the references' too, prints as plain black text, not underlined`, async () => {
      await withSession({}, async ({ page }) => {
        await page.goto(suite.siteUrl(path));
        await page.emulateMedia({ media: 'print' });
        const styles = await page.locator('main a').evaluateAll((links) =>
          links
            .filter((link) => link.checkVisibility())
            .map((link) => {
              const style = getComputedStyle(link);
              return {
                text: (link.textContent ?? '').trim().slice(0, 40),
                reference: link.closest('.citation') !== null,
                line: style.textDecorationLine,
                color: style.color,
              };
            }),
        );
        await page.emulateMedia({ media: null });
        expect(styles.filter((style) => style.reference).length, 'references that link to the literature list').toBeGreaterThan(0);
        expect(styles.filter((style) => style.line !== 'none' || style.color !== 'rgb(0, 0, 0)').map((style) => style.text)).toEqual([]);
      });
    });
  }

  it('/literatuur/: the references print without underline or colour, every one with its text', async () => {
    await withSession({}, async ({ page }) => {
      await page.goto(suite.siteUrl('/literatuur/'));
      await page.emulateMedia({ media: 'print' });
      const styles = await page
        .locator('.bibliography .citation, .bibliography .citation *')
        .evaluateAll((elements) =>
          elements.map((element) => ({ line: getComputedStyle(element).textDecorationLine, color: getComputedStyle(element).color })),
        );
      await page.emulateMedia({ media: null });
      expect(styles.length).toBeGreaterThan(48);
      expect(styles.filter((style) => style.line !== 'none' || style.color !== 'rgb(0, 0, 0)')).toEqual([]);
    });
  });

  it('an external link keeps its address after it, in brackets', async () => {
    await withSession({}, async ({ page }) => {
      await page.goto(suite.siteUrl('/interventies-vinden/'));
      const hrefs = await page.locator('main a[href^="http"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(2);
      const pdf = await printToPdf(page);
      const paper = pdf.text.replace(/\s/g, '');
      expect(hrefs.filter((href) => !paper.includes(`(${href})`))).toEqual([]);
    });
  });
});
