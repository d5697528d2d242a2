/**
 * The journeys of PRODUCT.md, end to end in Chromium on the built site, counted in actions (a
 * click, a tap, a choice; typing and rating are not counted): a mentor with a worry on a phone,
 * from the home page to a printed plan van aanpak, and a team of three whose coordinator brings
 * the members' scans together and goes on to the plan. On every view on the way there is a next
 * step. Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { t } from '../../src/lib/i18n/nl';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import type { Rating } from '../../src/lib/scan/ratings';
import { format, plural } from '../../src/lib/text';
import { useBrowserSuite } from '../support/browser-suite';
import { catalogueLookup, contentCatalogue } from '../support/scan-catalogue';
import { SchoolscanPage } from '../support/schoolscan-page';
import { importField, sessionRunner } from '../support/tool-session';
import { WerkbladPage } from '../support/werkblad-page';

const suite = useBrowserSuite();
const withSession = sessionRunner(suite);
const siteUrl = suite.siteUrl;
const catalogue = contentCatalogue();
const pdftotext = '/usr/bin/pdftotext';
const PHONE = { width: 360, height: 740 };
/** PRODUCT.md, journey 1: at most 12 actions besides typing and rating. */
const MAX_ACTIONS = 12;

const { domain, typeTitle } = catalogueLookup(catalogue);

/** Counts what a user does; typing and rating are done outside it. */
function actionCounter() {
  const done: string[] = [];
  return {
    done,
    async act(what: string, action: () => Promise<unknown>): Promise<void> {
      done.push(what);
      await action();
    },
  };
}

/** Every view on the way offers a next step: a visible primary button or link in the main content. */
async function expectNextStep(page: Page, view: string): Promise<void> {
  const primary = page.locator('main').locator('a.button:not(.button--secondary), button.button:not(.button--secondary)');
  await expect.poll(async () => (await primary.filter({ visible: true }).count()) > 0, { message: `${view}: a next step` }).toBe(true);
}

/** window.print() is counted instead of opening a dialog; the test prints to PDF itself. */
async function countPrints(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed += 1;
    };
  });
}

