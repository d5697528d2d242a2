/**
 * The tools on paper: the scan result, the plan van aanpak, one worksheet and both blank forms
 * (with and without JavaScript), each printed to an A4 PDF in Chromium and read back per page.
 * Every print is the school's document: its running head names it ("Plan van aanpak · <school>")
 * and this site as its maker, with the guidance as basis, never as author; it has no QR code (the
 * tool online holds nothing on another device). It carries the rest of the frame (the address,
 * "pagina 1 van"), no screen controls or screen text, stays within its page budget, has no page
 * with fewer than three lines of content and no last page with only a few, and holds everything a
 * colleague needs: every note, the chosen types with this site's reasons, the databanks'
 * addresses, each worksheet on a page of its own, lines to write on where nothing was filled in,
 * the domains not rated yet on one line. Run `npm run build` and `npm run build:subpath` first.
 * With PRINT_TOOLS_PDF_DIR set, the PDFs are kept there.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { t } from '../../src/lib/i18n/nl';
import { printFrame } from '../../src/lib/print-frame';
import { sourceText } from '../../src/lib/source-text';
import { SCAN_STORAGE_KEY } from '../../src/lib/scan/tool';
import { WERKBLAD_STORAGE_KEY } from '../../src/lib/werkblad/tool';
import { databankLinksFor } from '../../src/lib/scan/catalogue';
import { typesByConcern } from '../../src/lib/scan/analysis';
import type { Rating } from '../../src/lib/scan/ratings';
import { useBrowserSuite } from '../support/browser-suite';
import { contentCatalogue } from '../support/scan-catalogue';
import { makeScan, storedDocumentText } from '../support/scan-files';
import { contentPartners, contentQuestions, makeWorksheet, storedWerkbladText } from '../support/werkblad-files';
import { subpathBase, subpathDistDir } from '../support/paths';
import { collapse, printToPdf, sheetLines, squeeze, type PrintedPdf } from '../support/pdf';
import { sessionRunner, viewHeading } from '../support/tool-session';

const suite = useBrowserSuite();
const withSession = sessionRunner(suite);
const siteUrl = suite.siteUrl;
const catalogue = contentCatalogue();
const domains = catalogue.domains;
const questions = contentQuestions();
const partners = contentPartners();

/**
 * Printed pages at most, per print: what these examples print in Chromium (8, 4, 2, 3 and 2
 * pages), plus room for a font that sets wider than Chromium's default, and no more.
 */
const budgets = {
  /** 11 domains with two 600-character notes each, all 13 types chosen with their reasons. */
  longResult: 10,
  /** The title and the scan summary, then two worksheets, one filled in and one nearly empty. */
  planTwoSheets: 5,
  /** One worksheet, every answer filled in. */
  oneSheet: 2,
  /** The blank scan: 11 domains with boxes and lines. */
  blankScan: 3,
  /** The blank worksheet: five questions, partners, actions. */
  blankWorksheet: 2,
};

/** The running head of a tool's document: what it is and whose, then this site as its maker (print-frame.ts). */
const documentHead = (name: string, detail?: string) => printFrame('document', { name, detail }).head;

/** The fewest lines of content on the last page of a print that takes more than one: more than a few. */
const MIN_LAST_LINES = 5;

/** Prints the page; keeps the PDF in PRINT_TOOLS_PDF_DIR when set, to look at its pages. */
async function print(page: Page, name: string): Promise<PrintedPdf> {
  const dir = process.env.PRINT_TOOLS_PDF_DIR;
  if (dir) await mkdir(dir, { recursive: true });
  const printed = await printToPdf(page, dir ? join(dir, `${name}.pdf`) : undefined);
  console.log(`print-tools: ${name}: ${printed.pages.length} pages`);
  return printed;
}

/** The content of all pages without the frame, squeezed: text that runs over a page break reads on. */
const contentOf = (pdf: PrintedPdf, head: string) => squeeze(pdf.pages.map((text) => sheetLines(text, head).join('\n')).join('\n'));

/**
 * Labels of the screen's controls and navigation, which must not be on paper; the page's own title
 * (a menu item too) is printed at the top, so it is left out.
 */
async function screenControls(page: Page): Promise<string[]> {
  const title = ((await page.locator('h1').textContent()) ?? '').trim();
  const labels = await page
    .locator('main button, main nav a, main a.button, header a, header button, footer a')
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
  return [...new Set(labels)].filter((label) => label.length >= 8 && label !== title);
}

