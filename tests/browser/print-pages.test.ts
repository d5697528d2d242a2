/**
 * Every page of the site printed as a handout, in Chromium to an A4 PDF and read back with
 * pdftotext (tests/support/pdf.ts). Each printed page carries the handout frame: a running head
 * that says truly who wrote the page (the README's rule, "Printing": the guidance for its own
 * chapters and lists, this site for the pages it wrote, with the guidance as basis where it is),
 * and at the foot this site, the address and "pagina x van y". Nothing made for the screen prints;
 * no sheet holds a stray line or two, and the last sheet more than a few; everything in <main> is
 * on paper; links print as plain black text, an external one with its address after it; a QR code
 * only leads to a page that shows the same online on any device. Run `npm run build` and
 * `npm run build:subpath` first (the QR code needs the public address of the sub-path build).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { t } from '../../src/lib/i18n/nl';
import { printFrame, type PageFrameKind } from '../../src/lib/print-frame';
import { qrDrawing } from '../../src/lib/qr';
import { guidancePath } from '../../src/lib/routes';
import { sourceText } from '../../src/lib/source-text';
import { useBrowserSuite } from '../support/browser-suite';
import { contentCollections } from '../support/content-files';
import { builtPages } from '../support/dist';
import { subpathBase, subpathDistDir, subpathSite } from '../support/paths';
import { collapse, printToPdf, sheetLines } from '../support/pdf';
import { sessionRunner, waitForIslands } from '../support/tool-session';

const suite = useBrowserSuite();
const withSession = sessionRunner(suite);

/** Every built page but the 404 page (its own test below); the tools' own prints are in print-tools.test.ts. */
const paths = builtPages()
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
function pageKind(path: string): { kind: PageFrameKind; online: boolean } {
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
          expect
            .soft(sheets.at(-1)!.length, `lines on the last sheet: ${JSON.stringify(sheets.at(-1))}`)
            .toBeGreaterThanOrEqual(MIN_LAST_LINES);
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

  it('only where the online page shows the same to anyone: not on the tools, the search page or the 404 page', () => {
    const pages = builtPages(subpathDistDir);
    expect(pages.length).toBeGreaterThan(30);
    const wrong = pages.flatMap(({ path, document }) => {
      const has = document.querySelectorAll('.print-meta__qr').length > 0;
      const should = pageKind(path).online;
      return has === should ? [] : [`${path}: ${has ? 'a QR code' : 'no QR code'}`];
    });
    expect(wrong).toEqual([]);
    expect(pages.filter(({ document }) => document.querySelector('.print-meta__qr')).length, 'pages with a code').toBeGreaterThan(30);
  });

  it('not in a build without a public address', async () => {
    await withSession({}, async ({ page }) => {
      await page.goto(suite.siteUrl('/interventietypen/veerkracht/'));
      expect(await page.locator('.print-meta__qr').count()).toBe(0);
    });
  });
});

describe('who wrote what, on paper', () => {
  it('a chapter of the guidance names the guidance and its authors on every sheet', async () => {
    await withSession({}, async ({ page }) => {
      await page.goto(suite.siteUrl('/onderzoek/'));
      const pdf = await printToPdf(page);
      expect(pdf.pages.length).toBeGreaterThan(1);
      for (const sheet of pdf.pages)
        expect(collapse(sheet).startsWith(`${sourceText.title} · Trimbos-instituut, NIP, NJi, NCJ en Pharos`)).toBe(true);
      expect(collapse(pdf.pages[0]!)).toContain(`${t.site.name} · Uit de handreiking ${sourceText.title} van Trimbos-instituut`);
    });
  });

  it('the colofon says this site wrote it, and does not name the guidance as its author', async () => {
    await withSession({}, async ({ page }) => {
      await page.goto(suite.siteUrl('/colofon/'));
      const pdf = await printToPdf(page);
      for (const sheet of pdf.pages) {
        expect(collapse(sheet).startsWith('Tekst van de site Welbevinden van leerlingen')).toBe(true);
        expect(collapse(sheet).startsWith(sourceText.title)).toBe(false);
      }
      expect(collapse(pdf.pages[0]!)).toContain(`${t.site.name} · Tekst van deze site.`);
      expect(pdf.text).not.toContain('Uit de handreiking');
    });
  });

  it('a domain page says this site wrote it on the basis of the guidance', async () => {
    await withSession({}, async ({ page }) => {
      await page.goto(suite.siteUrl('/domeinen/energie/'));
      const pdf = await printToPdf(page);
      expect(
        collapse(pdf.pages[0]!).startsWith(
          'Tekst van de site Welbevinden van leerlingen, op basis van de handreiking van Trimbos-instituut',
        ),
      ).toBe(true);
      expect(pdf.text).not.toContain('Uit de handreiking');
    });
  });

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