async function printedText(page: Page, name: string): Promise<string> {
  if (!existsSync(pdftotext)) throw new Error(`${pdftotext} not found. Install poppler-utils to run the print tests.`);
  const dir = await mkdtemp(join(tmpdir(), 'reis-'));
  try {
    const file = join(dir, name);
    await writeFile(file, await page.pdf({ format: 'A4' }));
    return execFileSync(pdftotext, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** From the result: the worksheets, the first one answered, the plan printed. */
async function worksheetsToPrintedPlan(
  page: Page,
  act: ReturnType<typeof actionCounter>['act'],
  scanTitle: string,
  chosen: readonly string[],
): Promise<string> {
  await act('Maak werkbladen', () =>
    page
      .getByRole('link', { name: plural(chosen.length, S.result.nextMake), exact: true })
      .first()
      .click(),
  );
  const werkblad = new WerkbladPage(page, siteUrl);
  const first = typeTitle(chosen[0]!);
  if (chosen.length > 1) {
    await werkblad.heading(format(W.fromScan.title, { title: scanTitle })).waitFor();
    await expect.poll(() => page.locator('.from-scan .tool-card__title').allTextContents()).toEqual(chosen.map(typeTitle));
    await expectNextStep(page, 'the worksheets of the scan');
    await act(`Open ‘${first}’`, () =>
      page.getByRole('link', { name: format(W.fromScan.openFirst, { title: first }), exact: true }).click(),
    );
  }
  // One worksheet made opens at once: no page in between.
  await werkblad.heading(first).waitFor();
  await werkblad.answerField(1).fill('We starten na de herfstvakantie in alle groepen 7 en 8.');
  await expect.poll(() => werkblad.autosaveStatus().textContent()).toMatch(/^Automatisch opgeslagen op dit apparaat, \d\d:\d\d\.$/);
  await expectNextStep(page, 'a worksheet');

  await act('Naar het plan van aanpak', () => werkblad.toPlan());
  await page.getByLabel(W.plan.school, { exact: true }).fill('De Regenboog');
  await expectNextStep(page, 'the plan');
  await act('Plan van aanpak afdrukken', () => page.getByRole('button', { name: W.plan.print, exact: true }).click());
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  return printedText(page, 'plan.pdf');
}

describe('journey 1: a mentor with a worry, on a phone', () => {
  it(`goes from the home page to a printed plan van aanpak in at most ${MAX_ACTIONS} actions, with a next step on every view`, async () => {
    await withSession({ viewport: PHONE }, async ({ context, page }) => {
      await countPrints(context);
      const { done, act } = actionCounter();
      const scan = new SchoolscanPage(page, siteUrl);
      const scanTitle = 'Groep 8, somber en ongemotiveerd';

      // "Veel leerlingen in mijn klas zijn somber en ongemotiveerd."
      await page.goto(siteUrl('/'));
      await expectNextStep(page, 'the home page');
      const worry = page.locator('summary', { hasText: /somber/i });
      await act('the worry "somber"', () => worry.click());
      const concern = page.locator('details[open]');
      expect(await concern.getByRole('link', { name: domain('algemene-stemming').label, exact: true }).isVisible()).toBe(true);
      await act(t.home.concernToScan, () => concern.getByRole('link', { name: t.home.concernToScan, exact: true }).click());

      await scan.heading(S.views.create).waitFor();
      await expectNextStep(page, 'the new-scan form');
      await page.getByLabel(S.details.title, { exact: true }).fill(scanTitle);
      await act('level', () => page.getByRole('radio', { name: S.details.levels.klas, exact: true }).check());
      await act('school type', () => page.getByRole('radio', { name: S.details.schoolTypes.po, exact: true }).check());
      await act(S.details.start, () => scan.startButton().click());

      await scan.heading(scanTitle).waitFor();
      await expectNextStep(page, 'the rating view');
      await scan.rate('algemene-stemming', 'grote');
      await scan.rate('motivatie', 'grote');
      await scan.rate('energie', 'geen');
      await act(S.nav.toResult, () => scan.toResult(scanTitle));

      // The type that fits both worries comes first, saying so.
      const both = catalogue.interventions
        .map((type) => type.id)
        .filter((id) => ['algemene-stemming', 'motivatie'].every((d) => domain(d).interventions.some((link) => link.type === id)));
      expect(both.length, 'the content links a type to both domains').toBeGreaterThan(0);
      const firstOffered = page.locator('.suggestion').first();
      expect(await firstOffered.locator('label').textContent()).toBe(typeTitle(both[0]!));
      expect(await firstOffered.locator('.suggestion__fits').textContent()).toBe(
        format(S.result.fits, { domains: `${domain('motivatie').label} ${S.result.and} ${domain('algemene-stemming').label}` }),
      );
      await act(`choose ${typeTitle(both[0]!)}`, () => scan.typeCheckbox(typeTitle(both[0]!)).check());
      await expectNextStep(page, 'the result');

      const plan = await worksheetsToPrintedPlan(page, act, scanTitle, [both[0]!]);
      expect(plan).toContain(W.plan.title);
      expect(plan).toContain('De Regenboog');
      expect(plan).toContain(scanTitle);
      expect(plan).toContain('We starten na de herfstvakantie in alle groepen 7 en 8.');

      console.log(`journey 1: ${done.length} actions from / to a printed plan: ${done.join(' → ')}`);
      expect(done.length, done.join(' → ')).toBeLessThanOrEqual(MAX_ACTIONS);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling at 360 px').toBeLessThanOrEqual(
        PHONE.width,
      );
    });
  });
});

describe('journey 2: a team of three', () => {
  it('brings three members’ scans together, shows where they differ, and goes on to the plan, with a next step on every view', async () => {
    // Each member on their own device: a scan, downloaded as a file.
    const members: { role: string; ratings: Record<string, Rating> }[] = [
      { role: 'Mentor 1', ratings: { motivatie: 'geen', 'algemene-stemming': 'enige' } },
      { role: 'Mentor 2', ratings: { motivatie: 'grote', 'algemene-stemming': 'enige' } },
      { role: 'Intern begeleider', ratings: { motivatie: 'grote', 'algemene-stemming': 'grote' } },
    ];
    const files: { name: string; mimeType: string; buffer: Buffer }[] = [];
    for (const [index, member] of members.entries()) {
      await withSession({ viewport: PHONE }, async ({ page }) => {
        const scan = new SchoolscanPage(page, siteUrl);
        await scan.open('#nieuw', S.views.create);
        await scan.startScan({ title: 'Onderbouw, januari', role: member.role });
        for (const [id, rating] of Object.entries(member.ratings)) await scan.rate(id, rating);
        await scan.toResult('Onderbouw, januari');
        files.push({ name: `teamlid-${index + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(await scan.exportScan()) });
      });
    }

    await withSession({}, async ({ context, page }) => {
      await countPrints(context);
      const { done, act } = actionCounter();
      const scan = new SchoolscanPage(page, siteUrl);
      await scan.open();
      await expectNextStep(page, 'the list');
      await act(S.list.teamView, () => page.getByRole('link', { name: S.list.teamView, exact: true }).click());
      await scan.heading(S.views.team).waitFor();
      await act('choose the three files', () => importField(page, S.team.filesLabel).setInputFiles(files));

      // Motivatie: geen, grote, grote (two steps apart); algemene stemming: enige, enige, grote.
      const row = (id: string) => page.getByRole('row', { name: new RegExp(`^${domain(id).label}`) });
      await expect.poll(() => row('motivatie').textContent()).toContain(`${S.team.discuss}: ${S.team.discussWhy}`);
      expect(await row('algemene-stemming').textContent()).toContain(S.team.noDiscuss);
      await expectNextStep(page, 'the team overview');

      const teamTitle = format(S.team.saveTitle, { title: 'Onderbouw, januari' });
      await act(S.team.save, () => page.getByRole('button', { name: S.team.save, exact: true }).click());
      await scan.heading(scan.resultHeading(teamTitle)).waitFor();
      const typeId = domain('motivatie').interventions[0]!.type;
      await act(`choose ${typeTitle(typeId)}`, () => scan.typeCheckbox(typeTitle(typeId)).check());
      await expectNextStep(page, 'the team result');

      const plan = await worksheetsToPrintedPlan(page, act, teamTitle, [typeId]);
      expect(plan).toContain(teamTitle);
      expect(plan).toContain(typeTitle(typeId));

      console.log(`journey 2: ${done.length} actions for the coordinator from the list to a printed plan: ${done.join(' → ')}`);
      expect(done.length, done.join(' → ')).toBeLessThanOrEqual(MAX_ACTIONS);
    });
  });
});

describe('the hand-overs of journey 1, on a phone', () => {
  /** The top and bottom of an element on the screen. */
  const onScreen = async (locator: ReturnType<Page['locator']>) => {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not on the page');
    return { top: Math.round(box.y), bottom: Math.round(box.y + box.height) };
  };

  it('"Start de schoolscan" shows the form’s first field on the first screen, and a worry chosen on the home page is named there', async () => {
    await withSession({ viewport: PHONE }, async ({ page }) => {
      const scan = new SchoolscanPage(page, siteUrl);
      await page.goto(siteUrl('/'));
      await page.getByRole('link', { name: `${t.home.start}: ${t.scanStart.alone}`, exact: true }).click();
      await scan.heading(S.views.create).waitFor();
      const field = page.getByLabel(S.details.title, { exact: true });
      await expect.poll(async () => (await onScreen(field)).bottom).toBeLessThanOrEqual(PHONE.height);
      console.log(`At 360 × 740 after "${t.home.start}": the first field at y = ${(await onScreen(field)).top} on the screen`);

      const worry = domain('algemene-stemming');
      await page.goto(siteUrl('/'));
      const concern = page.locator(`details[data-domain="${worry.id}"]`);
      await concern.locator('summary').click();
      await concern.getByRole('link', { name: t.home.concernToScan, exact: true }).click();
      await scan.heading(S.views.create).waitFor();
      const named = page.getByText(format(S.details.startedFrom, { concern: worry.everyday }), { exact: true });
      await named.waitFor();
      expect((await onScreen(named)).bottom, 'the worry is named on the first screen').toBeLessThanOrEqual(PHONE.height);
      await scan.startScan({ title: 'Klas 3C' });
      expect(await page.locator('.domain-fieldset input:checked').count(), 'nothing rated for the user').toBe(0);
      await page.getByRole('link', { name: S.details.toConcern, exact: true }).click();
      const radio = scan.domainGroup(worry.id).getByRole('radio').first();
      await expect.poll(() => radio.evaluate((element) => element === document.activeElement)).toBe(true);
      expect((await onScreen(radio)).top).toBeGreaterThanOrEqual(0);
    });
  });

  it('after ticking a type the next step is on the screen, wherever the type is in the list', async () => {
    await withSession({ viewport: PHONE }, async ({ page }) => {
      const scan = new SchoolscanPage(page, siteUrl);
      await scan.open('#nieuw', S.views.create);
      await scan.startScan({ title: 'Groep 7' });
      for (const id of ['aanwezigheid', 'energie', 'motivatie', 'contact-leeftijdgenoten', 'algemene-stemming'])
        await scan.rate(id, 'enige');
      await scan.toResult('Groep 7');
      expect(await page.getByText(S.result.rankRule, { exact: true }).count(), 'the ranking rule is on the page').toBe(1);

      const type = page.locator('.suggestion input[type="checkbox"]').nth(2);
      await type.scrollIntoViewIfNeeded();
      await type.check();
      const next = page.locator('.choice-bar').getByRole('link', { name: plural(1, S.result.nextMake), exact: true });
      await next.waitFor();
      const { top, bottom } = await onScreen(next);
      console.log(`At 360 × 740 after ticking a type: the next step at y = ${top} on the screen`);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(bottom).toBeLessThanOrEqual(PHONE.height);
    });
  });
});