/** What every tool print carries, and what none may. */
async function expectHandout(
  pdf: PrintedPdf,
  { path, head, budget, controls }: { path: string; head: string; budget: number; controls: string[] },
) {
  // The school's document, made with this site on the basis of the guidance: the guidance is never its author.
  const pages = pdf.pages.map((text) => sheetLines(text, head));
  expect(head.startsWith(sourceText.title), 'a head that names the guidance as author').toBe(false);
  expect(head, 'the site that made it').toContain(`Gemaakt met de site ${t.site.name}, op basis van de handreiking van`);
  for (const organisation of sourceText.shortOrganisations)
    expect(head, `the guidance's author ${organisation}, as basis`).toContain(organisation);
  expect(pdf.text, 'not "Uit de handreiking"').not.toContain(t.print.credit.guidance);
  expect(collapse(pdf.pages[0]!), 'who made it, on the first page').toContain(
    `${t.site.name} · ${t.print.credit.tool} ${sourceText.title}`,
  );
  expect(pdf.text, 'no QR code').not.toContain(t.print.qrCaption);
  expect(squeeze(pdf.text), 'the page address').toContain(squeeze(siteUrl(path)));
  expect(pdf.text, 'page numbers').toContain('pagina 1 van');
  expect(pdf.pages.length, 'printed pages').toBeLessThanOrEqual(budget);
  const thin = pages
    .map((lines, index) => ({ page: index + 1, lines }))
    .filter(({ lines }) => lines.length < 3)
    .map(({ page, lines }) => `page ${page}: ${JSON.stringify(lines)}`);
  expect(thin, 'pages with fewer than three lines of content').toEqual([]);
  if (pages.length > 1)
    expect(pages.at(-1)!.length, `lines on the last page: ${JSON.stringify(pages.at(-1))}`).toBeGreaterThanOrEqual(MIN_LAST_LINES);
  const printedControls = controls.filter((label) => pdf.text.includes(label));
  expect(printedControls, 'button labels and navigation on paper').toEqual([]);
  expect(pdf.text.toLowerCase(), 'no "nog niet ingevuld"').not.toContain('nog niet ingevuld');
  expect(pdf.text.toLowerCase(), 'no "nog niet beantwoord"').not.toContain('nog niet beantwoord');
}

async function seed(page: Page, storage: Record<string, string>): Promise<void> {
  await page.goto(siteUrl('/onderzoek/'));
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, Object.entries(storage));
}

/** window.print() records what was set to print instead of opening a dialog; the test prints itself. */
async function stubPrint(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { printCalls: string[] };
    w.printCalls = [];
    window.print = () => {
      w.printCalls.push(document.documentElement.dataset.printBlank ?? '');
    };
  });
}
const printCalls = (page: Page) => page.evaluate(() => (window as unknown as { printCalls: string[] }).printCalls);

/** Distinct text of about `length` characters, so that each note can be found on its own. */
function markedText(marker: string, length: number): string {
  let text = `${marker} begint hier.`;
  for (let word = 1; text.length < length - 12; word += 1) text += ` ${marker}w${word}`;
  return `${text} ${marker} eindigt.`;
}

/** True when the words of `expected` that carry its marker (its first word) appear in `printed` complete and in order. */
function wordsInOrder(printed: string, expected: string): boolean {
  const marker = expected.split(' ')[0]!;
  const own = (words: string[]) => words.filter((word) => word.startsWith(marker));
  const want = own(expected.split(/\s+/));
  const all = printed.split(/\s+/);
  const start = all.indexOf(want[0]!);
  return start !== -1 && own(all.slice(start)).slice(0, want.length).join(' ') === want.join(' ');
}

// The long scan: every domain of concern, both notes of 600 characters, every type chosen.
const longRatings = Object.fromEntries(domains.map((domain, index) => [domain.id, (['grote', 'enige'] as const)[index % 2]!])) as Record<
  string,
  Rating
>;
const longScan = makeScan(catalogue, {
  id: 'afdruklang',
  title: 'Groep 7 en 8 van basisschool De Regenboog, locatie Zuid, najaar 2026',
  level: 'klas',
  schoolType: 'po',
  date: '2026-11-26',
  role: 'Intern begeleider en zorgcoördinator van de bovenbouw',
  ratings: longRatings,
  notes: Object.fromEntries(
    domains.map((domain, index) => [domain.id, { seen: markedText(`Zien${index}`, 600), going: markedText(`Goed${index}`, 600) }]),
  ),
  chosen: catalogue.interventions.map((type) => type.id),
  createdAt: '2026-11-26T09:00:00.000Z',
});

/** The two blank forms: the tool, its list view with the button, and what the form holds. */
const blanks = [
  {
    tool: 'schoolscan',
    path: '/schoolscan/',
    heading: S.views.list,
    button: S.blank.button,
    paperHeading: S.paper.heading,
    budget: budgets.blankScan,
    expected: [...domains.map((domain) => domain.label), ...Object.values(S.rating.options), S.paper.roleLine],
  },
  {
    tool: 'werkblad',
    path: '/werkblad/',
    heading: W.views.list,
    button: W.blank.button,
    paperHeading: W.paper.heading,
    budget: budgets.blankWorksheet,
    expected: [...questions.map((question) => question.text), ...partners.map((partner) => partner.label), W.worksheet.actionsHeading],
  },
] as const;

/**
 * What a tool page shows around its form for the screen: the page's intro, every link and button
 * (the page's and the header's and footer's), the hint beside "Lege scan afdrukken", the privacy
 * line about the browser, the explanation without JavaScript, the page's dates. The first 50
 * characters of each; the page's title, which the form's heading repeats, left out.
 */
async function screenTexts(page: Page): Promise<string[]> {
  const title = ((await page.locator('h1').textContent()) ?? '').trim();
  const texts = await page
    .locator(
      'main .content > p, main a, main button, header a, header button, footer a, .blank-print__hint, .paper-privacy, .paper-form__no-script, .page-dates',
    )
    .evaluateAll((elements) => elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()));
  return [...new Set(texts)].filter((text) => text.length >= 8 && text !== title).map((text) => text.slice(0, 50));
}

/** A blank form on paper: the form, under its own head, and none of the page's screen text. */
function expectOnlyTheForm(pdf: PrintedPdf, head: string, blank: (typeof blanks)[number], screen: string[]): void {
  const content = contentOf(pdf, head);
  expect(pdf.text).toContain(blank.paperHeading);
  expect(
    blank.expected.filter((text) => !content.includes(squeeze(text))),
    'on the blank form',
  ).toEqual([]);
  expect(screen.length, 'screen texts to look for').toBeGreaterThan(5);
  expect(pdf.text, 'the privacy line about the browser').not.toContain('blijft op dit apparaat');
  expect(
    screen.filter((text) => collapse(pdf.text).includes(text)),
    'screen text on paper',
  ).toEqual([]);
}

describe('tool prints', () => {
  it('the scan result with long data: every note stacked, "Ingevuld door", the chosen types with the site’s reasons, the databanks’ addresses', async () => {
    await withSession({}, async ({ page }) => {
      await seed(page, { [SCAN_STORAGE_KEY]: storedDocumentText([longScan]) });
      await page.goto(siteUrl(`/schoolscan/#scan/${longScan.id}/resultaat`));
      await viewHeading(page, `${S.views.result}: ${longScan.title}`).waitFor();
      const controls = await screenControls(page);
      const pdf = await print(page, 'scan-resultaat-lang');
      const head = documentHead(S.nav.label, longScan.title);
      await expectHandout(pdf, { path: '/schoolscan/', head, budget: budgets.longResult, controls });

      const content = contentOf(pdf, head);
      expect(pdf.text, 'who filled it in, under its printed name').toContain(`${S.print.role}`);
      expect(pdf.text, 'not the form label').not.toContain(S.details.role);
      expect(content, 'the role').toContain(squeeze(longScan.role));
      const missingNotes = Object.values(longScan.domains).flatMap((answer) =>
        [answer.seen, answer.going].filter((note) => !content.includes(squeeze(note))).map((note) => note.slice(0, 12)),
      );
      expect(missingNotes, 'notes not printed in full').toEqual([]);
      // Note headings on one line each: a stacked layout, not narrow columns.
      const lines = pdf.pages.flatMap((text) => sheetLines(text, head));
      expect(
        lines.filter((line) => line === S.rating.going || line.startsWith(`${S.rating.going} `)).length,
        `"${S.rating.going}" lines`,
      ).toBe(domains.length);

      expect(pdf.text, 'the site’s choice, said as such').toContain(S.print.chosenIntro);
      const missingReasons = typesByConcern(longScan, catalogue).flatMap(({ type, domains: fits }) => [
        ...(content.includes(squeeze(type.title)) ? [] : [type.title]),
        ...fits.filter(({ rationale }) => !content.includes(squeeze(rationale))).map(({ domain }) => `${type.title} / ${domain.label}`),
      ]);
      expect(missingReasons, 'chosen types and their reasons').toEqual([]);
      const missingUrls = databankLinksFor(catalogue, longScan.schoolType)
        .map((link) => link.url)
        .filter((url) => !content.includes(squeeze(url)));
      expect(missingUrls, 'databank addresses spelled out').toEqual([]);
    });
  }, 90_000);

  it('the plan van aanpak with two worksheets: school, date, source, the team’s notes, each worksheet on a new page, lines for what is empty', async () => {
    await withSession({}, async ({ page }) => {
      const ratings: Record<string, Rating> = { aanwezigheid: 'grote', energie: 'enige', motivatie: 'grote', concentratie: 'geen' };
      const notes = {
        aanwezigheid: { seen: 'Op maandag ontbreken vaak vier of vijf leerlingen.', going: 'Ouders bellen de school op tijd.' },
        energie: { seen: 'Na de middagpauze hangen veel leerlingen over hun tafel.', going: '' },
        concentratie: { seen: '', going: 'Het stille uur op vrijdag loopt goed.' },
      };
      const scan = makeScan(catalogue, {
        id: 'planscan',
        title: 'Groep 6, voorjaar',
        date: '2027-01-20',
        ratings,
        notes,
        chosen: ['klassenmanagement', 'stressmanagement'],
      });
      const full = makeWorksheet({
        id: 'planvol',
        title: catalogue.interventions.find((type) => type.id === 'klassenmanagement')!.title,
        typeId: 'klassenmanagement',
        scanId: scan.id,
        domains: ['aanwezigheid', 'motivatie'],
        answers: Object.fromEntries(questions.map((question, index) => [question.id, markedText(`Antwoord${index}`, 500)])),
        partners: ['gemeente', 'ouders'],
        actions: [1, 2, 3, 4].map((n) => ({ what: markedText(`Actie${n}`, 160), who: 'Intern begeleider', when: 'Voor de zomervakantie' })),
        status: 'loopt',
      });
      const empty = makeWorksheet({
        id: 'planleeg',
        title: catalogue.interventions.find((type) => type.id === 'stressmanagement')!.title,
        typeId: 'stressmanagement',
        scanId: scan.id,
        domains: ['energie'],
        answers: { [questions[0]!.id]: 'Een les per week in de eerste periode.' },
      });
      await seed(page, {
        [SCAN_STORAGE_KEY]: storedDocumentText([scan]),
        [WERKBLAD_STORAGE_KEY]: storedWerkbladText([full, empty], {
          school: '',
          date: '2027-03-15',
          scanId: null,
          updatedAt: '2027-03-15T09:00:00.000Z',
        }),
      });
      await page.goto(siteUrl('/werkblad/#plan'));
      await viewHeading(page, W.views.plan).waitFor();
      // The scans are read after the first render: wait until the summary shows this one.
      await page.locator('.plan-scan', { hasText: scan.title }).waitFor({ state: 'attached' });
      const controls = await screenControls(page);
      const pdf = await print(page, 'plan-twee-werkbladen');
      // No school filled in: the plan is named without one.
      const head = documentHead(W.plan.title);
      await expectHandout(pdf, { path: '/werkblad/', head, budget: budgets.planTwoSheets, controls });

      const first = collapse(pdf.pages[0]!);
      expect(first, 'title').toContain(W.plan.title);
      expect(first, 'a line to write the school on').toContain(W.plan.school);
      expect(first, 'the date').toContain('15 maart 2027');
      expect(first, 'the source').toContain(sourceText.title);
      const content = contentOf(pdf, head);
      for (const text of Object.values(notes)
        .flatMap((note) => [note.seen, note.going])
        .filter(Boolean)) {
        expect(content, `the team’s note "${text.slice(0, 30)}"`).toContain(squeeze(text));
      }
      for (const sheet of [full, empty]) {
        const starts = pdf.pages.map((text) => squeeze(sheetLines(text, head).join('')).startsWith(squeeze(sheet.title)));
        expect(starts.indexOf(true), `"${sheet.title}" starts a page`).toBeGreaterThan(0);
      }
      const missing = [
        ...Object.values(full.answers).filter((text) => !content.includes(squeeze(text))),
        // A table cell's lines are interleaved with its neighbours' by pdftotext: its own words, in order.
        ...full.actions.map((action) => action.what).filter((text) => !wordsInOrder(pdf.text, text)),
      ];
      expect(missing, 'answers and actions in full').toEqual([]);
      // The empty worksheet: every partner to tick, lines under the open questions, rows for actions.
      const emptyPage = pdf.pages.find((text) => squeeze(sheetLines(text, head).join('')).startsWith(squeeze(empty.title)))!;
      for (const partner of partners) expect(squeeze(emptyPage), `partner "${partner.label}" to tick`).toContain(squeeze(partner.label));
      // The domains not rated yet: one line, in the source's order, not a row each.
      const unrated = domains.filter((domain) => !(domain.id in ratings)).map((domain) => domain.label);
      expect(unrated.length).toBeGreaterThan(3);
      expect(squeeze(pdf.text), 'one line of domains not rated yet').toContain(squeeze(`${S.result.noRating}: ${unrated.join(', ')}`));
      expect(pdf.text.split(S.result.noRating).length - 1, `"${S.result.noRating}" once`).toBe(1);
    });
  }, 90_000);

  it('one worksheet prints on its own with the frame and without the form', async () => {
    await withSession({}, async ({ page }) => {
      const sheet = makeWorksheet({
        id: 'eenblad',
        title: 'Rots en Water',
        answers: Object.fromEntries(questions.map((question, index) => [question.id, markedText(`Los${index}`, 400)])),
        partners: ['jeugdhulp'],
        actions: [{ what: 'Trainers uitnodigen', who: 'Directie', when: 'Maart' }],
        status: 'gepland',
      });
      await seed(page, { [WERKBLAD_STORAGE_KEY]: storedWerkbladText([sheet]) });
      await page.goto(siteUrl(`/werkblad/#werkblad/${sheet.id}`));
      await viewHeading(page, sheet.title).waitFor();
      const controls = await screenControls(page);
      const pdf = await print(page, 'een-werkblad');
      const head = documentHead(W.nav.label, sheet.title);
      await expectHandout(pdf, { path: '/werkblad/', head, budget: budgets.oneSheet, controls });
      const content = contentOf(pdf, head);
      const missing = Object.values(sheet.answers).filter((text) => !content.includes(squeeze(text)));
      expect(missing, 'answers in full').toEqual([]);
      expect(content).toContain(squeeze('Trainers uitnodigen'));
    });
  }, 60_000);

  for (const blank of blanks) {
    it(`"${blank.button}" prints the paper form of the ${blank.tool} and nothing for the screen, and the page is as it was afterwards`, async () => {
      await withSession({}, async ({ context, page }) => {
        await stubPrint(context);
        await page.goto(siteUrl(blank.path));
        await viewHeading(page, blank.heading).waitFor();
        const controls = await screenControls(page);
        const screen = await screenTexts(page);
        const button = page.getByRole('button', { name: blank.button, exact: true });
        await button.click();
        expect(await printCalls(page), 'window.print() called once, with the blank form set to print').toEqual([blank.tool]);
        const pdf = await print(page, `leeg-${blank.tool}`);
        const head = documentHead(blank.paperHeading);
        await expectHandout(pdf, { path: blank.path, head, budget: blank.budget, controls });
        expectOnlyTheForm(pdf, head, blank, screen);
        // After printing (afterprint): the blank form is gone from the screen and from the next print.
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset.printBlank ?? '')).toBe('');
        expect(await page.getByRole('heading', { name: blank.paperHeading, exact: true }).isVisible()).toBe(false);
        expect(await button.evaluate((element) => element === document.activeElement), 'focus stays on the button').toBe(true);
      });
    }, 60_000);

    it(`without JavaScript the ${blank.tool} page prints its paper form and nothing for the screen`, async () => {
      await withSession({ javaScriptEnabled: false }, async ({ page }) => {
        await page.goto(siteUrl(blank.path));
        await page.getByRole('heading', { name: blank.paperHeading, exact: true }).waitFor();
        const screen = await screenTexts(page);
        const pdf = await print(page, `leeg-${blank.tool}-zonder-javascript`);
        const head = documentHead(blank.paperHeading);
        expect(pdf.pages.length, 'printed pages').toBeLessThanOrEqual(blank.budget);
        expect(collapse(pdf.pages[0]!), 'who made it').toContain(`${t.site.name} · ${t.print.credit.tool} ${sourceText.title}`);
        expect(pdf.text, 'no QR code').not.toContain(t.print.qrCaption);
        expectOnlyTheForm(pdf, head, blank, screen);
      });
    }, 60_000);
  }
});

describe('tool prints from a build with a public address', () => {
  const subpath = useBrowserSuite('index.html', { dir: subpathDistDir, base: subpathBase });
  const withSubpathSession = sessionRunner(subpath);

  it('the plan van aanpak names the plan and the school in the head of every page, has no QR code and one line for the domains not rated yet', async () => {
    await withSubpathSession({}, async ({ page }) => {
      const ratings: Record<string, Rating> = { energie: 'grote', motivatie: 'enige' };
      const scan = makeScan(catalogue, { id: 'planschool', title: 'Klas 2b', ratings, chosen: ['stressmanagement'] });
      const sheet = makeWorksheet({ id: 'planschoolblad', title: 'Stressmanagement', typeId: 'stressmanagement', scanId: scan.id });
      const school = 'Het Baken, vo-school voor havo en vwo';
      await page.goto(subpath.siteUrl('/onderzoek/'));
      await page.evaluate(
        (entries) => {
          localStorage.clear();
          for (const [key, value] of entries) localStorage.setItem(key, value);
        },
        Object.entries({
          [SCAN_STORAGE_KEY]: storedDocumentText([scan]),
          [WERKBLAD_STORAGE_KEY]: storedWerkbladText([sheet], {
            school,
            date: '2027-03-15',
            scanId: scan.id,
            updatedAt: '2027-03-15T09:00:00.000Z',
          }),
        }),
      );
      await page.goto(subpath.siteUrl('/werkblad/#plan'));
      await viewHeading(page, W.views.plan).waitFor();
      await page.locator('.plan-scan', { hasText: scan.title }).waitFor({ state: 'attached' });
      expect(await page.locator('.print-meta__qr').count(), 'no QR code on the page').toBe(0);
      const pdf = await print(page, 'plan-met-school');

      const head = documentHead(W.plan.title, school);
      expect(head.startsWith(`${W.plan.title} · ${school} · Gemaakt met de site ${t.site.name}`)).toBe(true);
      for (const text of pdf.pages) sheetLines(text, head);
      expect(pdf.text, 'not "Uit de handreiking"').not.toContain(t.print.credit.guidance);
      expect(pdf.text, 'no QR code').not.toContain(t.print.qrCaption);
      const unrated = domains.filter((domain) => !(domain.id in ratings)).map((domain) => domain.label);
      expect(squeeze(pdf.text), 'one line of domains not rated yet').toContain(squeeze(`${S.result.noRating}: ${unrated.join(', ')}`));
      expect(pdf.text.split(S.result.noRating).length - 1, `"${S.result.noRating}" once`).toBe(1);
    });
  }, 60_000);

  it('a title that holds CSS prints as the title: the head cannot be broken out of', async () => {
    await withSubpathSession({}, async ({ page }) => {
      const title = 'Groep "7" \\ }; :root{--print-source:"gekaapt"} /* \' 8';
      const scan = makeScan(catalogue, { id: 'afdrukcss', title, ratings: { energie: 'grote' } });
      await page.goto(subpath.siteUrl('/onderzoek/'));
      await page.evaluate(
        ([key, value]) => {
          localStorage.clear();
          localStorage.setItem(key, value);
        },
        [SCAN_STORAGE_KEY, storedDocumentText([scan])] as const,
      );
      await page.goto(subpath.siteUrl(`/schoolscan/#scan/${scan.id}/resultaat`));
      await viewHeading(page, `${S.views.result}: ${scan.title}`).waitFor();
      const pdf = await print(page, 'scan-titel-met-css');
      const head = documentHead(S.nav.label, title);
      // Every page begins with the head as written: the title whole, nothing after it taken as CSS.
      for (const text of pdf.pages) sheetLines(text, head);
      // The scan has ten domains without a rating: one line, not ten rows.
      expect(pdf.text.split(S.result.noRating).length - 1, `"${S.result.noRating}" once`).toBe(1);
    });
  }, 60_000);
});
